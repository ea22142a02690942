/** Orphans and gaps: each rule flags what it should and accepts the healthy case. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { auditCourse, importedFiles, type AuditFinding } from '../../src/core/checks/courseAudit';
import { loadCurriculum } from '../../src/core/curriculum/loader';
import { tempTree } from './tempTree';

const TRACK = 'id: course\ntitle: Course\nmodules:\n  - id: one\n    title: One\n    lessons: [calc]\n';
const CHECK = 'from pymastery import call, expect_equal, learner_module\n\ndef check_double():\n    """double(4) is 8"""\n    expect_equal(call(learner_module("calc/calc.py").double, 4).value, 8)\n';

function codeMilestone(id: string, file: string, check: string, extra = ''): string {
  return `  - id: ${id}\n    kind: code\n    title: ${id}\n    files: [${file}]\n    check: ${check}\n    hints: [One., Two.]\n${extra}`;
}

/** A one-lesson course whose healthy form has no findings; `files` adds to or replaces it (`null` removes). */
function audit(files: Record<string, string | null> = {}, milestones?: string): AuditFinding[] {
  const tree: Record<string, string | null> = {
    'course/course/track.yaml': TRACK,
    'course/course/calc/lesson.yaml': `id: calc\ntitle: Calc\nmilestones:\n${milestones ?? codeMilestone('double', 'calc/calc.py', 'checks/double.py')}`,
    'course/course/calc/lesson.md': '# Calc\n',
    'course/course/calc/checks/double.py': CHECK,
    'course/course/calc/starter/calc/calc.py': 'def double(n):\n    raise NotImplementedError\n',
    'solutions/course/calc/calc/calc.py': 'def double(n):\n    return n * 2\n',
    ...files,
  };
  const root = tempTree(Object.fromEntries(Object.entries(tree).filter((e): e is [string, string] => e[1] !== null)));
  try {
    const load = loadCurriculum(path.join(root, 'course'), { origin: 'workspace' });
    assert.deepEqual(load.diagnostics, [], 'the test course loads');
    return auditCourse(load.tracks, { solutionsDir: path.join(root, 'solutions') }).map((f) => ({ ...f, path: path.relative(root, f.path).split(path.sep).join('/') }));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const kinds = (findings: AuditFinding[]) => findings.map((f) => `${f.kind} ${f.path}`);

describe('course audit: orphans and gaps', () => {
  it('finds nothing in a healthy course', () => {
    assert.deepEqual(kinds(audit()), []);
  });

  describe('solutions', () => {
    it('flags a solution folder for a lesson the track does not have', () => {
      assert.deepEqual(kinds(audit({ 'solutions/course/old-lesson/calc/calc.py': 'x = 1\n' })), ['orphan-solution-folder solutions/course/old-lesson']);
    });

    it('flags a solution folder for a track that does not exist, and a stray file at the top', () => {
      assert.deepEqual(kinds(audit({ 'solutions/gone/calc/calc.py': 'x = 1\n', 'solutions/notes.txt': 'x' })), [
        'orphan-solution-folder solutions/gone',
        'orphan-solution-folder solutions/notes.txt',
      ]);
    });

    it('leaves alone the solutions of a track that failed to load', () => {
      const root = tempTree({ 'solutions/broken/calc/calc.py': 'x = 1\n' });
      try {
        assert.deepEqual(auditCourse([], { solutionsDir: path.join(root, 'solutions'), unloadedTracks: ['broken'] }), []);
        assert.equal(auditCourse([], { solutionsDir: path.join(root, 'solutions') }).length, 1);
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    });

    it('flags a solution folder for a lesson without code milestones', () => {
      const reflectOnly = '  - id: think\n    kind: reflect\n    title: Think\n    prompt: Why?\n';
      const files = { 'course/course/calc/checks/double.py': null, 'course/course/calc/starter/calc/calc.py': null };
      assert.deepEqual(kinds(audit(files, reflectOnly)), ['orphan-solution-folder solutions/course/calc']);
    });

    it('flags a solution file no milestone targets, even a copy of a starter file', () => {
      const findings = audit({
        'course/course/calc/starter/calc/__init__.py': '',
        'solutions/course/calc/calc/__init__.py': '',
        'solutions/course/calc/calc/extra.py': 'x = 1\n',
      });
      assert.deepEqual(kinds(findings), ['orphan-solution-file solutions/course/calc/calc/__init__.py', 'orphan-solution-file solutions/course/calc/calc/extra.py']);
      assert.match(findings[0]!.message, /course\/calc/);
    });

    it('leaves .variants/ (other right and wrong solutions) to its own test, and still audits the rest', () => {
      assert.deepEqual(kinds(audit({
        'solutions/course/calc/.variants/double/right-shift/calc/calc.py': 'def double(n):\n    return n << 1\n',
        'solutions/course/calc/.variants/double/wrong-add-one/calc/calc.py': 'def double(n):\n    return n + 1\n',
      })), []);
      assert.deepEqual(kinds(audit({ 'solutions/course/calc/variants/calc/calc.py': 'x = 1\n' })), ['orphan-solution-file solutions/course/calc/variants/calc/calc.py']);
    });

    it('accepts an empty .gitkeep for a folder the learner creates, but not one with content', () => {
      assert.deepEqual(kinds(audit({ 'solutions/course/calc/week1/.gitkeep': '' })), []);
      assert.deepEqual(kinds(audit({ 'solutions/course/calc/week1/.gitkeep': 'notes\n' })), ['orphan-solution-file solutions/course/calc/week1/.gitkeep']);
    });

    it('accepts solution files that milestones target', () => {
      const two = codeMilestone('double', 'calc/calc.py', 'checks/double.py') + codeMilestone('half', 'calc/half.py', 'checks/half.py');
      assert.deepEqual(kinds(audit({
        'course/course/calc/checks/half.py': CHECK,
        'course/course/calc/starter/calc/half.py': 'def half(n):\n    pass\n',
        'solutions/course/calc/calc/half.py': 'def half(n):\n    return n / 2\n',
      }, two)), []);
    });

    it('flags a code milestone without a solution, and a lesson without a solution folder', () => {
      const two = codeMilestone('double', 'calc/calc.py', 'checks/double.py') + codeMilestone('half', 'calc/half.py', 'checks/half.py');
      const files = { 'course/course/calc/checks/half.py': CHECK, 'course/course/calc/starter/calc/half.py': 'def half(n):\n    pass\n' };
      assert.deepEqual(kinds(audit(files, two)), ['missing-solution solutions/course/calc']);
      assert.deepEqual(audit(files, two)[0]!.key, 'course/calc/half');
      assert.deepEqual(kinds(audit({ 'solutions/course/calc/calc/calc.py': null })), ['missing-solution solutions/course/calc']);
    });

    it('counts one solution file for every milestone that targets it', () => {
      const two = codeMilestone('double', 'calc/calc.py', 'checks/double.py') + codeMilestone('triple', 'calc/calc.py', 'checks/triple.py');
      assert.deepEqual(kinds(audit({ 'course/course/calc/checks/triple.py': CHECK }, two)), []);
    });
  });

  describe('check files', () => {
    it('flags a check file no milestone names', () => {
      const findings = audit({ 'course/course/calc/checks/old_double.py': CHECK });
      assert.deepEqual(kinds(findings), ['orphan-check course/course/calc/checks/old_double.py']);
      assert.match(findings[0]!.message, /start.*"_"/);
    });

    it('flags an unnamed check file in a sub-folder that is not a package', () => {
      assert.deepEqual(kinds(audit({ 'course/course/calc/checks/more/triple.py': CHECK })), ['orphan-check course/course/calc/checks/more/triple.py']);
    });

    it('accepts helpers: _-named files and folders, __init__.py, sub-packages, and data files', () => {
      assert.deepEqual(kinds(audit({
        'course/course/calc/checks/__init__.py': '',
        'course/course/calc/checks/_common.py': 'X = 1\n',
        'course/course/calc/checks/_data/cases.py': 'CASES = []\n',
        'course/course/calc/checks/helpers/__init__.py': '',
        'course/course/calc/checks/helpers/numbers.py': 'def ok(): pass\n',
        'course/course/calc/checks/expected.json': '{}',
      })), []);
    });
  });

  describe('starter files', () => {
    it('flags a starter file that nothing uses', () => {
      const findings = audit({ 'course/course/calc/starter/calc/leftover.py': 'def old(): pass\n' });
      assert.deepEqual(kinds(findings), ['orphan-starter course/course/calc/starter/calc/leftover.py']);
      assert.match(findings[0]!.message, /starter\/calc\/leftover\.py/);
    });

    it('flags a starter data file that nothing names', () => {
      assert.deepEqual(kinds(audit({ 'course/course/calc/starter/calc/numbers.csv': '1,2\n' })), ['orphan-starter course/course/calc/starter/calc/numbers.csv']);
    });

    it('accepts package markers, entry points and test files by their names', () => {
      assert.deepEqual(kinds(audit({
        'course/course/calc/starter/calc/__init__.py': '',
        'course/course/calc/starter/calc/__main__.py': 'print("hi")\n',
        'course/course/calc/starter/calc/test_calc.py': 'def test_x(): pass\n',
        'course/course/calc/starter/calc/calc_test.py': 'def test_y(): pass\n',
        'course/course/calc/starter/conftest.py': '',
      })), []);
    });

    it('accepts a module that a targeted file imports, directly or through another accounted file', () => {
      assert.deepEqual(kinds(audit({
        'course/course/calc/starter/calc/calc.py': 'from calc.rounding import tidy\n\ndef double(n):\n    raise NotImplementedError\n',
        'course/course/calc/starter/calc/rounding.py': 'from .limits import TOP\n\ndef tidy(x): return x\n',
        'course/course/calc/starter/calc/limits.py': 'import json\nTOP = 10\n',
      })), []);
    });

    it('accepts a neighbour imported as a script would, and a submodule named after "import"', () => {
      assert.deepEqual(kinds(audit({
        'course/course/calc/starter/calc/calc.py': 'import helpers as h\nfrom calc import (\n    units,\n)\n\ndef double(n):\n    raise NotImplementedError\n',
        'course/course/calc/starter/calc/helpers.py': 'X = 1\n',
        'course/course/calc/starter/calc/units.py': 'Y = 2\n',
      })), []);
    });

    it('does not count a file that only imports a targeted file, nor imports written in strings or comments', () => {
      const findings = audit({
        'course/course/calc/starter/calc/calc.py': '"""Try: import extras"""\n# from calc import notes\n\ndef double(n):\n    raise NotImplementedError\n',
        'course/course/calc/starter/calc/extras.py': 'X = 1\n',
        'course/course/calc/starter/calc/notes.py': 'Y = 1\n',
        'course/course/calc/starter/calc/driver.py': 'from calc.calc import double\nprint(double(2))\n',
      });
      assert.deepEqual(kinds(findings), [
        'orphan-starter course/course/calc/starter/calc/driver.py',
        'orphan-starter course/course/calc/starter/calc/extras.py',
        'orphan-starter course/course/calc/starter/calc/notes.py',
      ]);
    });

    it('accepts a file the lesson text, a milestone or a check names by its workspace path', () => {
      const withReflect = `${codeMilestone('double', 'calc/calc.py', 'checks/double.py')}  - id: think\n    kind: reflect\n    title: Think\n    prompt: Run python calc/bench.py and say what you see.\n`;
      assert.deepEqual(kinds(audit({
        'course/course/calc/lesson.md': '# Calc\n\nOpen `calc/notes.md` first.\n',
        'course/course/calc/starter/calc/notes.md': 'notes',
        'course/course/calc/starter/calc/bench.py': 'print(1)\n',
        'course/course/calc/checks/double.py': `${CHECK}\nDATA = "calc/cases.txt"\n`,
        'course/course/calc/starter/calc/cases.txt': '1\n',
      }, withReflect)), []);
    });

    it('does not take the tail of a longer name for a mention', () => {
      assert.deepEqual(kinds(audit({
        'course/course/calc/lesson.md': '# Calc\n\nSee calc/old_bench.py and othercalc/bench.py.\n',
        'course/course/calc/starter/calc/bench.py': 'print(1)\n',
      })), ['orphan-starter course/course/calc/starter/calc/bench.py']);
    });

    it('accepts a module that an accounted-for file in its folder or above names as a string, as plugin settings do', () => {
      assert.deepEqual(kinds(audit({
        'course/course/calc/lesson.md': '# Calc\n\nTry it with calc/example/settings.py.\n',
        'course/course/calc/starter/calc/example/settings.py': 'PLUGIN_DIRS = ["plugins"]\nPLUGINS = ["shouting", \'plugins.exporters\']\n',
        'course/course/calc/starter/calc/example/plugins/shouting.py': 'X = 1\n',
        'course/course/calc/starter/calc/example/plugins/exporters.py': 'Y = 1\n',
      })), []);
    });

    it('does not count a module named as a string only by a file outside its folder, or by an unused file', () => {
      assert.deepEqual(kinds(audit({
        'course/course/calc/lesson.md': '# Calc\n\nTry it with calc/example/settings.py.\n',
        'course/course/calc/starter/calc/example/settings.py': 'PLUGINS = ["shouting", "loud"]\n',
        'course/course/calc/starter/calc/shouting.py': 'X = 1\n',
        'course/course/calc/starter/calc/example/unused.py': 'NAMES = ["quiet"]\n',
        'course/course/calc/starter/calc/example/quiet.py': 'Y = 1\n',
      })), [
        'orphan-starter course/course/calc/starter/calc/example/quiet.py',
        'orphan-starter course/course/calc/starter/calc/example/unused.py',
        'orphan-starter course/course/calc/starter/calc/shouting.py',
      ]);
    });

    it('accepts a data file that an accounted-for file in the same folder names', () => {
      assert.deepEqual(kinds(audit({
        'course/course/calc/starter/calc/calc.py': 'import pathlib\nDATA = pathlib.Path(__file__).with_name("numbers.csv")\n\ndef double(n):\n    raise NotImplementedError\n',
        'course/course/calc/starter/calc/numbers.csv': '1,2\n',
      })), []);
    });
  });

  describe('import reading', () => {
    const known = new Set(['pkg/__init__.py', 'pkg/a.py', 'pkg/sub/__init__.py', 'pkg/sub/b.py', 'top.py', 'pkg/c.py']);
    it('resolves absolute, relative, neighbour and submodule imports', () => {
      assert.deepEqual(importedFiles('pkg/a.py', 'import top\nfrom . import c\nfrom .sub.b import thing\n', known).sort(), ['pkg/c.py', 'pkg/sub/__init__.py', 'pkg/sub/b.py', 'top.py']);
      assert.deepEqual(importedFiles('pkg/sub/b.py', 'from .. import a\n', known).sort(), ['pkg/a.py']);
      assert.deepEqual(importedFiles('top.py', 'import os, pkg.sub.b as b\n', known).sort(), ['pkg/__init__.py', 'pkg/sub/__init__.py', 'pkg/sub/b.py']);
    });
  });
});
