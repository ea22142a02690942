import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileCurriculum, CompiledCurriculumError, mapTrackPaths, readCompiledCurriculum } from '../../src/core/curriculum/compiled';
import { CurriculumIndex } from '../../src/core/curriculum/index';
import { loadCurriculum, loadWorkspaceCurriculum } from '../../src/core/curriculum/loader';
import type { CodeMilestone, CurriculumDiagnostic } from '../../src/core/curriculum/model';
import { tempTree, writeTree } from './tempTree';

const TRACK = `id: demo
title: Demo track
modules:
  - id: basics
    title: Basics
    lessons: [first-steps]
`;

const LESSON = `id: first-steps
title: First steps
objectives: [Write a function]
milestones:
  - id: greet
    kind: code
    title: Say hello
    files: [hello.py]
    anchor: greet
    check: checks/greet.py
    hints: [Return a string., Use an f-string.]
  - id: guess
    kind: predict
    title: Guess the output
    snippet: print(1 + 1)
  - id: pick
    kind: quiz
    title: Pick one
    question: Which is a list?
    choices:
      - { text: "[1]", correct: true }
      - { text: "(1,)" }
  - id: think
    kind: reflect
    title: Think
    prompt: Why?
`;

function demoFiles(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    'demo/track.yaml': TRACK,
    'demo/first-steps/lesson.yaml': LESSON,
    'demo/first-steps/lesson.md': '# First steps\n',
    'demo/first-steps/checks/greet.py': 'def check_x():\n    pass\n',
    'demo/first-steps/starter/hello.py': 'def greet(name):\n    raise NotImplementedError\n',
    ...overrides,
  };
}

function errorsOf(diagnostics: CurriculumDiagnostic[]): CurriculumDiagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error');
}

function onlyError(diagnostics: CurriculumDiagnostic[]): CurriculumDiagnostic {
  const errors = errorsOf(diagnostics);
  assert.equal(errors.length, 1, `expected one error, got: ${JSON.stringify(errors, null, 1)}`);
  return errors[0]!;
}

