/**
 * A learner's progress as they see it: reset a milestone and start it again from the tree's
 * context menu, see its state in the tree turn to ✗ after a failing run and to ✓ after a passing
 * one, then open the progress dashboard and read it in the four default themes and at 420 px,
 * with axe-core finding no serious or critical accessibility problem in any of them.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { Workbench, uiRun } from './workbench';

const MILESTONE = 'Say the right word for a number';
const LESSON = 'Fizz, buzz and the modulo operator';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describe('progress, as the learner sees it', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.open();
    const status = workbench.page.locator('.part.statusbar').getByRole('button', { name: /Python 3\.\d+/ }).first();
    await status.waitFor({ state: 'visible', timeout: 60_000 });
  });

  after(async () => {
    await workbench?.close();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await workbench?.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
  });

  const editor = () => workbench.page.locator('.part.editor .monaco-editor').first();
  const milestoneRow = () => workbench.treeItem(MILESTONE);

  async function showView(): Promise<void> {
    await workbench.showPythonMastery();
    await workbench.treeItem('Team katas').waitFor({ state: 'visible', timeout: 30_000 });
  }

  async function expand(label: string): Promise<void> {
    const row = workbench.treeItem(label);
    await row.waitFor({ state: 'visible' });
    if ((await row.getAttribute('aria-expanded')) === 'false') await row.locator('.monaco-tl-twistie').click();
  }

  async function contextMenu(row: ReturnType<Workbench['treeItem']>, action: string): Promise<void> {
    await row.click({ button: 'right' });
    const item = workbench.page.locator('.context-view .monaco-menu').getByRole('menuitem', { name: new RegExp(`^${action}`) }).first();
    await item.waitFor({ state: 'visible' });
    // A menu ignores a click that comes the instant it opens (the right-click's own release).
    await workbench.page.waitForTimeout(300);
    await item.click();
  }

  async function typeCode(lines: string[]): Promise<void> {
    await editor().locator('.view-lines').click();
    await workbench.page.keyboard.press('Control+A');
    await workbench.page.keyboard.press('Delete');
    for (const [i, line] of lines.entries()) {
      if (i > 0) await workbench.page.keyboard.press('Enter');
      await workbench.page.keyboard.type(line);
    }
    await workbench.page.keyboard.press('Escape');
    await workbench.page.keyboard.press('Control+S');
  }

  async function axe(): Promise<AxeViolation[]> {
    const frame = await workbench.activeWebviewFrame();
    await frame.locator('h1').first().waitFor({ state: 'visible', timeout: 30_000 });
    const source = fs.readFileSync(require.resolve('axe-core/axe.min.js', { paths: [uiRun().projectRoot] }), 'utf8');
    await frame.evaluate<unknown>(source);
    const result = await frame.evaluate<{ violations: AxeViolation[]; passed: number }, null>(async () => {
      const found = await (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe.run((globalThis as unknown as { document: unknown }).document, { resultTypes: ['violations'] });
      return {
        violations: found.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })),
        passed: found.passes.length,
      };
    }, null);
    assert.ok(result.passed >= 10, `axe-core checked the page (${result.passed} rules passed)`);
    console.log(`      axe-core: ${result.passed} rules passed, ${result.violations.length} violated`);
    return result.violations;
  }

  function serious(violations: AxeViolation[]): string[] {
    const minor = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
    if (minor.length > 0) console.log(`      axe-core, minor or moderate: ${minor.map((v) => `${v.id} (${v.impact})`).join(', ')}`);
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  it('resets the milestone and starts it again from the tree', async () => {
    await showView();
    await expand('Team katas');
    await expand('Warm-ups');
    await expand(LESSON);
    await milestoneRow().waitFor({ state: 'visible' });
    await contextMenu(milestoneRow(), 'Reset Milestone');
    // Reset asks first.
    const dialog = workbench.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await dialog.innerText(), /Reset "Say the right word for a number"\?/);
    await workbench.screenshot('reset-asks-first');
    await dialog.getByRole('button', { name: 'Reset' }).click();
    await milestoneRow().locator('.codicon-circle-large-outline').waitFor({ state: 'visible', timeout: 30_000 });

    await contextMenu(milestoneRow(), 'Start Milestone');
    await workbench.editorTab(/^fizzbuzz\.py/).waitFor({ state: 'visible', timeout: 30_000 });
    await workbench.screenshot('started-from-the-tree');
  });

  it('sees the milestone turn ✗ after a failing run and ✓ after a passing one', async () => {
    await typeCode(['def say(n):', 'return str(n)']);
    await milestoneRow().hover();
    await milestoneRow().getByRole('button', { name: /Run Milestone Check/ }).click();
    await milestoneRow().locator('.codicon-error').waitFor({ state: 'visible', timeout: 30_000 });
    await workbench.screenshot('tree-after-a-failing-run');
    await typeCode(['def say(n):', 'return "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)']);
    await milestoneRow().locator('.codicon-pass-filled').waitFor({ state: 'visible', timeout: 30_000 });
    // The lesson's row follows its milestone's as soon as the tree redraws it.
    const lessonRow = workbench.treeItem(LESSON);
    await lessonRow.filter({ hasText: /1\/1/ }).waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await lessonRow.innerText(), /1\/1/);
    await workbench.screenshot('tree-after-a-passing-run');
  });

  it('opens the dashboard and reads it in Dark Modern, with no serious accessibility problem', async () => {
    await workbench.runCommand('View: Close All Editors');
    await workbench.runCommand('Python Mastery: Show Progress');
    await workbench.editorTab(/^Python Mastery: Progress/).waitFor({ state: 'visible', timeout: 30_000 });
    const page = workbench.activeWebview();
    await page.getByRole('heading', { name: 'Your progress' }).waitFor({ state: 'visible', timeout: 30_000 });
    await page.getByRole('heading', { name: 'Team katas' }).waitFor({ state: 'visible' });
    await page.getByRole('img', { name: /of Team katas passed/ }).waitFor({ state: 'attached' });
    await workbench.setColorTheme('Dark Modern');
    await workbench.screenshot('dashboard-dark-modern');
    assert.deepEqual(serious(await axe()), []);
  });

  for (const theme of ['Light Modern', 'Dark High Contrast', 'Light High Contrast']) {
    it(`reads the dashboard in ${theme}, with no serious accessibility problem`, async () => {
      await workbench.setColorTheme(theme);
      await workbench.activeWebview().getByRole('heading', { name: 'Your progress' }).waitFor({ state: 'visible' });
      await workbench.page.waitForTimeout(500);
      await workbench.screenshot(`dashboard-${theme.toLowerCase().replace(/ /g, '-')}`);
      assert.deepEqual(serious(await axe()), []);
    });
  }

  it('reads the dashboard at 420 px wide, nothing cut off', async () => {
    await workbench.setColorTheme('Dark Modern');
    await workbench.runCommand('View: Close Primary Side Bar');
    const frame = workbench.page.locator('iframe.webview.ready').last();
    const before = await frame.boundingBox();
    assert.ok(before);
    // The window is sized so the dashboard itself is 420 px wide.
    const chrome = Math.round(1400 - before.width);
    await workbench.page.setViewportSize({ width: 420 + chrome, height: 900 });
    await workbench.page.waitForTimeout(500);
    const after = await frame.boundingBox();
    assert.ok(after && Math.abs(after.width - 420) <= 2, `the dashboard is ${after?.width} px wide`);
    const webview = await workbench.activeWebviewFrame();
    const overflow = await webview.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    assert.equal(overflow, 0, 'no sideways scrolling');
    await workbench.screenshot('dashboard-420px');
    assert.deepEqual(serious(await axe()), []);
    await workbench.page.setViewportSize({ width: 1400, height: 900 });
  });
});
