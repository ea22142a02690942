/**
 * A learner's first visit: find Python Mastery in the activity bar, see the tracks, open a
 * lesson from the tree, read it and see its milestones, then open another one from the Command
 * Palette.
 */
import * as assert from 'node:assert/strict';
import { Workbench, escapeRegExp, shippedTracks } from './workbench';

describe('a first lesson, as a learner opens it', () => {
  let workbench: Workbench;
  const [track] = shippedTracks();
  const module = track?.modules[0];
  const lesson = module?.lessons[0];

  before(async () => {
    assert.ok(track && module && lesson, 'the extension ships a track with a lesson');
    workbench = await Workbench.open();
  });

  after(async () => {
    await workbench?.close();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await workbench?.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`);
  });

  it('finds Python Mastery in the activity bar', async () => {
    const item = workbench.activityBarItem(/^Python Mastery/);
    await item.waitFor({ state: 'visible', timeout: 30_000 });
    await workbench.screenshot('workbench');
  });

  it('sees every track in the Python Mastery view', async () => {
    // The first run brings the view forward by itself.
    await workbench.showPythonMastery();
    for (const shipped of shippedTracks()) {
      await workbench.treeItem(shipped.title).waitFor({ state: 'visible', timeout: 30_000 });
    }
    await workbench.screenshot('tracks');
  });

  it('opens a lesson from the tree, reads it in its own panel and sees its milestones', async () => {
    assert.ok(track && module && lesson);
    await workbench.treeItem(track.title).click();
    await workbench.treeItem(module.title).click();
    await workbench.treeItem(lesson.title).click();
    await workbench.editorTab(new RegExp(`^${escapeRegExp(lesson.title)}`)).waitFor({ state: 'visible', timeout: 30_000 });
    const page = workbench.activeWebview();
    await page.getByRole('heading', { name: lesson.title, exact: true }).waitFor({ state: 'visible', timeout: 30_000 });
    await page.getByRole('heading', { name: 'Milestones' }).waitFor({ state: 'attached' });
    await workbench.treeItem(lesson.title).locator('.monaco-tl-twistie').click();
    for (const milestone of lesson.milestones) await workbench.treeItem(milestone.title).waitFor({ state: 'visible' });
    await workbench.screenshot('lesson');
  });

  it('opens another lesson from the Command Palette, in the same panel', async () => {
    const lessons = shippedTracks().flatMap((t) => t.modules.flatMap((m) => m.lessons.map((l) => ({ ...l, track: t.title }))));
    const other = lessons.find((l) => l.key !== lesson?.key) ?? lessons[0];
    assert.ok(other);
    await workbench.runCommand('Python Mastery: Open Lesson');
    const quickInput = workbench.page.locator('.quick-input-widget');
    await workbench.page.keyboard.type(other.title);
    await quickInput.getByRole('option', { name: new RegExp(escapeRegExp(other.title)) }).first().click();
    await workbench.activeWebview().getByRole('heading', { name: other.title, exact: true }).waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(await workbench.page.locator('.part.editor .tabs-container').getByRole('tab').count(), 1, 'one lesson panel');
    await workbench.screenshot('another-lesson');
  });
});
