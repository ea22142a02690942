/**
 * The lesson panel in a real VS Code: the page it shows (asked through its snapshot message),
 * answers that outlive the panel, links between lessons, files and images beside a lesson,
 * runnable examples, notes, and a panel whose lesson changes or disappears under it. Messages are
 * sent to the panel the way its page sends them (`receive`), so they pass the same checks.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Lesson } from '../../../src/core/curriculum/model';
import type { LessonPanel, PanelSnapshot } from '../../../src/extension/lessonPanelHost';
import type { MilestoneView } from '../../../src/protocol/lesson';
import { activateExtension, closeAllEditors, eventually, testHooks, webviewTabs } from './helpers';

const VIEW_TYPE = 'pythonMastery.lesson';
const TYPES = 'twenty-three-days/day-1-types';
const PICTURES = 'lesson-extras/pictures';
const CHANGING = 'lesson-extras/changing';

async function lessons(): Promise<Lesson[]> {
  const api = await activateExtension();
  return api.tracks.flatMap((track) => track.modules.flatMap((m) => m.lessons));
}

async function lessonByKey(key: string): Promise<Lesson> {
  const api = await activateExtension();
  const found = await eventually(`lesson ${key}`, () => api.tracks.flatMap((t) => t.modules.flatMap((m) => m.lessons)).find((l) => l.key === key));
  return found;
}

/** Opens `key` and waits until the page shows it. */
async function open(key: string): Promise<LessonPanel> {
  await lessonByKey(key);
  await activateExtension();
  const hooks = await testHooks();
  const opened = vscode.commands.executeCommand<boolean>('pythonMastery.openLesson', key);
  const panel = await eventually('the lesson panel', () => hooks.lessonPanel());
  await Promise.all([opened, panel.whenRendered(key)]);
  return panel;
}

