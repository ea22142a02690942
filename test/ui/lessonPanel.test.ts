/**
 * The lesson panel as a learner uses it in the browser: open a lesson, answer its quiz with the
 * keyboard, predict a snippet's output wrongly then rightly, run an example, follow a link to
 * another lesson; then read it in Dark Modern, Light Modern, Dark High Contrast and Light High
 * Contrast and at 420 px wide, with axe-core run over the panel each time; and find it all again
 * after reloading the window.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { Workbench, escapeRegExp, shippedTracks, uiRun, type Frame, type FrameLocator, type Locator } from './workbench';

const TYPES_TITLE = 'Types and the object model';
const COLLECTIONS_TITLE = 'Collections and data structures';
const QUIZ = 'What do type hints do?';
const PREDICT = 'Same value, same object?';

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
}

/** Runs axe-core over the page in `frame`; the source goes in as the debugger would put it. */
async function axe(frame: Frame): Promise<AxeResult> {
  const source = fs.readFileSync(createRequire(path.join(uiRun().projectRoot, 'package.json')).resolve('axe-core/axe.min.js'), 'utf8');
  await frame.evaluate(`${source}\n;undefined`);
  return frame.evaluate<AxeResult, null>(async () => {
    const run = (globalThis as unknown as { axe: { run(context: Document, options: unknown): Promise<AxeResult> } }).axe.run;
    const result = await run(document, { resultTypes: ['violations'] });
    return { violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })) };
  }, null);
}

