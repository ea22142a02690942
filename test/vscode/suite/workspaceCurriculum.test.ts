import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, eventually, testHooks } from './helpers';

function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suites run in a workspace');
  return folder.uri.fsPath;
}

describe("the workspace's own curriculum", () => {
  const brokenDir = () => path.join(workspaceRoot(), '.pymastery', 'curriculum', 'half-done');
  after(() => fs.rmSync(brokenDir(), { recursive: true, force: true }));

  it('loads the tracks in .pymastery/curriculum beside the built-in ones', async () => {
    const api = await activateExtension();
    const track = api.tracks.find((t) => t.id === 'team-katas');
    assert.ok(track, 'the fixture track is loaded');
    assert.equal(track.origin, 'workspace');
    const builtin = api.tracks.filter((t) => t.origin === 'builtin');
    assert.ok(builtin.length > 0);
    assert.equal(api.tracks.indexOf(track), builtin.length, 'workspace tracks come after the built-in ones');
    const { curriculumTree } = await testHooks();
    const node = curriculumTree.getChildren().find((n) => n.kind === 'track' && n.track.id === 'team-katas');
    assert.ok(node, 'the tree lists it');
    assert.match(String(curriculumTree.getTreeItem(node).description), /this workspace/);
  });

  it('validates live: a broken track appears in Problems at its line, and loads once fixed', async () => {
    const api = await activateExtension();
    fs.mkdirSync(brokenDir(), { recursive: true });
    const trackFile = path.join(brokenDir(), 'track.yaml');
    fs.writeFileSync(trackFile, 'id: half-done\ntitle: Half done\nmodules:\n  - id: one\n    title: One\n    lessons: [missing-lesson]\n');
    const uri = vscode.Uri.file(trackFile);
    const problems = await eventually('a diagnostic for the broken track', () => {
      const found = vscode.languages.getDiagnostics(uri);
      return found.length > 0 ? found : undefined;
    });
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /Unknown lesson id "missing-lesson"/);
    assert.equal(problems[0]!.range.start.line, 5, 'on the line that names the lesson (0-based)');
    assert.equal(problems[0]!.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(api.tracks.some((t) => t.id === 'team-katas'), 'the other workspace track still loads');
    assert.ok(!api.tracks.some((t) => t.id === 'half-done'));

    fs.writeFileSync(trackFile, 'id: half-done\ntitle: Half done\nmodules:\n  - id: one\n    title: One\n    lessons: [fizzbuzz]\n');
    fs.cpSync(path.join(workspaceRoot(), '.pymastery', 'curriculum', 'team-katas', 'fizzbuzz'), path.join(brokenDir(), 'fizzbuzz'), { recursive: true });
    await eventually('the fixed track to load', () => (api.tracks.some((t) => t.id === 'half-done') ? true : undefined));
    assert.deepEqual(vscode.languages.getDiagnostics(uri), []);
  });
});
