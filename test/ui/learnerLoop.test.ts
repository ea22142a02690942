/**
 * The learner loop as a person meets it: start a milestone from the Command Palette, write a
 * wrong answer, press the lens, read the failure and its hint on the line and in the Problems
 * panel, fix the code, save, and see ✓.
 */
import * as assert from 'node:assert/strict';
import { Workbench } from './workbench';

const MILESTONE = 'Say the right word for a number';

describe('the learner loop, in the browser', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.open();
  });

  after(async () => {
    await workbench?.close();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await workbench?.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
  });

  const editor = () => workbench.page.locator('.part.editor .monaco-editor').first();
  const lens = (text: RegExp) => workbench.page.locator('.part.editor .codelens-decoration a').filter({ hasText: text }).first();

  /** Scrolls the editor to its very top, where the lens above line 1 lives, and clicks the lens. */
  async function clickLens(text: RegExp): Promise<void> {
    await editor().locator('.view-lines').hover();
    await workbench.page.mouse.wheel(0, -2000);
    await lens(text).click();
  }

  /** Replaces the editor's text by typing it, as the learner would. */
  async function typeCode(lines: string[]): Promise<void> {
    await editor().locator('.view-lines').click();
    await workbench.page.keyboard.press('Control+A');
    await workbench.page.keyboard.press('Delete');
    for (const [i, line] of lines.entries()) {
      if (i > 0) await workbench.page.keyboard.press('Enter');
      await workbench.page.keyboard.type(line);
    }
    await workbench.page.keyboard.press('Escape');
  }

  it('starts a milestone from the Command Palette and sees the lens above the function', async () => {
    // The interpreter in the status bar shows once the extension is active and its commands are known.
    const status = workbench.page.locator('.part.statusbar').getByRole('button', { name: /Python 3\.\d+/ }).first();
    await status.waitFor({ state: 'visible', timeout: 60_000 });
    await workbench.runCommand('Python Mastery: Start Milestone');
    // The milestone picker opens once the command has gathered the milestones.
    await workbench.page.locator('.quick-input-widget input[placeholder="Which milestone?"]').waitFor({ state: 'visible', timeout: 30_000 });
    await workbench.page.keyboard.type(MILESTONE);
    await workbench.page.locator('.quick-input-widget').getByRole('option', { name: new RegExp(MILESTONE) }).first().click();
    await workbench.editorTab(/^fizzbuzz\.py/).waitFor({ state: 'visible', timeout: 30_000 });
    await lens(/▶ Run check: Say the right word/).waitFor({ state: 'visible', timeout: 30_000 });
    await workbench.screenshot('milestone-started');
  });

  it('writes a wrong answer, presses the lens and sees the failure with its hint on the line', async () => {
    await typeCode(['def say(n):', 'return "Fizz" if n % 3 == 0 else str(n)']);
    await workbench.page.keyboard.press('Control+S');
    await clickLens(/▶ Run check|run again/);
    await lens(/✗ Say the right word for a number: 1 of 1 failing/).waitFor({ state: 'visible', timeout: 30_000 });
    await editor().locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: 30_000 });
    // The hover, opened from the keyboard on the failing line.
    await editor().locator('.view-lines').click();
    await workbench.page.keyboard.press('Control+Home');
    await workbench.page.keyboard.press('Control+K');
    await workbench.page.keyboard.press('Control+I');
    const hover = workbench.page.locator('.monaco-hover').filter({ hasText: /Check fifteen first/ }).first();
    await hover.waitFor({ state: 'visible', timeout: 30_000 });
    await workbench.screenshot('failure-inline');
  });

  it('reads the same failure in the Problems panel, and the next hint after another try', async () => {
    await workbench.page.keyboard.press('Escape');
    await clickLens(/run again/);
    await workbench.runCommand('View: Focus Problems');
    const problems = workbench.page.locator('.markers-panel');
    await problems.getByText(/Hint 1 of 2/).first().waitFor({ state: 'visible', timeout: 30_000 });
    const text = await problems.innerText();
    assert.match(text, /Expected: 'Buzz'\nActual: '5'/);
    assert.match(text, /Python Mastery/);
    await workbench.screenshot('failure-in-problems');
  });

  it('fixes the code, saves, and sees ✓', async () => {
    await editor().locator('.view-lines').click();
    await typeCode(['def say(n):', 'return "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)']);
    // Saving runs the check again: the learner has already tried it once.
    await workbench.page.keyboard.press('Control+S');
    await lens(/✓ Say the right word for a number: passed/).waitFor({ state: 'visible', timeout: 30_000 });
    await workbench.runCommand('View: Focus Problems');
    await workbench.page.locator('.markers-panel').getByText(/No problems have been detected/).waitFor({ state: 'visible', timeout: 30_000 });
    await workbench.screenshot('passed');
  });

  it('sees the runs in Test Explorer', async () => {
    await workbench.runCommand('Testing: Focus on Test Explorer View');
    await workbench.sideBar.getByRole('treeitem', { name: /Team katas/ }).first().waitFor({ state: 'visible', timeout: 30_000 });
    await workbench.screenshot('test-explorer');
  });
});
