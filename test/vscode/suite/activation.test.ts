import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, extension, shippedCurriculum } from './helpers';

describe('activation', () => {
  it('activates and loads every track of the shipped curriculum', async () => {
    const api = await activateExtension();
    assert.equal(extension().isActive, true);
    const shipped = shippedCurriculum();
    assert.ok(shipped.tracks.length > 0, 'the packaged extension ships at least one track');
    assert.deepEqual(
      api.tracks.filter((t) => t.origin === 'builtin').map((t) => t.id),
      shipped.tracks.map((t) => t.id),
    );
  });

  it('resolves lesson text, check files and lesson folders inside the installed extension', async () => {
    const api = await activateExtension();
    const root = extension().extensionUri.fsPath;
    for (const track of api.tracks.filter((t) => t.origin === 'builtin')) {
      for (const lesson of track.modules.flatMap((m) => m.lessons)) {
        assert.ok(lesson.text.startsWith(root), `${lesson.key} text ${lesson.text} is under ${root}`);
        const stat = await vscode.workspace.fs.stat(vscode.Uri.file(lesson.text));
        assert.equal(stat.type, vscode.FileType.File, `${lesson.text} is a file`);
        for (const milestone of lesson.milestones) {
          if (milestone.kind !== 'code') continue;
          await vscode.workspace.fs.stat(vscode.Uri.file(milestone.check));
        }
      }
    }
  });

  it('registers every command it contributes', async () => {
    await activateExtension();
    const contributed = (extension().packageJSON as { contributes: { commands: { command: string }[] } }).contributes.commands.map((c) => c.command);
    assert.ok(contributed.includes('pythonMastery.openLesson'));
    const registered = await vscode.commands.getCommands(true);
    for (const command of contributed) assert.ok(registered.includes(command), `${command} is registered`);
  });

  it('shows its log on request', async () => {
    await activateExtension();
    await vscode.commands.executeCommand('pythonMastery.showLog');
  });

  it('shows the Python Mastery view container and its curriculum view', async () => {
    await activateExtension();
    await vscode.commands.executeCommand('workbench.view.extension.pythonMastery');
    await vscode.commands.executeCommand('pythonMastery.curriculum.focus');
  });

  it('was installed from a VSIX that holds only what runs: no tests, solutions, source maps or caches', function () {
    const root = extension().extensionPath;
    if (!fs.existsSync(path.join(root, '.vsixmanifest'))) this.skip(); // running from the source folder
    const files = (fs.readdirSync(root, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/'));
    // Course content may hold folders named src or test (a starter's package layout); the
    // extension's own sources, tests and build leftovers must not ship.
    const unexpected = files.filter((f) => f.startsWith('curriculum/')
      ? /(^|\/)(node_modules|__pycache__)(\/|$)|\.(map|pyc)$/.test(f)
      : /(^|\/)(test|node_modules|src|__pycache__)(\/|$)|\.(map|ts|pyc)$/.test(f) && !f.endsWith('.d.ts'));
    assert.deepEqual(unexpected, []);
    for (const expected of ['package.json', 'dist/extension.js', 'dist/curriculumLoader.js', 'dist/engine.js', 'dist/learnerTools.js', 'dist/webview/dashboard.js', 'dist/curriculum.json', 'media/python-mastery.svg', 'media/dashboard.css', 'harness/run_checks.py']) {
      assert.ok(files.includes(expected), `${expected} is shipped`);
    }
  });

  it('runs in the learner workspace the test opened', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1);
    assert.equal(folders[0]?.name, 'learner-workspace');
  });
});
