import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  InterpreterChooser, candidateInterpretersFromEnv, codeMilestones, defaultJobs, formatSummary, outcomeOf, parseJobs,
  selfTestCourse, strictFromEnv, summarize,
} from '../../src/core/checks/courseSelfTest';
import { debianPackageFor } from '../../src/core/checks/debianPackages';
import { CheckRunner } from '../../src/core/checks/runner';
import { selfTestMilestone } from '../../src/core/checks/selfTest';
import { loadCurriculum } from '../../src/core/curriculum/loader';
import { lessonsOf, type CodeMilestone } from '../../src/core/curriculum/model';
import { parseRequirement } from '../../src/core/python/probe';
import { tempTree } from './tempTree';

const PROJECT = path.resolve(__dirname, '..', '..');
const runner = new CheckRunner({ harnessPath: path.join(PROJECT, 'harness', 'run_checks.py') });
const PYTHON = process.env.PYMASTERY_TEST_PYTHON ?? 'python3';

const CHECK = 'from pymastery import learner_module, call, expect_equal\n\ndef check_double():\n    """double(4) is 8"""\n    expect_equal(call(learner_module("calc.py").double, 4).value, 8)\n';
const STARTER = 'def double(n):\n    raise NotImplementedError\n';
const SOLUTION = 'def double(n):\n    return n * 2\n';

const made: string[] = [];
function removeMade(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

function courseWith(starter: string, solution: string) {
  const root = tempTree({
    'course/track.yaml': 'id: course\ntitle: Course\nmodules:\n  - id: one\n    title: One\n    lessons: [calc]\n',
    'course/calc/lesson.yaml': 'id: calc\ntitle: Calc\nmilestones:\n  - id: double\n    kind: code\n    title: Double\n    files: [calc.py]\n    anchor: double\n    check: checks/double.py\n    hints: [Multiply., By two.]\n',
    'course/calc/lesson.md': '# Calc\n',
    'course/calc/checks/double.py': CHECK,
    'course/calc/starter/calc.py': starter,
    'solutions/calc.py': solution,
  });
  made.push(root);
  const { tracks, diagnostics } = loadCurriculum(root, { origin: 'workspace' });
  assert.deepEqual(diagnostics, []);
  const lesson = lessonsOf(tracks[0]!)[0]!;
  return { lesson, milestone: lesson.milestones[0] as CodeMilestone, solutionDir: path.join(root, 'solutions') };
}

/** A course of one lesson with a `double` milestone per entry of `requires` (each a list). */
function courseRequiring(requires: string[][]) {
  const milestones = requires.map((req, i) =>
    `  - id: double-${i}\n    kind: code\n    title: Double ${i}\n    files: [calc.py]\n    check: checks/double.py\n    requires: ${JSON.stringify(req)}\n    hints: [Multiply., By two.]\n`).join('');
  const root = tempTree({
    'course/course/track.yaml': 'id: course\ntitle: Course\nmodules:\n  - id: one\n    title: One\n    lessons: [calc]\n',
    'course/course/calc/lesson.yaml': `id: calc\ntitle: Calc\nmilestones:\n${milestones}`,
    'course/course/calc/lesson.md': '# Calc\n',
    'course/course/calc/checks/double.py': CHECK,
    'course/course/calc/starter/calc.py': STARTER,
    'solutions/course/calc/calc.py': SOLUTION,
  });
  made.push(root);
  const { tracks, diagnostics } = loadCurriculum(path.join(root, 'course'), { origin: 'workspace' });
  assert.deepEqual(diagnostics, []);
  return codeMilestones(tracks, path.join(root, 'solutions'));
}

/** Runs `fn` with os.tmpdir() pointing at a fresh private folder; returns the `pymastery-*` entries left in it. */
async function leftInTemp(fn: () => Promise<void>): Promise<{ before: string[]; after: string[] }> {
  const privateTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'selftest-tmpdir-'));
  const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
  const ours = () => fs.readdirSync(privateTemp).filter((name) => name.startsWith('pymastery-'));
  try {
    process.env.TMPDIR = process.env.TMP = process.env.TEMP = privateTemp;
    assert.equal(os.tmpdir(), privateTemp, 'os.tmpdir() follows the environment');
    const before = ours();
    await fn();
    return { before, after: ours() };
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    fs.rmSync(privateTemp, { recursive: true, force: true });
  }
}

