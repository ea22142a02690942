import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, eventually, testHooks, webviewTabs } from './helpers';

const VIEW_TYPE = 'pythonMastery.lesson';

async function lessons() {
  const api = await activateExtension();
  return api.tracks.flatMap((track) => track.modules.flatMap((m) => m.lessons));
}

describe('lesson panel', () => {
  beforeEach(closeAllEditors);
  after(closeAllEditors);

  it('opens a lesson by key in a webview titled with the lesson', async () => {
    const [lesson] = await lessons();
    assert.ok(lesson);
    const opened = await vscode.commands.executeCommand<boolean>('pythonMastery.openLesson', lesson.key);
    assert.equal(opened, true);
    const tab = await eventually('the lesson tab', () => webviewTabs(VIEW_TYPE)[0]);
    assert.equal(tab.label, lesson.title);
    const hooks = await testHooks();
    assert.equal(hooks.lessonPanel()?.lesson.key, lesson.key);
  });

  it('renders the lesson text as HTML under a strict content security policy', async () => {
    const [lesson] = await lessons();
    assert.ok(lesson);
    await vscode.commands.executeCommand('pythonMastery.openLesson', lesson.key);
    const hooks = await testHooks();
    const html = hooks.lessonPanel()?.html ?? '';
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce, 'scripts are allowed by nonce only');
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.ok(scripts.length > 0);
    for (const script of scripts) assert.ok(script.includes(`nonce="${nonce}"`), `${script} carries the nonce`);
    assert.ok(html.includes(`<h1>`), 'the lesson has a title');
    assert.match(html, /<h2>[^<]+<\/h2>/, 'the Markdown headings are rendered');
    assert.match(html, /<pre><code/, 'the code blocks are rendered');
    for (const milestone of lesson.milestones) {
      const title = milestone.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
      assert.ok(html.includes(title), `milestone "${milestone.title}" is listed`);
    }
  });

  it('reuses one panel when another lesson is opened', async () => {
    const all = await lessons();
    const first = all[0];
    const second = all[1] ?? all[0];
    assert.ok(first && second);
    await vscode.commands.executeCommand('pythonMastery.openLesson', first.key);
    await vscode.commands.executeCommand('pythonMastery.openLesson', second.key);
    const tab = await eventually('the lesson tab', () => {
      const tabs = webviewTabs(VIEW_TYPE);
      return tabs.length === 1 && tabs[0]?.label === second.title ? tabs[0] : undefined;
    });
    assert.equal(tab.label, second.title);
    const hooks = await testHooks();
    assert.equal(hooks.lessonPanel()?.lesson.key, second.key);
  });

  it('says so, and opens nothing, for a lesson key that does not exist', async () => {
    const opened = await vscode.commands.executeCommand<boolean>('pythonMastery.openLesson', 'no-such-track/no-such-lesson');
    assert.equal(opened, false);
    assert.equal(webviewTabs(VIEW_TYPE).length, 0);
  });

  it('forgets the panel once it is closed', async () => {
    const [lesson] = await lessons();
    assert.ok(lesson);
    await vscode.commands.executeCommand('pythonMastery.openLesson', lesson.key);
    const hooks = await testHooks();
    assert.ok(hooks.lessonPanel());
    await closeAllEditors();
    await eventually('the panel to be gone', () => (hooks.lessonPanel() === undefined ? true : undefined));
  });
});
