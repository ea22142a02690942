/**
 * The browser side of the UI journeys: opens code-server's workbench in Chromium (through the
 * playwright-core installed in test/rig) and offers the steps a learner takes, in the learner's
 * terms. `scripts/vscode-rig.mjs ui` starts code-server and describes it in PYTHON_MASTERY_UI.
 *
 * Only the small part of Playwright's API the journeys use is typed here, so that the project's
 * type check does not depend on the rig being installed.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

type TextMatch = string | RegExp;

export interface Locator {
  click(options?: { timeout?: number; button?: 'left' | 'right' }): Promise<void>;
  dblclick(options?: { timeout?: number }): Promise<void>;
  hover(options?: { timeout?: number }): Promise<void>;
  first(): Locator;
  last(): Locator;
  nth(index: number): Locator;
  count(): Promise<number>;
  filter(options: { hasText?: TextMatch }): Locator;
  locator(selector: string): Locator;
  getByRole(role: string, options?: { name?: TextMatch; exact?: boolean; level?: number }): Locator;
  getByText(text: TextMatch, options?: { exact?: boolean }): Locator;
  getAttribute(name: string): Promise<string | null>;
  innerText(options?: { timeout?: number }): Promise<string>;
  isVisible(): Promise<boolean>;
  waitFor(options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }): Promise<void>;
  contentFrame(): FrameLocator;
  fill(value: string, options?: { timeout?: number }): Promise<void>;
  press(key: string, options?: { timeout?: number }): Promise<void>;
  focus(options?: { timeout?: number }): Promise<void>;
  isChecked(): Promise<boolean>;
  inputValue(): Promise<string>;
  scrollIntoViewIfNeeded(options?: { timeout?: number }): Promise<void>;
  elementHandle(options?: { timeout?: number }): Promise<ElementHandle | null>;
  evaluate<R>(pageFunction: (element: Element) => R): Promise<R>;
  screenshot(options: { path: string }): Promise<unknown>;
  boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null>;
}

export interface ElementHandle {
  contentFrame(): Promise<Frame | null>;
}

/** A frame of the page; `evaluate` runs in it as the debugger does, past its content security policy. */
export interface Frame {
  evaluate<R>(expression: string): Promise<R>;
  evaluate<R, A>(pageFunction: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  locator(selector: string): Locator;
}

export interface FrameLocator {
  locator(selector: string): Locator;
  getByRole(role: string, options?: { name?: TextMatch; exact?: boolean; level?: number }): Locator;
  getByText(text: TextMatch, options?: { exact?: boolean }): Locator;
  getByLabel(text: TextMatch, options?: { exact?: boolean }): Locator;
}

export interface Page {
  goto(url: string, options?: { waitUntil?: 'load' | 'domcontentloaded'; timeout?: number }): Promise<unknown>;
  locator(selector: string): Locator;
  getByRole(role: string, options?: { name?: TextMatch; exact?: boolean; level?: number }): Locator;
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
  mouse: { move(x: number, y: number): Promise<void>; wheel(deltaX: number, deltaY: number): Promise<void> };
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  waitForTimeout(ms: number): Promise<void>;
  reload(options?: { waitUntil?: 'load' | 'domcontentloaded'; timeout?: number }): Promise<unknown>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
}

interface BrowserContext {
  pages(): Page[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

interface PlaywrightCore {
  chromium: {
    launchPersistentContext(
      userDataDir: string,
      options: { executablePath: string; headless: boolean; args: string[]; viewport: { width: number; height: number }; timeout: number },
    ): Promise<BrowserContext>;
  };
}

interface UiRun {
  workbenchUrl: string;
  screenshotsDir: string;
  browserProfileDir: string;
  chromiumPath: string;
  chromiumArgs: string[];
  headless: boolean;
  rigDir: string;
  projectRoot: string;
}

export function uiRun(): UiRun {
  const described = process.env.PYTHON_MASTERY_UI;
  if (!described) throw new Error('The UI journeys run through `npm run test:ui`, which starts code-server for them.');
  return JSON.parse(described) as UiRun;
}

/** A code-server workbench open in Chromium. */
export class Workbench {
  private shots = 0;

  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    private readonly run: UiRun,
  ) {}

  static async open(): Promise<Workbench> {
    const run = uiRun();
    const playwright = createRequire(path.join(run.rigDir, 'package.json'))('playwright-core') as PlaywrightCore;
    fs.rmSync(run.browserProfileDir, { recursive: true, force: true });
    const context = await playwright.chromium.launchPersistentContext(run.browserProfileDir, {
      executablePath: run.chromiumPath,
      headless: run.headless,
      args: run.chromiumArgs,
      viewport: { width: 1400, height: 900 },
      timeout: 60_000,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(run.workbenchUrl, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const workbench = new Workbench(page, context, run);
    await page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout: 60_000 });
    return workbench;
  }

  /** Saves a numbered screenshot named `name` and returns its path. */
  async screenshot(name: string): Promise<string> {
    this.shots++;
    const file = path.join(this.run.screenshotsDir, `${String(this.shots).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** The activity-bar entry with the accessible name `name`. */
  activityBarItem(name: TextMatch): Locator {
    return this.page.locator('.part.activitybar').getByRole('tab', { name });
  }

  /** Shows the Python Mastery view (a click on its activity-bar entry when it is not shown: a click on a shown one hides it). */
  async showPythonMastery(): Promise<void> {
    const item = this.activityBarItem(/^Python Mastery/);
    await item.waitFor({ state: 'visible', timeout: 30_000 });
    if ((await item.getAttribute('aria-selected')) !== 'true' || !(await this.sideBar.isVisible())) await item.click();
  }

  /** The side bar's view container (the part that shows the views of the chosen activity). */
  get sideBar(): Locator {
    return this.page.locator('.part.sidebar');
  }

  /** The row of a tree in the side bar whose label is `label`. */
  treeItem(label: string): Locator {
    return this.sideBar.getByRole('treeitem', { name: new RegExp(`^${escapeRegExp(label)}(,|$)`) });
  }

  /** The editor tab titled `title`. */
  editorTab(title: TextMatch): Locator {
    return this.page.locator('.part.editor .tabs-container').getByRole('tab', { name: title });
  }

  /** The content of the webview shown in the active editor. */
  activeWebview(): FrameLocator {
    return this.page.locator('iframe.webview.ready').last().contentFrame().locator('iframe#active-frame').contentFrame();
  }

  /** The frame of the webview shown in the active editor, for running scripts in it. */
  async activeWebviewFrame(): Promise<Frame> {
    const outer = await this.page.locator('iframe.webview.ready').last().elementHandle({ timeout: 30_000 });
    const host = await outer?.contentFrame();
    if (!host) throw new Error('No webview is open');
    const inner = await this.page.locator('iframe.webview.ready').last().contentFrame().locator('iframe#active-frame').elementHandle({ timeout: 30_000 });
    const frame = await inner?.contentFrame();
    if (!frame) throw new Error('The webview shows no page');
    return frame;
  }

  /** Picks a colour theme by its name in "Preferences: Color Theme", as a person does. */
  async selectColorTheme(name: string): Promise<void> {
    await this.runCommand('Preferences: Color Theme');
    const quickInput = this.page.locator('.quick-input-widget');
    await quickInput.locator('input').waitFor({ state: 'visible' });
    await this.page.keyboard.type(name);
    await quickInput.getByRole('option', { name: new RegExp(`^${escapeRegExp(name)}`) }).first().click();
    await quickInput.waitFor({ state: 'hidden' });
  }

  /** Picks a colour theme by its name in the theme picker, e.g. "Light High Contrast". */
  async setColorTheme(name: string): Promise<void> {
    await this.runCommand('Preferences: Color Theme');
    const quickInput = this.page.locator('.quick-input-widget');
    await this.page.keyboard.type(name);
    await quickInput.getByRole('option', { name: new RegExp(`^${escapeRegExp(name)}`) }).first().waitFor({ state: 'visible' });
    await this.page.keyboard.press('Enter');
    await quickInput.waitFor({ state: 'hidden' });
  }

  /** Saves a numbered screenshot of one element, named `name`, and returns its path. */
  async screenshotOf(locator: Locator, name: string): Promise<string> {
    this.shots++;
    const file = path.join(this.run.screenshotsDir, `${String(this.shots).padStart(2, '0')}-${name}.png`);
    await locator.screenshot({ path: file });
    return file;
  }

  /** Writes `data` as JSON beside the screenshots. */
  saveReport(name: string, data: unknown): string {
    const file = path.join(this.run.screenshotsDir, `${name}.json`);
    fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
    return file;
  }

  /** Runs a command from the Command Palette by its title. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await this.page.keyboard.type(`${title}`);
    await this.page.locator('.quick-input-widget').getByRole('option', { name: new RegExp(escapeRegExp(title)) }).first().click();
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The compiled curriculum the packaged extension ships, for what the journeys expect to see. */
export function shippedTracks(): { id: string; title: string; modules: { id: string; title: string; lessons: { key: string; title: string; milestones: { title: string }[] }[] }[] }[] {
  const file = path.join(uiRun().projectRoot, 'dist', 'curriculum.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { tracks: ReturnType<typeof shippedTracks> }).tracks;
}