describe('milestone self-test', function () {
  this.timeout(20_000);
  after(removeMade);

  it('is ok when the checks fail on the starter and pass on the solution', async () => {
    const { lesson, milestone, solutionDir } = courseWith(STARTER, SOLUTION);
    const result = await selfTestMilestone(lesson, milestone, { runner, interpreter: [PYTHON], solutionDir });
    assert.equal(result.verdict, 'ok', result.summary);
    assert.ok(result.durationMs > 0);
  });

  it('catches checks that already pass on the starter', async () => {
    const { lesson, milestone, solutionDir } = courseWith('def double(n):\n    return n + n\n', SOLUTION);
    const result = await selfTestMilestone(lesson, milestone, { runner, interpreter: [PYTHON], solutionDir });
    assert.equal(result.verdict, 'passes-on-starter');
  });

  it('catches checks that a correct solution cannot pass', async () => {
    const { lesson, milestone, solutionDir } = courseWith(STARTER, 'def double(n):\n    return n * 3\n');
    const result = await selfTestMilestone(lesson, milestone, { runner, interpreter: [PYTHON], solutionDir });
    assert.equal(result.verdict, 'fails-on-solution');
    assert.match(result.summary, /double\(4\) is 8/);
  });

  it('says when there is no solution to prove the checks', async () => {
    const { lesson, milestone } = courseWith(STARTER, '');
    const result = await selfTestMilestone(lesson, milestone, { runner, interpreter: [PYTHON], solutionDir: '/nonexistent' });
    assert.equal(result.verdict, 'no-solution');
  });

  it('leaves no pymastery-* folder in the temporary directory: not the runner, not the self-test', async () => {
    const { lesson, milestone, solutionDir } = courseWith(STARTER, SOLUTION);
    const items = courseRequiring([[], [], ['no_such_module_xyz']]);
    const afterRun: string[][] = [];
    const left = await leftInTemp(async () => {
      // The runner's own scratch folder is gone the moment run() resolves.
      const run = await runner.run({ interpreter: [PYTHON], checkFile: milestone.check, workspace: path.join(lesson.dir, 'starter'), targets: ['calc.py'], timeoutSeconds: 10 });
      assert.equal(run.status, 'fail');
      afterRun.push(fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('pymastery-')));
      const result = await selfTestMilestone(lesson, milestone, { runner, interpreter: [PYTHON], solutionDir });
      assert.equal(result.verdict, 'ok', result.summary);
      const chooser = new InterpreterChooser([[PYTHON]]);
      const results = await Promise.all(selfTestCourse(items, { runner, chooser, jobs: 2 }));
      assert.deepEqual(results.map((r) => r.verdict), ['ok', 'ok', 'missing-requirements']);
    });
    assert.deepEqual(left.before, []);
    assert.deepEqual(afterRun, [[]]);
    assert.deepEqual(left.after, []);
  });
});