describe('curriculum loader', () => {
  it('loads a valid track with every milestone kind, keys and absolute paths', () => {
    const root = tempTree(demoFiles());
    const { tracks, diagnostics } = loadCurriculum(root, { origin: 'builtin' });
    assert.deepEqual(diagnostics, []);
    assert.equal(tracks.length, 1);
    const lesson = tracks[0]!.modules[0]!.lessons[0]!;
    assert.equal(lesson.key, 'demo/first-steps');
    assert.deepEqual(lesson.milestones.map((m) => m.kind), ['code', 'predict', 'quiz', 'reflect']);
    const code = lesson.milestones[0] as CodeMilestone;
    assert.equal(code.key, 'demo/first-steps/greet');
    assert.equal(code.check, path.join(root, 'demo/first-steps/checks/greet.py'));
    assert.equal(code.timeout, 10, 'timeout defaults to 10 s');
    assert.deepEqual(lesson.starterFiles, ['hello.py']);
    assert.equal(lesson.text, path.join(root, 'demo/first-steps/lesson.md'));
  });

  it('reports a YAML syntax error at its line and column', () => {
    const root = tempTree(demoFiles({ 'demo/track.yaml': 'id: demo\ntitle: [unclosed\nmodules: []\n' }));
    const { tracks, diagnostics } = loadCurriculum(root, { origin: 'builtin' });
    assert.equal(tracks.length, 0);
    const error = errorsOf(diagnostics)[0]!;
    assert.match(error.message, /YAML syntax/);
    assert.equal(error.file, path.join(root, 'demo/track.yaml'));
    assert.ok(error.line >= 2, `line ${error.line}`);
  });

  it('points at an unknown field by its key', () => {
    const root = tempTree(demoFiles({ 'demo/track.yaml': TRACK.replace('title: Demo track', 'title: Demo track\ncolour: blue') }));
    const error = onlyError(loadCurriculum(root, { origin: 'builtin' }).diagnostics);
    assert.match(error.message, /Unknown field "colour"/);
    assert.deepEqual([error.line, error.column], [3, 1]);
  });

  it('names a missing required field at its parent', () => {
    const lesson = LESSON.replace('    title: Say hello\n', '');
    const root = tempTree(demoFiles({ 'demo/first-steps/lesson.yaml': lesson }));
    const error = onlyError(loadCurriculum(root, { origin: 'builtin' }).diagnostics);
    assert.match(error.message, /Missing required field "title"/);
    assert.equal(error.line, 5, 'the line of the milestone that lacks it');
  });

  it('rejects an unknown milestone kind', () => {
    const root = tempTree(demoFiles({ 'demo/first-steps/lesson.yaml': LESSON.replace('kind: reflect', 'kind: essay') }));
    const error = onlyError(loadCurriculum(root, { origin: 'builtin' }).diagnostics);
    assert.match(error.message, /code, predict, quiz, reflect/);
    assert.equal(error.line, 24, "the line of the bad kind");
  });

  it('reports duplicate lesson, module and milestone ids', () => {
    const track = TRACK + '  - id: basics\n    title: Again\n    lessons: [first-steps]\n';
    const lesson = LESSON.replace('  - id: think', '  - id: pick');
    const root = tempTree(demoFiles({ 'demo/track.yaml': track, 'demo/first-steps/lesson.yaml': lesson }));
    const messages = errorsOf(loadCurriculum(root, { origin: 'builtin' }).diagnostics).map((d) => d.message);
    assert.ok(messages.some((m) => /Duplicate module id "basics"/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /Duplicate lesson id "first-steps"/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /Duplicate milestone id "pick"/.test(m)), messages.join('\n'));
  });

  it('reports an unknown lesson id at its place in the module list', () => {
    const root = tempTree(demoFiles({ 'demo/track.yaml': TRACK.replace('[first-steps]', '[first-steps, second-steps]') }));
    const error = onlyError(loadCurriculum(root, { origin: 'builtin' }).diagnostics);
    assert.match(error.message, /Unknown lesson id "second-steps"/);
    assert.deepEqual([error.line, error.column], [6, 28]);
  });

  it('rejects paths with "..", absolute paths and links that leave the curriculum', () => {
    for (const [check, pattern] of [
      ['../../outside.py', /contains "\.\."/],
      ['/etc/passwd', /absolute path/],
      ['checks/escape.py', /link that leaves the curriculum folder/],
    ] as const) {
      const root = tempTree(demoFiles({ 'demo/first-steps/lesson.yaml': LESSON.replace('checks/greet.py', check) }));
      fs.symlinkSync('/etc/hostname', path.join(root, 'demo/first-steps/checks/escape.py'));
      const error = onlyError(loadCurriculum(root, { origin: 'builtin' }).diagnostics);
      assert.match(error.message, pattern);
      assert.equal(error.line, 10);
    }
  });

  it('rejects a starter file that is a link leaving the curriculum', () => {
    const root = tempTree(demoFiles());
    fs.symlinkSync('/etc/hostname', path.join(root, 'demo/first-steps/starter/secret.txt'));
    const error = onlyError(loadCurriculum(root, { origin: 'builtin' }).diagnostics);
    assert.match(error.message, /Starter file "secret.txt" is a link that leaves/);
  });

  it('refuses a track folder that is a link leaving the curriculum', () => {
    const outside = tempTree(demoFiles());
    const root = tempTree({});
    fs.symlinkSync(path.join(outside, 'demo'), path.join(root, 'demo'));
    const { tracks, diagnostics } = loadCurriculum(root, { origin: 'workspace' });
    assert.deepEqual(tracks, []);
    assert.match(onlyError(diagnostics).message, /Track folder "demo" is a link that leaves the curriculum folder/);
  });

  it('reports referenced files that are missing: check, lesson text, starter', () => {
    const files = demoFiles();
    delete files['demo/first-steps/checks/greet.py'];
    delete files['demo/first-steps/lesson.md'];
    delete files['demo/first-steps/starter/hello.py'];
    const root = tempTree(files);
    const messages = errorsOf(loadCurriculum(root, { origin: 'builtin' }).diagnostics).map((d) => d.message);
    assert.equal(messages.length, 3, messages.join('\n'));
    assert.ok(messages.some((m) => /Check file: "checks\/greet.py" does not exist/.test(m)));
    assert.ok(messages.some((m) => /Lesson text: "lesson.md" does not exist/.test(m)));
    assert.ok(messages.some((m) => /Workspace file "hello.py" has no starter/.test(m)));
  });

  it('reports an anchor that the starter file does not define', () => {
    const root = tempTree(demoFiles({ 'demo/first-steps/lesson.yaml': LESSON.replace('anchor: greet', 'anchor: welcome') }));
    const error = onlyError(loadCurriculum(root, { origin: 'builtin' }).diagnostics);
    assert.match(error.message, /Anchor "welcome" is not defined in starter\/hello.py/);
    assert.equal(error.line, 9);
  });

  it('requires a track id to equal its folder name', () => {
    const root = tempTree(demoFiles({ 'demo/track.yaml': TRACK.replace('id: demo', 'id: other') }));
    const error = onlyError(loadCurriculum(root, { origin: 'builtin' }).diagnostics);
    assert.match(error.message, /must equal its folder name "demo"/);
  });

  it('warns, without failing, when a code milestone has fewer than two hints', () => {
    const root = tempTree(demoFiles({ 'demo/first-steps/lesson.yaml': LESSON.replace('[Return a string., Use an f-string.]', '[Return a string.]') }));
    const { tracks, diagnostics } = loadCurriculum(root, { origin: 'builtin' });
    assert.equal(tracks.length, 1);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.severity, 'warning');
  });

  it('reads an optional schedule: days, weeks, or minutes a day over the lessons\' estimates', () => {
    for (const [yaml, expected] of [
      ['schedule: { days: 23 }', { days: 23 }],
      ['schedule:\n  weeks: 10', { weeks: 10 }],
      ['schedule: { minutesPerDay: 45 }', { minutesPerDay: 45 }],
    ] as const) {
      const root = tempTree(demoFiles({ 'demo/track.yaml': `${TRACK}${yaml}\n` }));
      const load = loadCurriculum(root, { origin: 'builtin' });
      assert.deepEqual(load.diagnostics, []);
      assert.deepEqual(load.tracks[0]?.schedule, expected);
    }
    const without = loadCurriculum(tempTree(demoFiles()), { origin: 'builtin' });
    assert.equal(without.tracks[0]?.schedule, undefined, 'a track without one has none');
  });

  it('reports a schedule that names two lengths, or none, at its line', () => {
    for (const yaml of ['schedule: { days: 23, weeks: 3 }', 'schedule: {}', 'schedule: { days: -2 }']) {
      const root = tempTree(demoFiles({ 'demo/track.yaml': `${TRACK}${yaml}\n` }));
      const error = onlyError(loadCurriculum(root, { origin: 'builtin' }).diagnostics);
      assert.equal(error.line, 7, `${yaml}: ${error.message}`);
    }
  });

  it('reads a milestone\'s difficulty, and refuses one that is not easy, medium or hard', () => {
    const lesson = LESSON.replace('    title: Say hello\n', '    title: Say hello\n    difficulty: hard\n');
    const load = loadCurriculum(tempTree(demoFiles({ 'demo/first-steps/lesson.yaml': lesson })), { origin: 'builtin' });
    assert.deepEqual(errorsOf(load.diagnostics), []);
    const milestone = load.tracks[0]!.modules[0]!.lessons[0]!.milestones.find((m) => m.id === 'greet');
    assert.equal(milestone?.difficulty, 'hard');
    const wrong = LESSON.replace('    title: Say hello\n', '    title: Say hello\n    difficulty: tricky\n');
    const error = onlyError(loadCurriculum(tempTree(demoFiles({ 'demo/first-steps/lesson.yaml': wrong })), { origin: 'builtin' }).diagnostics);
    assert.match(error.message, /easy|medium|hard/);
    assert.equal(error.line, 8);
  });

  it('orders tracks by their order field, then by id', () => {
    const files: Record<string, string> = {};
    for (const [id, order] of [['zeta', 1], ['alpha', 5], ['beta', undefined]] as const) {
      for (const [name, text] of Object.entries(demoFiles())) {
        const withId = text.replace('id: demo', `id: ${id}`);
        files[name.replace(/^demo/, id)] = order === undefined || !name.endsWith('track.yaml') ? withId : withId.replace('modules:', `order: ${order}\nmodules:`);
      }
    }
    const { tracks } = loadCurriculum(tempTree(files), { origin: 'builtin' });
    assert.deepEqual(tracks.map((t) => [t.id, t.order]), [['zeta', 1], ['alpha', 5], ['beta', 100]]);
  });

  it('keeps loading every other track when one is broken', () => {
    const files = demoFiles();
    for (const [name, text] of Object.entries(demoFiles())) files[name.replace(/^demo/, 'good')] = text.replace('id: demo', 'id: good');
    files['demo/track.yaml'] = 'id: demo\n  : : broken\n';
    const root = tempTree(files);
    const { tracks, diagnostics } = loadCurriculum(root, { origin: 'builtin' });
    assert.deepEqual(tracks.map((t) => t.id), ['good']);
    assert.ok(diagnostics.every((d) => d.track === 'demo'));
  });

  it('reports a quiz with no correct choice', () => {
    const root = tempTree(demoFiles({ 'demo/first-steps/lesson.yaml': LESSON.replace('correct: true', 'correct: false') }));
    assert.match(onlyError(loadCurriculum(root, { origin: 'builtin' }).diagnostics).message, /at least one choice/);
  });

  it("loads a workspace's own tracks and refuses one whose id a built-in track has", () => {
    const workspace = tempTree({});
    const files = demoFiles();
    for (const [name, text] of Object.entries(files)) {
      writeTree(workspace, { [`.pymastery/curriculum/${name}`]: text });
      writeTree(workspace, { [`.pymastery/curriculum/${name.replace(/^demo/, 'mine')}`]: text.replace('id: demo', 'id: mine') });
    }
    const load = loadWorkspaceCurriculum(workspace, new Set(['demo']));
    assert.deepEqual(load.tracks.map((t) => [t.id, t.origin]), [['mine', 'workspace']]);
    assert.match(onlyError(load.diagnostics).message, /already uses the id "demo"/);
    assert.deepEqual(loadWorkspaceCurriculum(tempTree({}), new Set()), { tracks: [], diagnostics: [] });
  });
});

