/**
 * In Restricted Mode nothing runs the learner's code: the lens says why and offers to manage
 * trust, and a run asked for anyway is refused with that reason. Lessons still open. These tests
 * run in a second code-server whose workspace opens untrusted.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MilestoneRunResult } from '../../../src/extension/milestoneRuns';
import { activateExtension, testHooks } from './helpers';

const SAY = 'team-katas/fizzbuzz/say';

describe('an untrusted workspace', function () {
  this.timeout(60_000);

  before(function () {
    if (vscode.workspace.isTrusted) this.skip();
  });

  it('activates in Restricted Mode and still lists the lessons', async () => {
    const api = await activateExtension();
    assert.ok(api.tracks.some((t) => t.id === 'twenty-three-days'));
  });

  it('runs nothing: the run is refused with the reason and the way to trust', async () => {
    await activateExtension();
    const root = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    const file = path.join(root, 'katas', 'fizzbuzz.py');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Code that would leave a mark if it ever ran.
    const mark = path.join(root, 'ran.txt');
    fs.writeFileSync(file, `open(${JSON.stringify(mark)}, "w").write("ran")\n\ndef say(n):\n    return str(n)\n`);
    const result = await vscode.commands.executeCommand<MilestoneRunResult>('pythonMastery.runMilestone', SAY);
    assert.equal(result?.outcome, 'blocked');
    assert.equal(result.blocked?.reason, 'untrusted');
    assert.match(result.blocked!.message, /trusted workspace/);
    assert.ok(!fs.existsSync(mark), 'the learner\'s code did not run');
  });

  it('the lens says why and offers to manage trust', async () => {
    const root = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    const uri = vscode.Uri.file(path.join(root, 'katas', 'fizzbuzz.py'));
    await vscode.window.showTextDocument(uri);
    const all = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
    const lens = all.find((l) => l.command?.command === 'workbench.trust.manage');
    assert.ok(lens, JSON.stringify(all.map((l) => l.command?.title)));
    assert.match(lens.command!.title, /trust this workspace/);
    assert.ok(!all.some((l) => l.command?.command === 'pythonMastery.runMilestone'), 'no lens offers to run');
  });

  it('shows lessons in the panel, and says why its examples and snippets do not run', async () => {
    await activateExtension();
    await vscode.commands.executeCommand('pythonMastery.openLesson', 'twenty-three-days/day-1-types');
    const panel = (await testHooks()).lessonPanel();
    assert.ok(panel);
    await panel.whenRendered('twenty-three-days/day-1-types');
    assert.match(panel.view?.runBlocked ?? '', /trusted workspace/);
    const snapshot = await panel.snapshot();
    assert.match(snapshot.text, /run only in a trusted workspace/);
  });
});