describe('course self-test', function () {
  this.timeout(30_000);
  after(removeMade);

  it('runs milestones in parallel, never more at once than its jobs, and returns results in course order', async () => {
    const items = courseRequiring([[], [], [], [], []]);
    let running = 0;
    let most = 0;
    const finished: number[] = [];
    const results = await Promise.all(selfTestCourse(items, {
      runner, chooser: new InterpreterChooser([[PYTHON]]), jobs: 2,
      onStart: () => { most = Math.max(most, ++running); },
      onResult: (_, __, index) => { running--; finished.push(index); },
    }));
    assert.equal(most, 2);
    assert.deepEqual(results.map((r) => r.milestone.id), ['double-0', 'double-1', 'double-2', 'double-3', 'double-4']);
    assert.deepEqual(results.map((r) => r.verdict), ['ok', 'ok', 'ok', 'ok', 'ok']);
    assert.deepEqual([...finished].sort(), [0, 1, 2, 3, 4]);
  });

  it('skips, with the reason, a milestone that requires a module no interpreter has, and runs one whose module is there', async () => {
    const items = courseRequiring([['no_such_module_xyz (no-such-package)'], ['json']]);
    const results = await Promise.all(selfTestCourse(items, { runner, chooser: new InterpreterChooser([[PYTHON]]), jobs: 2 }));
    const [missing, present] = results;
    assert.equal(missing!.verdict, 'missing-requirements');
    assert.equal(missing!.onStarter, undefined, 'it was not run');
    assert.deepEqual(missing!.missing, [{ module: 'no_such_module_xyz', installName: 'no-such-package' }]);
    assert.match(missing!.summary, /no_such_module_xyz/);
    assert.match(missing!.summary, /Install no-such-package/);
    assert.equal(outcomeOf(missing!, false), 'skipped');
    assert.equal(present!.verdict, 'ok', present!.summary);
    assert.equal(outcomeOf(present!, false), 'ok');

    const summary = summarize(results, false);
    assert.deepEqual([summary.ok, summary.failed, summary.skipped], [1, 0, 1]);
    assert.deepEqual(summary.missingPackages, [{ name: 'no-such-package', milestones: 1 }]);
    assert.match(formatSummary(summary, 1000, 2, false).join('\n'), /skipped for want of packages: no-such-package \(1\)/);
  });

  it('fails instead of skipping under the CI flag', async () => {
    const items = courseRequiring([['no_such_module_xyz']]);
    const [result] = await Promise.all(selfTestCourse(items, { runner, chooser: new InterpreterChooser([[PYTHON]]) }));
    assert.equal(outcomeOf(result!, true), 'failed');
    const summary = summarize([result!], true);
    assert.deepEqual([summary.ok, summary.failed, summary.skipped], [0, 1, 0]);
    assert.equal(strictFromEnv({ CI: 'true' }), true);
    assert.equal(strictFromEnv({ PYMASTERY_QA_STRICT: '1' }), true);
    assert.equal(strictFromEnv({ CI: 'false' }), false);
    assert.equal(strictFromEnv({}), false);
  });

  it('picks, per milestone, the first interpreter that can import what it requires', async function () {
    if (process.platform === 'win32') this.skip();
    // A second "interpreter" that can import one module more: the default Python with a folder on its path.
    const root = tempTree({ 'extra/only_here_xyz.py': 'VALUE = 1\n' });
    made.push(root);
    const wrapper = path.join(root, 'python-with-extra');
    fs.writeFileSync(wrapper, `#!/bin/sh\nPYTHONPATH=${JSON.stringify(path.join(root, 'extra'))} exec ${PYTHON} "$@"\n`, { mode: 0o755 });
    const chooser = new InterpreterChooser([[PYTHON], ['/nonexistent/python3'], [wrapper]], { resolve: false });
    const plain = await chooser.choose([]);
    assert.ok(plain.ok && plain.interpreter.given[0] === PYTHON);
    const extra = await chooser.choose(['only_here_xyz']);
    assert.ok(extra.ok, 'the wrapper is chosen');
    assert.equal(extra.ok && extra.interpreter.given[0], wrapper);
    const none = await chooser.choose(['only_here_xyz', 'no_such_module_xyz']);
    assert.ok(!none.ok);
    assert.deepEqual(!none.ok && none.missing.map((r) => r.module), ['no_such_module_xyz'], 'the best interpreter lacks only this');
    assert.match(!none.ok ? none.reason : '', /nonexistent/);

    const items = courseRequiring([['only_here_xyz']]);
    const [result] = await Promise.all(selfTestCourse(items, { runner, chooser }));
    assert.equal(result!.verdict, 'ok', result!.summary);
    assert.deepEqual(result!.interpreter, [wrapper]);
  });

  it('runs with the interpreter the command starts, so that wrappers are paid for once', async () => {
    const chooser = new InterpreterChooser([[PYTHON]]);
    const interpreter = await chooser.defaultInterpreter();
    assert.equal(interpreter.problem, undefined);
    assert.ok(path.isAbsolute(interpreter.command[0]!), `resolved to ${interpreter.command[0]}`);
  });

  it('takes its jobs and interpreters from the environment', () => {
    assert.equal(parseJobs('3'), 3);
    assert.equal(parseJobs('0'), undefined);
    assert.equal(parseJobs('two'), undefined);
    assert.ok(defaultJobs({}) >= 1);
    assert.equal(defaultJobs({ PYMASTERY_JOBS: '7' }), 7);
    assert.deepEqual(candidateInterpretersFromEnv({ PYMASTERY_QA_PYTHONS: ['/a/python', '/b/python'].join(path.delimiter) }), [['/a/python'], ['/b/python']]);
    const defaults = candidateInterpretersFromEnv({ PYMASTERY_TEST_PYTHON: '/x/python3' });
    assert.deepEqual(defaults[0], ['/x/python3']);
    if (process.platform !== 'win32') assert.deepEqual(defaults[1], ['/usr/bin/python3']);
  });

  it('knows the Debian packages for common requirements and says when it guesses', () => {
    assert.deepEqual(debianPackageFor(parseRequirement('bs4 (beautifulsoup4)')), { requirement: { module: 'bs4', installName: 'beautifulsoup4' }, name: 'python3-bs4', guessed: false });
    assert.equal(debianPackageFor(parseRequirement('sqlalchemy.orm')).name, 'python3-sqlalchemy');
    assert.deepEqual(debianPackageFor(parseRequirement('Foo_Bar')), { requirement: { module: 'Foo_Bar', installName: 'Foo_Bar' }, name: 'python3-foo-bar', guessed: true });
  });
});