describe('compiled curriculum', () => {
  it('round-trips through JSON with paths relative to the curriculum root', () => {
    const root = tempTree(demoFiles());
    const { tracks } = loadCurriculum(root, { origin: 'builtin' });
    const json = compileCurriculum(root, tracks);
    assert.ok(!json.includes(root), 'no absolute path in the compiled file');
    const extension = tempTree({ 'dist/curriculum.json': json });
    fs.symlinkSync(root, path.join(extension, 'curriculum'));
    const back = readCompiledCurriculum(extension);
    const expected = tracks.map((t) => mapTrackPaths(t, (p) => path.join(extension, 'curriculum', path.relative(root, p))));
    assert.deepEqual(JSON.parse(JSON.stringify(back)), JSON.parse(JSON.stringify(expected)));
  });

  it('says to rebuild when the compiled file is missing or from another version', () => {
    assert.throws(() => readCompiledCurriculum(tempTree({})), (e: Error) => e instanceof CompiledCurriculumError && /npm run build/.test(e.message));
    const stale = tempTree({ 'dist/curriculum.json': JSON.stringify({ version: 0, tracks: [] }) });
    assert.throws(() => readCompiledCurriculum(stale), /another version/);
  });

  it('indexes milestones by key and by workspace file', () => {
    const root = tempTree(demoFiles());
    const index = new CurriculumIndex(loadCurriculum(root, { origin: 'builtin' }).tracks);
    assert.equal(index.milestoneCount, 4);
    assert.equal(index.milestone('demo/first-steps/pick')?.milestone.kind, 'quiz');
    assert.deepEqual(index.milestonesForFile('hello.py').map((m) => m.id), ['greet']);
    assert.equal(index.lesson('demo/first-steps')?.track.id, 'demo');
  });
});