/** Polls the page until `test` holds for what it shows. */
async function pageShows(panel: LessonPanel, what: string, test: (snapshot: PanelSnapshot) => boolean, timeoutMs = 15_000): Promise<PanelSnapshot> {
  const deadline = Date.now() + timeoutMs;
  let last: PanelSnapshot | undefined;
  for (;;) {
    // A page that is being loaded again (shown after being hidden) answers once it is there.
    last = await panel.snapshot(3_000).catch(() => last);
    if (last && test(last)) return last;
    if (Date.now() > deadline) throw new Error(`The page did not show ${what}. It shows:\n${last ? last.text.slice(Math.max(0, last.text.indexOf('Milestones')), Math.max(0, last.text.indexOf('Milestones')) + 3000) : '(no answer)'}\nimages: ${JSON.stringify(last?.images)}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

function milestone<K extends MilestoneView['kind']>(panel: LessonPanel, key: string, kind: K): Extract<MilestoneView, { kind: K }> {
  const view = panel.view?.milestones.find((m) => m.key === key);
  assert.ok(view && view.kind === kind, `${key} is a ${kind} milestone on show`);
  return view as Extract<MilestoneView, { kind: K }>;
}

async function closeAndReopen(key: string): Promise<LessonPanel> {
  const hooks = await testHooks();
  await closeAllEditors();
  await eventually('the panel to close', () => (hooks.lessonPanel() === undefined ? true : undefined));
  return open(key);
}

function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suites run in a workspace');
  return folder.uri.fsPath;
}

describe('lesson panel', () => {
  before(async function () {
    this.timeout(60_000);
    await activateExtension();
    await lessonByKey(PICTURES);
  });
  beforeEach(closeAllEditors);
  after(closeAllEditors);

  it('opens a lesson by key in a webview titled with the lesson', async () => {
    const [lesson] = await lessons();
    assert.ok(lesson);
    const panel = await open(lesson.key);
    const tab = await eventually('the lesson tab', () => webviewTabs(VIEW_TYPE)[0]);
    assert.equal(tab.label, lesson.title);
    assert.equal(panel.lesson.key, lesson.key);
  });

  it('serves its page under a strict content security policy, its script by nonce only', async () => {
    const panel = await open(TYPES);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(panel.html)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce, 'scripts are allowed by nonce only');
    const scripts = panel.html.match(/<script[^>]*>/g) ?? [];
    assert.ok(scripts.length > 0);
    for (const script of scripts) assert.ok(script.includes(`nonce="${nonce}"`), `${script} carries the nonce`);
  });

  it('shows everything authored: title, objectives with their code, text, every milestone, quiz choices, snippets, prompts and study questions', async () => {
    const lesson = await lessonByKey(TYPES);
    const panel = await open(TYPES);
    const { text } = await pageShows(panel, 'the lesson', (s) => s.text.includes('Milestones'));
    assert.ok(text.includes(lesson.title));
    assert.ok(text.includes('About 120 minutes'));
    assert.ok(text.includes('Names are labels, not boxes'), 'the Markdown headings are rendered');
    for (const objective of lesson.objectives) assert.ok(text.includes(objective.replace(/`/g, '')), `objective "${objective}" shows, its code rendered`);
    assert.doesNotMatch(text, /`is`/, 'no raw backticks');
    for (const question of lesson.questions) assert.ok(text.includes(question), `study question "${question}" shows`);
    for (const m of lesson.milestones) {
      assert.ok(text.includes(m.title), `milestone "${m.title}" shows`);
      if (m.kind === 'quiz') for (const choice of m.choices) assert.ok(text.includes(choice.text), `choice "${choice.text}" shows`);
      if (m.kind === 'predict') assert.ok(text.includes(m.snippet.split('\n')[0]!), `the snippet of "${m.title}" shows`);
      if (m.kind === 'reflect') assert.ok(text.includes(m.prompt.split(' ').slice(0, 6).join(' ')), `the prompt of "${m.title}" shows`);
    }
    assert.match(text, /▶\s*Run/, 'python blocks can be run');
    assert.match(text, /Next: Collections/);
    assert.match(text, /Previous: /);
  });

  it('reuses one panel when another lesson is opened', async () => {
    const all = await lessons();
    const first = all[0];
    const second = all[1] ?? all[0];
    assert.ok(first && second);
    await open(first.key);
    const panel = await open(second.key);
    const tab = await eventually('the lesson tab', () => {
      const tabs = webviewTabs(VIEW_TYPE);
      return tabs.length === 1 && tabs[0]?.label === second.title ? tabs[0] : undefined;
    });
    assert.equal(tab.label, second.title);
    assert.equal(panel.lesson.key, second.key);
  });

  it('says so, and opens nothing, for a lesson key that does not exist', async () => {
    const opened = await vscode.commands.executeCommand<boolean>('pythonMastery.openLesson', 'no-such-track/no-such-lesson');
    assert.equal(opened, false);
    assert.equal(webviewTabs(VIEW_TYPE).length, 0);
  });

  it('forgets the panel once it is closed', async () => {
    const [lesson] = await lessons();
    assert.ok(lesson);
    await open(lesson.key);
    const hooks = await testHooks();
    assert.ok(hooks.lessonPanel());
    await closeAllEditors();
    await eventually('the panel to be gone', () => (hooks.lessonPanel() === undefined ? true : undefined));
  });

  it('keeps a quiz answer, with every choice\'s note, across closing and opening the panel', async () => {
    const key = `${TYPES}/type-hints`;
    let panel = await open(TYPES);
    await panel.receive({ type: 'submitQuiz', milestone: key, selected: [2] });
    await eventually('the wrong answer', () => (milestone(panel, key, 'quiz').answer?.correct === false ? true : undefined));
    await pageShows(panel, 'the wrong answer and the notes', (s) => s.text.includes('Not quite') && s.text.includes('Hints never convert anything'));
    await panel.receive({ type: 'submitQuiz', milestone: key, selected: [0, 1] });
    await eventually('the right answer', () => (milestone(panel, key, 'quiz').answer?.correct ? true : undefined));
    panel = await closeAndReopen(TYPES);
    const quiz = milestone(panel, key, 'quiz');
    assert.deepEqual(quiz.answer?.selected, [0, 1]);
    assert.equal(quiz.status, 'passed');
    assert.equal(quiz.attempts, 2);
    await pageShows(panel, 'the kept answer', (s) => /✓ Right\./.test(s.text) && s.text.includes('The interpreter stores hints in __annotations__'));
  });

  it('runs a prediction wrongly then rightly, shows the difference line by line, and keeps it', async () => {
    const key = `${TYPES}/names-and-objects`;
    let panel = await open(TYPES);
    await panel.receive({ type: 'submitPredict', milestone: key, text: 'True True 4 4\n' });
    const wrong = await eventually('the comparison', () => milestone(panel, key, 'predict').result, 20_000);
    assert.equal(wrong.matches, false, JSON.stringify(wrong));
    assert.deepEqual(wrong.lines, [{ kind: 'predicted', text: 'True True 4 4' }, { kind: 'printed', text: 'False True 4 3' }]);
    await pageShows(panel, 'the difference', (s) => s.text.includes('Not quite') && s.text.includes('False True 4 3') && s.text.includes('Only in your prediction'));
    await panel.receive({ type: 'submitPredict', milestone: key, text: 'False True 4 3' });
    await eventually('the match', () => (milestone(panel, key, 'predict').result?.matches ? true : undefined), 20_000);
    panel = await closeAndReopen(TYPES);
    const predict = milestone(panel, key, 'predict');
    assert.equal(predict.prediction, 'False True 4 3');
    assert.equal(predict.status, 'passed');
    assert.ok(predict.explanationHtml, 'the explanation shows once answered');
    const shown = await pageShows(panel, 'the kept prediction', (s) => s.text.includes('Your prediction matches the output'));
    assert.equal(shown.fields[`${key}:prediction`], 'False True 4 3', 'the prediction is back in its field');
  });

  it('compares by pattern where the milestone says so: addresses may differ', async () => {
    const key = `${PICTURES}/which-object`;
    const panel = await open(PICTURES);
    await panel.receive({ type: 'submitPredict', milestone: key, text: '<__main__.Point object at 0x...>\ndone\n' });
    const result = await eventually('the comparison', () => milestone(panel, key, 'predict').result, 20_000);
    assert.equal(result.matches, true, JSON.stringify(result));
  });

  it('keeps a reflection and whether it is done across closing and opening the panel', async () => {
    const key = `${TYPES}/shallow-size`;
    let panel = await open(TYPES);
    await panel.receive({ type: 'saveReflect', milestone: key, text: 'A list holds references, not the strings.', done: false });
    await eventually('the saved text', () => (milestone(panel, key, 'reflect').text ? true : undefined));
    panel = await closeAndReopen(TYPES);
    let reflect = milestone(panel, key, 'reflect');
    assert.equal(reflect.text, 'A list holds references, not the strings.');
    assert.equal(reflect.done, false);
    const shown = await pageShows(panel, 'the saved text', (s) => s.fields[`${key}:answer`] === 'A list holds references, not the strings.');
    assert.ok(shown);
    await panel.receive({ type: 'saveReflect', milestone: key, text: 'A list holds references, not the strings.', done: true });
    await eventually('done', () => (milestone(panel, key, 'reflect').done ? true : undefined));
    panel = await closeAndReopen(TYPES);
    reflect = milestone(panel, key, 'reflect');
    assert.equal(reflect.done, true);
    assert.equal(reflect.status, 'passed');
    await pageShows(panel, 'the reflection done', (s) => s.text.includes('✓ Done.'));
  });

  it('keeps the lesson and unsent text in the state VS Code hands back after a reload', async () => {
    const panel = await open(TYPES);
    const snapshot = await panel.snapshot();
    assert.deepEqual((snapshot.state as { lessonKey?: string }).lessonKey, TYPES);
  });

  it('follows a link to another lesson in the same panel, and opens a file beside the lesson', async () => {
    const panel = await open(PICTURES);
    const html = panel.view?.html ?? '';
    assert.match(html, /data-lesson="team-katas\/fizzbuzz"/);
    assert.match(html, /data-lesson="lesson-extras\/changing"/);
    assert.match(html, /class="not-a-link"/);
    assert.doesNotMatch(html, /href="javascript:/);
    await panel.receive({ type: 'openFile', path: 'data/sample.csv' });
    await eventually('the file beside the lesson', () => (vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.label === 'sample.csv') ? true : undefined));
    await panel.receive({ type: 'openFile', path: '../../team-katas/track.yaml' });
    assert.ok(!vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.label === 'track.yaml'), 'nothing outside the lesson opens');
    await panel.receive({ type: 'openLesson', key: 'lesson-extras/changing' });
    await panel.whenRendered(CHANGING);
    assert.equal(panel.lesson.key, CHANGING);
    assert.equal(webviewTabs(VIEW_TYPE).length, 1);
  });

  it('shows an image from the lesson\'s own folder', async () => {
    const panel = await open(PICTURES);
    const shown = await pageShows(panel, 'the diagram, loaded', (s) => s.images.some((image) => image.loaded));
    const image = shown.images[0]!;
    assert.match(decodeURIComponent(image.src), /lesson-extras\/pictures\/images\/diagram\.png$/);
  });

  it('runs an example with the learner\'s Python and shows its output and exit code under it', async () => {
    const panel = await open(PICTURES);
    await panel.receive({ type: 'runExample', index: 0 });
    await pageShows(panel, 'the output', (s) => s.text.includes('hello from an example') && s.text.includes('45') && /exit code 0/.test(s.text), 20_000);
    await panel.receive({ type: 'runExample', index: 1 });
    await pageShows(panel, 'the second output', (s) => s.text.includes('to stderr') && /exited with code 3/.test(s.text), 20_000);
    await panel.receive({ type: 'runExample', index: 99 });
  });

  it('opens My notes, created with a heading once and never overwritten', async () => {
    const panel = await open(PICTURES);
    const file = path.join(workspaceRoot(), 'notes', 'lesson-extras', 'pictures.md');
    fs.rmSync(file, { force: true });
    await panel.receive({ type: 'openNotes' });
    await eventually('the notes file', () => (fs.existsSync(file) ? true : undefined));
    assert.match(fs.readFileSync(file, 'utf8'), /^# Notes: Pictures, files and links\n/);
    await eventually('the notes editor', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.fsPath === file));
    fs.writeFileSync(file, 'my own words\n');
    await panel.receive({ type: 'openNotes' });
    assert.equal(fs.readFileSync(file, 'utf8'), 'my own words\n');
  });

  it('shows a changed lesson afresh, says so when it disappears, and comes back when it loads again', async function () {
    this.timeout(60_000);
    const dir = path.join(workspaceRoot(), '.pymastery', 'curriculum', 'lesson-extras', 'changing');
    const text = path.join(dir, 'lesson.md');
    const yaml = path.join(dir, 'lesson.yaml');
    const goodYaml = fs.readFileSync(yaml, 'utf8');
    const panel = await open(CHANGING);
    await pageShows(panel, 'the first text', (s) => s.text.includes('The first version of this text.'));
    try {
      fs.writeFileSync(text, '# A lesson that changes\n\nThe second version, rewritten.\n');
      await pageShows(panel, 'the second text', (s) => s.text.includes('The second version, rewritten.') && !s.text.includes('The first version'));
      fs.writeFileSync(yaml, goodYaml.replace('kind: quiz', 'kind: essay'));
      const gone = await pageShows(panel, 'that the lesson is gone', (s) => s.text.includes('not in the curriculum any more'));
      assert.ok(!gone.text.includes('The second version'), 'no stale text');
      assert.ok(webviewTabs(VIEW_TYPE)[0]?.label.includes('unavailable'));
    } finally {
      fs.writeFileSync(yaml, goodYaml);
      fs.writeFileSync(text, '# A lesson that changes\n\nThe first version of this text.\n');
    }
    await pageShows(panel, 'the lesson again', (s) => s.text.includes('The first version of this text.'));
    assert.equal(webviewTabs(VIEW_TYPE)[0]?.label, 'A lesson that changes');
  });

  it('runs a code milestone from its card: start, open at the function, run, next hint, and the last result', async function () {
    this.timeout(60_000);
    const key = 'twenty-three-days/day-0-setup/greet';
    const file = path.join(workspaceRoot(), 'day0', 'hello.py');
    const panel = await open('twenty-three-days/day-0-setup');
    assert.equal(milestone(panel, key, 'code').started, fs.existsSync(file));
    await panel.receive({ type: 'codeAction', action: 'start', milestone: key });
    await eventually('the started milestone', () => (milestone(panel, key, 'code').started ? true : undefined));
    assert.ok(fs.existsSync(file), 'the starter file was copied in');
    assert.ok(panel.panel.visible, 'the lesson stays in view, the file beside it');
    await panel.receive({ type: 'codeAction', action: 'open', milestone: key });
    const editor = await eventually('the file, open', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.fsPath === file));
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /def greet/, 'at the function');
    await panel.receive({ type: 'codeAction', action: 'run', milestone: key });
    const result = await eventually('the result', () => milestone(panel, key, 'code').result, 30_000);
    assert.equal(result.outcome, 'fail', JSON.stringify(result));
    assert.match(result.headline, /failing/);
    assert.ok(result.details.length > 0);
    await pageShows(panel, 'the result on the card', (s) => s.text.includes(result.headline));
    await panel.receive({ type: 'codeAction', action: 'hint', milestone: key });
    await eventually('the first hint', () => (milestone(panel, key, 'code').hintsHtml.length === 1 ? true : undefined));
    await pageShows(panel, 'the hint', (s) => /Hints \(1 of 3\)/.test(s.text) && s.text.includes('greet should hand its text back with return'));
  });

  it('shown again after being hidden, shows the lesson it moved on to, never the one it opened with', async () => {
    const collections = 'twenty-three-days/day-2-collections';
    const panel = await open(TYPES);
    await panel.receive({ type: 'openLesson', key: collections });
    await panel.whenRendered(collections);
    await vscode.window.showTextDocument(vscode.Uri.file(path.join(workspaceRoot(), 'README.md')), { viewColumn: panel.panel.viewColumn });
    await eventually('the panel hidden', () => (panel.panel.visible ? undefined : true));
    const since = performance.now();
    panel.panel.reveal(panel.panel.viewColumn);
    await panel.whenRendered(collections, 15_000, since);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual([...new Set(panel.renderedSince(since))], [collections]);
    await pageShows(panel, 'the lesson it moved on to', (s) => s.text.includes('Collections and data structures') && !s.text.includes('Names are labels'));
  });

  it('refuses malformed messages from the page', async () => {
    const panel = await open(PICTURES);
    await panel.receive({ type: 'runExample', index: 'all' });
    await panel.receive({ type: 'submitQuiz', milestone: `${TYPES}/type-hints`, selected: [0] }); // not a milestone of this lesson
    await panel.receive({ type: 'evaluate', code: '1' });
    const hooks = await testHooks();
    assert.equal(hooks.lessonPanel(), panel, 'the panel carries on');
  });
});