function serious(result: AxeResult): AxeResult['violations'] {
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describe('the lesson panel, as a learner uses it', () => {
  let workbench: Workbench;
  const page = (): FrameLocator => workbench.activeWebview();
  const card = (title: string): Locator => page().locator('li.card').filter({ hasText: title }).first();

  before(async () => {
    assert.ok(shippedTracks().some((t) => t.modules.some((m) => m.lessons.some((l) => l.title === TYPES_TITLE))));
    workbench = await Workbench.open();
  });

  after(async () => {
    await workbench?.close();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await workbench?.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
  });

  async function openLesson(title: string): Promise<void> {
    await workbench.runCommand('Python Mastery: Open Lesson');
    // Type only once the lesson picker has replaced the command palette.
    await workbench.page.locator('.quick-input-widget input[placeholder="Open a lesson"]').waitFor({ state: 'visible', timeout: 30_000 });
    await workbench.page.keyboard.type(title);
    await workbench.page.locator('.quick-input-widget').getByRole('option', { name: new RegExp(escapeRegExp(title)) }).first().click();
    await page().getByRole('heading', { name: title, exact: true, level: 1 }).waitFor({ state: 'visible', timeout: 30_000 });
  }

  it('opens a lesson and sees its objectives, text, milestones and study questions', async () => {
    // The interpreter in the status bar shows once the extension is active.
    await workbench.page.locator('.part.statusbar').getByRole('button', { name: /Python 3\.\d+/ }).first().waitFor({ state: 'visible', timeout: 60_000 });
    await openLesson(TYPES_TITLE);
    await page().getByRole('heading', { name: 'You will be able to' }).waitFor({ state: 'visible' });
    const objectives = await page().locator('section.objectives').innerText();
    assert.doesNotMatch(objectives, /`/, 'inline code in objectives is rendered, not shown as backticks');
    await page().getByRole('heading', { name: 'Milestones' }).waitFor({ state: 'attached' });
    await page().getByRole('heading', { name: 'Questions to answer' }).waitFor({ state: 'attached' });
    await workbench.screenshot('lesson-opened');
  });

  it('answers the quiz with the keyboard: wrongly, reads every note, then rightly', async () => {
    const quiz = card(QUIZ);
    await quiz.scrollIntoViewIfNeeded();
    await quiz.getByRole('checkbox', { name: /Python converts/ }).press('Space');
    await quiz.getByRole('button', { name: 'Submit answer' }).press('Enter');
    await quiz.getByText('✗ Not quite.').waitFor({ state: 'visible', timeout: 15_000 });
    await quiz.getByText(/Hints never convert anything/).waitFor({ state: 'visible' });
    assert.match(await quiz.innerText(), /True, and you left it out/);
    await workbench.screenshotOf(quiz, 'quiz-wrong');
    // Focus stayed in the card: the learner carries on from the keyboard.
    await quiz.getByRole('button', { name: 'Try again' }).press('Enter');
    await quiz.getByRole('checkbox', { name: /Python runs the call anyway/ }).press('Space');
    await quiz.getByRole('checkbox', { name: /mypy reports the call/ }).press('Space');
    await quiz.getByRole('button', { name: 'Submit answer' }).press('Enter');
    await quiz.getByText('✓ Right.').waitFor({ state: 'visible', timeout: 15_000 });
    // The result is said through the live region, too.
    await page().locator('#announcer').filter({ hasText: 'Right: every true answer, and nothing else.' }).waitFor({ state: 'attached', timeout: 5_000 });
    await workbench.screenshotOf(quiz, 'quiz-right');
  });

  it('predicts a snippet\'s output wrongly, sees the difference line by line, then rightly', async () => {
    const predict = card(PREDICT);
    await predict.scrollIntoViewIfNeeded();
    await predict.locator('textarea').fill('True True 4 4');
    await predict.getByRole('button', { name: 'Run it and compare' }).click();
    await predict.getByText('✗ Not quite.').waitFor({ state: 'visible', timeout: 30_000 });
    const diff = await predict.locator('ol.diff').innerText();
    assert.match(diff, /− you[^\n]*\n(?:Only in your prediction:\s*)?True True 4 4/);
    assert.match(diff, /\+ Python[^\n]*\n(?:Only in the output:\s*)?False True 4 3/);
    await workbench.screenshotOf(predict, 'predict-wrong');
    await predict.locator('textarea').fill('False True 4 3');
    await predict.getByRole('button', { name: 'Run it and compare' }).click();
    await predict.getByText('✓ Your prediction matches the output.').waitFor({ state: 'visible', timeout: 30_000 });
    await predict.getByRole('heading', { name: 'Why' }).waitFor({ state: 'visible' });
    await workbench.screenshotOf(predict, 'predict-right');
  });

  it('runs an example and reads its output under it', async () => {
    const run = page().getByRole('button', { name: 'Run example 1' });
    await run.scrollIntoViewIfNeeded();
    await run.click();
    const output = page().locator('#example-0-output');
    await output.waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await output.innerText(), /\[90, 72, 65\]\s*\n\s*True/);
    await page().getByText(/Finished in \d+ ms, exit code 0\./).first().waitFor({ state: 'visible' });
    await workbench.screenshotOf(page().locator('.example').first(), 'example-output');
  });

  it('starts a code milestone from its card, runs its check and unfolds a hint, the lesson staying in view', async () => {
    const code = card('Can it change? Can it be a key?');
    await code.scrollIntoViewIfNeeded();
    await code.getByRole('button', { name: 'Start' }).click();
    await workbench.editorTab(/^typeinspector\.py/).waitFor({ state: 'visible', timeout: 30_000 });
    await code.getByRole('button', { name: 'Open file' }).waitFor({ state: 'visible', timeout: 30_000 });
    await code.getByRole('button', { name: 'Run check' }).click();
    await code.getByText(/✗ \d+ of \d+ checks? failing/).waitFor({ state: 'visible', timeout: 60_000 });
    await code.getByRole('button', { name: 'Show next hint' }).click();
    await code.getByText(/Hints \(1 of 3\)/).waitFor({ state: 'visible', timeout: 15_000 });
    await workbench.screenshot('code-card');
    await workbench.screenshotOf(code, 'code-card-result');
  });

  it('follows a link to another lesson, in the same panel', async () => {
    await openLesson(COLLECTIONS_TITLE);
    const link = page().getByRole('link', { name: 'lesson on types and the object model' });
    await link.scrollIntoViewIfNeeded();
    await link.press('Enter');
    await page().getByRole('heading', { name: TYPES_TITLE, exact: true }).waitFor({ state: 'visible', timeout: 30_000 });
    const lessonTabs = workbench.page.locator('.part.editor .tabs-container').getByRole('tab', { name: new RegExp(`^(${escapeRegExp(TYPES_TITLE)}|${escapeRegExp(COLLECTIONS_TITLE)})`) });
    assert.equal(await lessonTabs.count(), 1, 'one lesson panel');
    // The answers given before are still there.
    await card(QUIZ).getByText('✓ Right.').waitFor({ state: 'visible', timeout: 15_000 });
  });

  for (const theme of ['Dark Modern', 'Light Modern', 'Dark High Contrast', 'Light High Contrast']) {
    it(`reads well in ${theme}: axe finds nothing serious`, async () => {
      await workbench.selectColorTheme(theme);
      await workbench.page.waitForTimeout(800);
      const slug = theme.toLowerCase().replace(/\s+/g, '-');
      await card(PREDICT).scrollIntoViewIfNeeded();
      await workbench.screenshot(`theme-${slug}`);
      const result = await axe(await workbench.activeWebviewFrame());
      workbench.saveReport(`axe-${slug}`, result);
      assert.deepEqual(serious(result), [], `serious or critical accessibility problems in ${theme}`);
    });
  }

  it('fits 420 px without scrolling sideways, long code wrapping', async () => {
    await workbench.selectColorTheme('Dark Modern');
    // The lesson alone in the window, without the side bar: then the window sets its width.
    await workbench.editorTab(new RegExp(`^${escapeRegExp(TYPES_TITLE)}`)).click();
    if ((await workbench.page.locator('.part.editor .editor-group-container').count()) > 1) await workbench.runCommand('View: Close Editors in Other Groups');
    await workbench.runCommand('View: Close Primary Side Bar');
    const frame = await workbench.activeWebviewFrame();
    let viewport = 520;
    for (let tries = 0; tries < 3; tries++) {
      await workbench.page.setViewportSize({ width: viewport, height: 900 });
      await workbench.page.waitForTimeout(400);
      const measured = await frame.evaluate<number, null>(() => window.innerWidth, null);
      if (Math.abs(measured - 420) <= 1) break;
      viewport += 420 - measured;
    }
    const layout = await frame.evaluate<{ width: number; scrollWidth: number; widest: number }, null>(() => ({
      width: window.innerWidth,
      scrollWidth: document.documentElement.scrollWidth,
      widest: Math.max(...Array.from(document.querySelectorAll('body *')).map((e) => e.getBoundingClientRect().right)),
    }), null);
    assert.ok(Math.abs(layout.width - 420) <= 2, `the panel is 420 px wide (${layout.width})`);
    assert.ok(layout.scrollWidth <= layout.width, `nothing scrolls sideways (${layout.scrollWidth} > ${layout.width})`);
    assert.ok(layout.widest <= layout.width + 1, `nothing sticks out (${layout.widest})`);
    await card(PREDICT).scrollIntoViewIfNeeded();
    await workbench.screenshot('narrow-420');
    await page().locator('section.objectives').scrollIntoViewIfNeeded();
    await workbench.screenshot('narrow-420-objectives');
    const result = await axe(frame);
    workbench.saveReport('axe-narrow-420', result);
    assert.deepEqual(serious(result), []);
    await workbench.page.setViewportSize({ width: 1400, height: 900 });
  });

  it('finds the lesson and its answers again after reloading the window', async () => {
    await workbench.page.reload({ waitUntil: 'domcontentloaded', timeout: 60_000 });
    await workbench.page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout: 60_000 });
    await workbench.editorTab(new RegExp(`^${escapeRegExp(TYPES_TITLE)}`)).click({ timeout: 60_000 });
    await page().getByRole('heading', { name: TYPES_TITLE, exact: true }).waitFor({ state: 'visible', timeout: 60_000 });
    await card(QUIZ).getByText('✓ Right.').waitFor({ state: 'visible', timeout: 30_000 });
    const predict = card(PREDICT);
    await predict.scrollIntoViewIfNeeded();
    assert.equal(await predict.locator('textarea').inputValue(), 'False True 4 3');
    await workbench.screenshot('after-reload');
  });
});
