/**
 * The learner loop in a real VS Code: start a milestone, press the lens, see the failure on the
 * right line with a hint that unfolds, fix the code and see it pass; with the interpreter the
 * Python extension has selected; and a clear message for every way a run cannot happen.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MilestoneRunResult } from '../../../src/extension/milestoneRuns';
import { activateExtension, closeAllEditors, eventually } from './helpers';

const SAY = 'team-katas/fizzbuzz/say';
const NEEDS_PACKAGE = 'team-katas/odd-cases/needs-a-package';
const BROKEN_CHECK = 'team-katas/odd-cases/broken-check';
const SPINS = 'team-katas/odd-cases/spins';

function root(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suites run in a workspace');
  return folder.uri.fsPath;
}

function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Python Mastery');
}

async function run(key: string): Promise<MilestoneRunResult> {
  const result = await vscode.commands.executeCommand<MilestoneRunResult>('pythonMastery.runMilestone', key);
  assert.ok(result, `a result for ${key}`);
  return result;
}

async function lenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
}

async function setPythonPath(value: string | string[] | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('pythonMastery').update('pythonPath', value, vscode.ConfigurationTarget.Workspace);
}

async function writeAndSave(uri: vscode.Uri, text: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, doc.lineCount, 0), text));
  await doc.save();
  return doc;
}

const WRONG_SAY = [
  'def say(n: int) -> str:',
  '    """The word for n."""',
  '    if n % 3 == 0:',
  '        return "Fizz"',
  '    if n % 5 == 0:',
  '        return "Buzz"',
  '    return str(n)',
  '',
].join('\n');

const RIGHT_SAY = [
  'def say(n: int) -> str:',
  '    """The word for n."""',
  '    if n % 15 == 0:',
  '        return "FizzBuzz"',
  '    if n % 3 == 0:',
  '        return "Fizz"',
  '    if n % 5 == 0:',
  '        return "Buzz"',
  '    return str(n)',
  '',
].join('\n');

describe('the learner loop', function () {
  this.timeout(60_000);
  const fizzbuzz = () => vscode.Uri.file(path.join(root(), 'katas', 'fizzbuzz.py'));

  before(async () => {
    await activateExtension();
    await setPythonPath(undefined);
  });
  after(async () => {
    await setPythonPath(undefined);
    await closeAllEditors();
  });

  it('Start Milestone copies the starter and opens it at the anchor; the lens sits on the def', async () => {
    fs.rmSync(path.join(root(), 'katas'), { recursive: true, force: true });
    await vscode.commands.executeCommand('pythonMastery.startMilestone', SAY);
    assert.ok(fs.existsSync(fizzbuzz().fsPath));
    const editor = await eventually('the target file in an editor', () =>
      vscode.window.activeTextEditor?.document.uri.fsPath === fizzbuzz().fsPath ? vscode.window.activeTextEditor : undefined);
    assert.equal(editor.selection.active.line, 0, 'the cursor is on `def say`');
  });

  it('the lens reads "▶ Run check" above the anchor before any run', async () => {
    const all = await lenses(fizzbuzz());
    const lens = all.find((l) => l.command?.title.startsWith('▶ Run check: Say the right word'));
    assert.ok(lens, JSON.stringify(all.map((l) => l.command?.title)));
    assert.equal(lens.range.start.line, 0);
    assert.equal(lens.command?.command, 'pythonMastery.runMilestone');
    assert.deepEqual(lens.command?.arguments, [SAY]);
  });

  it('a wrong answer fails on the learner\'s line, and the hint unfolds with each attempt', async () => {
    const doc = await writeAndSave(fizzbuzz(), WRONG_SAY);
    const first = await run(SAY);
    assert.equal(first.outcome, 'fail');
    const diagnostics = ourDiagnostics(doc.uri);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    const [diagnostic] = diagnostics;
    assert.equal(diagnostic!.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diagnostic!.range.start.line, 0, 'on `def say`, the function the check called');
    assert.match(diagnostic!.message, /Expected: 'FizzBuzz'/);
    assert.match(diagnostic!.message, /Actual: 'Fizz'/);
    assert.match(diagnostic!.message, /Hint: Check fifteen first\./);
    assert.doesNotMatch(diagnostic!.message, /Hint 1 of/, 'the first failure shows the check\'s own words only');
    assert.equal(typeof diagnostic!.code === 'object' && diagnostic!.code.value, 'Say the right word for a number');

    const second = await run(SAY);
    assert.equal(second.progress?.hintLevel, 1);
    assert.match(ourDiagnostics(doc.uri)[0]!.message, /Hint 1 of 2: n % 3 == 0 tells you/);
    await run(SAY);
    assert.match(ourDiagnostics(doc.uri)[0]!.message, /Hint 2 of 2: Test for multiples of fifteen/);

    const all = await lenses(doc.uri);
    assert.ok(all.some((l) => /^✗ Say the right word for a number: 1 of 1 failing/.test(l.command?.title ?? '')), JSON.stringify(all.map((l) => l.command?.title)));
  });

  it('quick fixes offer the lesson and another run', async () => {
    const doc = await vscode.workspace.openTextDocument(fizzbuzz());
    const [diagnostic] = ourDiagnostics(doc.uri);
    assert.ok(diagnostic);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.some((t) => t.startsWith('Open lesson: Fizz, buzz')), JSON.stringify(titles));
    assert.ok(titles.some((t) => t.startsWith('Run check again')), JSON.stringify(titles));
  });

  it('editing the failing line makes its diagnostic stale', async () => {
    const doc = await vscode.workspace.openTextDocument(fizzbuzz());
    const editor = await vscode.window.showTextDocument(doc);
    assert.equal(ourDiagnostics(doc.uri).length, 1);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, doc.lineAt(0).text.length), ' '));
    await eventually('the stale diagnostic to go', () => (ourDiagnostics(doc.uri).length === 0 ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('fixing the code passes: diagnostics clear and the lens reads ✓', async () => {
    const doc = await writeAndSave(fizzbuzz(), RIGHT_SAY);
    const result = await run(SAY);
    assert.equal(result.outcome, 'pass', JSON.stringify(result.run?.checks));
    assert.deepEqual(ourDiagnostics(doc.uri), []);
    assert.equal(result.progress?.status, 'passed');
    const all = await lenses(doc.uri);
    assert.ok(all.some((l) => l.command?.title === '✓ Say the right word for a number: passed · run again'), JSON.stringify(all.map((l) => l.command?.title)));
  });

  it('an unsaved edit is saved before the check runs', async () => {
    const doc = await vscode.workspace.openTextDocument(fizzbuzz());
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, doc.lineCount, 0), WRONG_SAY));
    assert.ok(doc.isDirty);
    const result = await run(SAY);
    assert.equal(result.outcome, 'fail', 'the check saw the unsaved text');
    assert.ok(!doc.isDirty);
  });

  it('saving the file runs the check again (run on save)', async () => {
    const next = new Promise<MilestoneRunResult>((resolve) => {
      void activateExtension().then((api) => {
        const subscription = api.onDidRunMilestone((result) => {
          if (result.key === SAY && result.outcome !== 'cancelled') {
            subscription.dispose();
            resolve(result);
          }
        });
      });
    });
    await writeAndSave(fizzbuzz(), RIGHT_SAY);
    const result = await next;
    assert.equal(result.outcome, 'pass');
  });

  it('two runs of the same milestone at once: the newer replaces the older', async () => {
    const [older, newer] = await Promise.all([run(SAY), run(SAY)]);
    assert.equal(older.outcome, 'cancelled');
    assert.equal(older.superseded, true);
    assert.equal(newer.outcome, 'pass');
  });
});

describe('the interpreter', function () {
  this.timeout(60_000);
  const standIn = () => vscode.extensions.getExtension('ms-python.python');

  before(async () => {
    await activateExtension();
    await setPythonPath(undefined);
  });
  after(async () => {
    await setPythonPath(undefined);
    if (standIn()) await vscode.commands.executeCommand('pythonStandIn.setActiveEnvironmentPath', 'python3');
  });

  it('follows the Python extension\'s active environment, and the status bar follows too', async function () {
    if (!standIn()) this.skip();
    const api = await activateExtension();
    await standIn()!.activate();
    const system = '/usr/bin/python3';
    if (!fs.existsSync(system)) this.skip();
    await vscode.commands.executeCommand<string>('pythonStandIn.setActiveEnvironmentPath', 'python3');
    const first = await run(SAY);
    assert.equal(first.interpreter?.source, 'python-extension');
    assert.notEqual(first.interpreter!.info.executable, system, 'the pyenv Python on PATH, not the system one');

    await vscode.commands.executeCommand('pythonStandIn.setActiveEnvironmentPath', system);
    const second = await run(SAY);
    assert.equal(second.interpreter?.info.executable, system);
    assert.equal(second.run?.python?.executable, system, 'the harness itself ran on it');
    await eventually('the status bar to name the new version', () =>
      api.interpreterStatusText.includes(second.interpreter!.info.version) ? true : undefined);
  });

  it('the pythonPath setting wins over the Python extension', async () => {
    await setPythonPath('/usr/bin/python3');
    const result = await run(SAY);
    assert.equal(result.interpreter?.source, 'setting');
    assert.equal(result.interpreter?.info.executable, '/usr/bin/python3');
  });

  it('an interpreter that does not exist: one clear message, and progress kept', async () => {
    const api = await activateExtension();
    void api;
    await setPythonPath('/nonexistent/bin/python3');
    const result = await run(SAY);
    assert.equal(result.outcome, 'blocked');
    assert.equal(result.blocked?.reason, 'interpreter');
    assert.match(result.blocked!.message, /Python was not found at "\/nonexistent\/bin\/python3"/);
    assert.match(result.blocked!.message, /Select Interpreter/);
    assert.equal(result.progress, undefined);
    await eventually('the status bar warning', () => (api.interpreterStatusText.includes('none usable') ? true : undefined));
  });

  it('a program that is not Python says so', async () => {
    await setPythonPath('/bin/echo');
    const result = await run(SAY);
    assert.equal(result.blocked?.reason, 'interpreter');
    assert.match(result.blocked!.message, /did not answer like a Python interpreter/);
  });

  it('Python 3.7 is named as too old', async function () {
    const old = path.join(os.homedir(), '.pyenv', 'versions');
    const version = fs.existsSync(old) ? fs.readdirSync(old).find((v) => v.startsWith('3.7')) : undefined;
    if (!version) this.skip();
    await setPythonPath(path.join(old, version, 'bin', 'python'));
    const result = await run(SAY);
    assert.equal(result.blocked?.reason, 'interpreter');
    assert.match(result.blocked!.message, /Python 3\.7\.\d+; checks need Python 3\.8 or newer/);
  });

  it('an interpreter deleted between runs is noticed at the next run', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-python-'));
    const link = path.join(dir, 'python3');
    fs.symlinkSync('/usr/bin/python3', link);
    await setPythonPath(link);
    assert.equal((await run(SAY)).outcome, 'pass');
    fs.rmSync(dir, { recursive: true, force: true });
    const result = await run(SAY);
    assert.equal(result.blocked?.reason, 'interpreter');
    assert.match(result.blocked!.message, /was not found/);
  });
});

describe('runs that cannot go the ordinary way', function () {
  this.timeout(60_000);
  before(async () => {
    await activateExtension();
    await setPythonPath(undefined);
  });

  it('a target file that does not exist says how to start', async () => {
    fs.rmSync(path.join(root(), 'katas', 'tables.py'), { force: true });
    const result = await run(NEEDS_PACKAGE);
    assert.equal(result.blocked?.reason, 'missing-file');
    assert.match(result.blocked!.message, /katas\/tables\.py is not in your folder/);
    assert.match(result.blocked!.message, /Start the milestone/);
  });

  it('a missing package is a diagnostic whose quick fix installs it into the interpreter', async () => {
    await vscode.commands.executeCommand('pythonMastery.startMilestone', NEEDS_PACKAGE);
    const uri = vscode.Uri.file(path.join(root(), 'katas', 'tables.py'));
    const result = await run(NEEDS_PACKAGE);
    assert.equal(result.blocked?.reason, 'missing-packages');
    assert.match(result.blocked!.message, /needs tabulate-nowhere/);
    const [diagnostic] = ourDiagnostics(uri);
    assert.ok(diagnostic, 'a diagnostic in the target file');
    assert.equal(diagnostic.code, 'missing-package');
    assert.equal(diagnostic.range.start.line, 0, 'on the anchor');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
    const install = actions.find((a) => a.title.startsWith('Install tabulate-nowhere into '));
    assert.ok(install, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(install.command?.command, 'pythonMastery.installPackages');
  });

  it('a fault in the course\'s check is told apart from the learner\'s code', async () => {
    const result = await run(BROKEN_CHECK);
    assert.equal(result.outcome, 'error');
    const messages = result.findings.map((f) => f.message).join('\n');
    assert.match(messages, /course/i, messages);
  });

  it('code that never ends is stopped, and the diagnostic lands on the loop', async () => {
    await vscode.commands.executeCommand('pythonMastery.startMilestone', SPINS);
    const uri = vscode.Uri.file(path.join(root(), 'katas', 'spin.py'));
    await writeAndSave(uri, 'def spin():\n    n = 0\n    while True:\n        n += 1\n');
    const result = await run(SPINS);
    assert.equal(result.run?.status, 'timeout');
    const [diagnostic] = ourDiagnostics(uri);
    assert.ok(diagnostic, 'a diagnostic for the timeout');
    assert.ok([2, 3].includes(diagnostic.range.start.line), `on the loop, not line ${diagnostic.range.start.line}`);
    assert.match(diagnostic.message, /still running after 1 s/);
  });
});
