/**
 * Finding the way through the course and keeping the learner's progress: the tree's states follow
 * each run, the commands that move between lessons, reset a milestone, export and import progress,
 * the status bar item, the dashboard and the walkthrough, each run as the learner (or a walkthrough
 * link) would run it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CurriculumNode } from '../../../src/extension/curriculumTree';
import type { ResetOutcome } from '../../../src/extension/progressActions';
import type { MilestoneRunResult } from '../../../src/extension/milestoneRuns';
import type { ImportResult } from '../../../src/core/progress';
import { activateExtension, closeAllEditors, eventually, testHooks, webviewTabs } from './helpers';

const SAY = 'team-katas/fizzbuzz/say';
const FIZZBUZZ = 'team-katas/fizzbuzz';
const ODD_CASES = 'team-katas/odd-cases';
const STARTER = 'def say(n: int) -> str:\n    """The word for n: Fizz, Buzz, FizzBuzz, or n itself as text."""\n    raise NotImplementedError\n';
const RIGHT = 'def say(n):\n    return "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)\n';
const WRONG = 'def say(n):\n    return str(n)\n';

function root(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suites run in a workspace');
  return folder.uri.fsPath;
}

const fizzbuzzFile = () => path.join(root(), 'katas', 'fizzbuzz.py');

async function nodeOf(key: string): Promise<CurriculumNode> {
  const { curriculumTree } = await testHooks();
  const walk = (nodes: CurriculumNode[]): CurriculumNode | undefined => {
    for (const node of nodes) {
      const id = node.kind === 'milestone' ? node.milestone.key : node.kind === 'lesson' ? node.lesson.key : node.kind === 'track' ? node.track.id : `${node.track.id}/${node.module.id}`;
      if (id === key) return node;
      const found = walk(curriculumTree.getChildren(node));
      if (found) return found;
    }
    return undefined;
  };
  const found = walk(curriculumTree.getChildren());
  assert.ok(found, `the tree has ${key}`);
  return found;
}

async function treeItem(key: string): Promise<vscode.TreeItem> {
  const { curriculumTree } = await testHooks();
  return curriculumTree.getTreeItem(await nodeOf(key));
}

async function iconOf(key: string): Promise<string> {
  const icon = (await treeItem(key)).iconPath;
  assert.ok(icon instanceof vscode.ThemeIcon, 'a codicon');
  return `${icon.id}${icon.color ? ` ${icon.color.id}` : ''}`;
}

async function reset(key: string): Promise<ResetOutcome> {
  const outcome = await vscode.commands.executeCommand<ResetOutcome>('pythonMastery.resetMilestone', key, { confirm: false });
  assert.ok(outcome, `${key} was reset`);
  return outcome;
}

async function run(key: string): Promise<MilestoneRunResult> {
  const result = await vscode.commands.executeCommand<MilestoneRunResult>('pythonMastery.runMilestone', key);
  assert.ok(result);
  return result;
}

async function write(file: string, text: string): Promise<void> {
  const uri = vscode.Uri.file(file);
  const open = vscode.workspace.textDocuments.find((doc) => doc.uri.fsPath === file);
  if (open) {
    const editor = await vscode.window.showTextDocument(open);
    await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, open.lineCount, 0), text));
    await open.save();
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
  }
}

describe('navigation and progress', function () {
  this.timeout(60_000);

  before(async () => {
    await activateExtension();
    await vscode.workspace.getConfiguration('pythonMastery').update('pythonPath', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.getConfiguration('pythonMastery').update('runOnSave', false, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('pythonMastery.startMilestone', SAY);
    await reset(SAY);
    await closeAllEditors();
  });
  after(async () => {
    await vscode.workspace.getConfiguration('pythonMastery').update('runOnSave', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  describe('the tree', () => {
    it('shows each milestone\'s state as a coloured codicon, and it follows every run', async () => {
      assert.equal(await iconOf(SAY), 'circle-large-outline testing.iconUnset');
      assert.match(String((await treeItem(FIZZBUZZ)).description), /^0\/1/);
      await write(fizzbuzzFile(), WRONG);
      assert.equal((await run(SAY)).outcome, 'fail');
      assert.equal(await iconOf(SAY), 'error testing.iconFailed');
      assert.equal(await iconOf(FIZZBUZZ), 'issue-draft testing.iconQueued', 'the lesson is under way');
      await write(fizzbuzzFile(), RIGHT);
      assert.equal((await run(SAY)).outcome, 'pass');
      assert.equal(await iconOf(SAY), 'pass-filled testing.iconPassed');
      assert.equal(await iconOf(FIZZBUZZ), 'pass-filled testing.iconPassed', 'its only milestone passed');
      assert.match(String((await treeItem(FIZZBUZZ)).description), /^1\/1/);
      assert.match(String((await treeItem('team-katas')).description), /^1\/4 · this workspace$/);
      assert.match(String((await treeItem('team-katas/warm-ups')).description), /^1\/4$/);
    });

    it('redraws a milestone and everything above it when its run ends', async () => {
      const { curriculumTree } = await testHooks();
      const redrawn: string[] = [];
      const subscription = curriculumTree.onDidChangeTreeData((changed) => {
        for (const node of Array.isArray(changed) ? changed : changed ? [changed] : []) redrawn.push(curriculumTree.getTreeItem(node).id ?? '');
      });
      try {
        await run(SAY);
        await eventually('the redraw', () => (redrawn.includes('milestone:team-katas/fizzbuzz/say') ? true : undefined));
        for (const id of ['lesson:team-katas/fizzbuzz', 'module:team-katas/warm-ups', 'track:team-katas']) assert.ok(redrawn.includes(id), `${id} in ${redrawn.join(', ')}`);
      } finally {
        subscription.dispose();
      }
    });

    it('gives every item a tooltip with its full title, and menus by kind', async () => {
      const { curriculumTree } = await testHooks();
      const visit = (nodes: CurriculumNode[]) => {
        for (const node of nodes) {
          const item = curriculumTree.getTreeItem(node);
          assert.ok(item.tooltip instanceof vscode.MarkdownString, `${item.id} has a tooltip`);
          const tooltip = item.tooltip.value.replace(/\\(.)/g, '$1').replace(/&nbsp;/g, ' ');
          const title = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
          assert.ok(tooltip.includes(title), `${item.id}: "${tooltip}" has "${title}"`);
          assert.ok(item.iconPath instanceof vscode.ThemeIcon, `${item.id} has a state icon`);
          visit(curriculumTree.getChildren(node));
        }
      };
      visit(curriculumTree.getChildren());
      assert.equal((await treeItem(SAY)).contextValue, 'milestone.code');
      assert.equal((await treeItem(FIZZBUZZ)).contextValue, 'lesson');
      const menus = (vscode.extensions.getExtension('python-mastery.python-mastery')!.packageJSON as { contributes: { menus: Record<string, { command: string; when: string }[]> } }).contributes.menus['view/item/context']!;
      const onCode = menus.filter((m) => m.when.includes('viewItem == milestone.code') || m.when.includes('/^milestone\\./')).map((m) => m.command);
      for (const command of ['runMilestone', 'startMilestone', 'resetMilestone', 'showNextHint']) assert.ok(onCode.includes(`pythonMastery.${command}`), command);
      assert.ok(menus.some((m) => m.command === 'pythonMastery.openLesson' && m.when.includes('viewItem == lesson')));
    });

    it('Reveal Current Lesson selects the lesson open in the panel', async () => {
      await vscode.commands.executeCommand('pythonMastery.openLesson', ODD_CASES);
      const revealed = await vscode.commands.executeCommand<string>('pythonMastery.revealCurrentLesson');
      assert.equal(revealed, ODD_CASES);
      const hooks = await testHooks();
      await eventually('the selection', () => {
        const [selected] = hooks.treeView.selection as CurriculumNode[];
        return selected?.kind === 'lesson' && selected.lesson.key === ODD_CASES ? true : undefined;
      });
      assert.equal(hooks.treeView.visible, true);
    });
  });

  /** Closes every editor and waits until the lesson panel is gone. */
  async function closePanel(): Promise<void> {
    await closeAllEditors();
    const hooks = await testHooks();
    await eventually('the lesson panel to close', () => (hooks.lessonPanel() === undefined ? true : undefined));
  }

  describe('moving between lessons', () => {
    it('the tree selects the lesson open in the panel', async () => {
      await vscode.commands.executeCommand('workbench.view.extension.pythonMastery');
      await vscode.commands.executeCommand('pythonMastery.openLesson', FIZZBUZZ);
      const hooks = await testHooks();
      await eventually('the selection', () => {
        const [selected] = hooks.treeView.selection as CurriculumNode[];
        return selected?.kind === 'lesson' && selected.lesson.key === FIZZBUZZ ? true : undefined;
      });
    });

    it('Next and Previous Lesson move within the track, and say so at its ends', async () => {
      await vscode.commands.executeCommand('pythonMastery.openLesson', FIZZBUZZ);
      assert.equal(await vscode.commands.executeCommand('pythonMastery.nextLesson'), ODD_CASES);
      assert.equal((await testHooks()).lessonPanel()?.lesson.key, ODD_CASES);
      assert.equal(await vscode.commands.executeCommand('pythonMastery.nextLesson'), undefined, 'the last lesson of the track');
      assert.equal(await vscode.commands.executeCommand('pythonMastery.previousLesson'), FIZZBUZZ);
      assert.equal(await vscode.commands.executeCommand('pythonMastery.previousLesson'), undefined, 'the first lesson of the track');
    });

    it('Continue Where I Left Off opens the current lesson until it is passed, then the next', async () => {
      await vscode.commands.executeCommand('pythonMastery.openLesson', FIZZBUZZ);
      await closePanel();
      // Fizzbuzz's only milestone is passed: continue goes on to the next lesson.
      assert.equal(await vscode.commands.executeCommand('pythonMastery.continue'), ODD_CASES);
      await vscode.commands.executeCommand('pythonMastery.openLesson', 'twenty-three-days/day-1-types');
      assert.equal((await testHooks()).currentLessonKey(), 'twenty-three-days/day-1-types');
      await closePanel();
      assert.equal((await testHooks()).currentLessonKey(), 'twenty-three-days/day-1-types', 'the last one opened, once the panel is closed');
      assert.equal(await vscode.commands.executeCommand('pythonMastery.continue'), 'twenty-three-days/day-1-types');
    });

    it('the status bar names the current lesson and its track\'s progress, and opens it', async () => {
      await vscode.commands.executeCommand('pythonMastery.openLesson', FIZZBUZZ);
      const hooks = await testHooks();
      await eventually('the status bar', () => (hooks.lessonStatusText().startsWith('$(book) Fizz, buzz and the modulo') ? true : undefined));
      assert.match(hooks.lessonStatusText(), / · 1\/4$/);
      assert.equal(hooks.currentLessonKey(), FIZZBUZZ);
    });
  });

  describe('starting and resetting a milestone', () => {
    it('Start Milestone never overwrites the learner\'s file, and says it differs from the starter', async () => {
      await write(fizzbuzzFile(), WRONG);
      const outcome = await vscode.commands.executeCommand<{ copied: string[]; differing: string[] }>('pythonMastery.startMilestone', SAY);
      assert.deepEqual(outcome, { copied: [], differing: ['katas/fizzbuzz.py'] });
      assert.equal(fs.readFileSync(fizzbuzzFile(), 'utf8'), WRONG);
    });

    it('Reset Milestone keeps a timestamped backup, restores the starter and forgets the progress', async () => {
      await write(fizzbuzzFile(), RIGHT);
      await run(SAY);
      const hooks = await testHooks();
      assert.equal(hooks.progressOf(SAY)?.status, 'passed');
      const before = new Date();
      const outcome = await reset(SAY);
      assert.deepEqual(outcome.restored, ['katas/fizzbuzz.py']);
      const backup = outcome.backups['katas/fizzbuzz.py'];
      assert.ok(backup, 'a backup was kept');
      assert.match(backup, /^\.pymastery\/backups\/\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(-\d+)?\/katas\/fizzbuzz\.py$/);
      const stamp = backup.split('/')[2]!.slice(0, 19).replace(/T(\d{2})-(\d{2})-(\d{2})/, 'T$1:$2:$3Z');
      assert.ok(Math.abs(Date.parse(stamp) - before.getTime()) < 60_000, `the backup is stamped with the time of the reset (${stamp})`);
      assert.equal(fs.readFileSync(path.join(root(), ...backup.split('/')), 'utf8'), RIGHT);
      assert.equal(fs.readFileSync(fizzbuzzFile(), 'utf8'), STARTER);
      assert.equal(outcome.forgotten, 1);
      assert.equal(hooks.progressOf(SAY)?.status, 'not-started');
      assert.equal(await iconOf(SAY), 'circle-large-outline testing.iconUnset');
      const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', vscode.Uri.file(fizzbuzzFile()))) ?? [];
      assert.ok(lenses.some((l) => l.command?.title.startsWith('▶ Run check')), 'the lens forgot the last run');
    });

    it('a start asked for before a folder was open carries on in that folder\'s window', async () => {
      const hooks = await testHooks();
      fs.rmSync(path.join(root(), 'katas', 'spin.py'), { force: true });
      await hooks.rememberPendingStart('team-katas/odd-cases/spins', vscode.Uri.file(root()));
      await hooks.resumePendingStart();
      assert.ok(fs.existsSync(path.join(root(), 'katas', 'spin.py')), 'the starter was copied in');
      await eventually('the file in an editor', () => (vscode.window.activeTextEditor?.document.uri.fsPath.endsWith('spin.py') ? true : undefined));
      fs.rmSync(path.join(root(), 'katas', 'spin.py'));
      await hooks.resumePendingStart();
      assert.ok(!fs.existsSync(path.join(root(), 'katas', 'spin.py')), 'only once');
    });

    it('a reset with nothing changed keeps no backup', async () => {
      const outcome = await reset(SAY);
      assert.deepEqual(outcome.backups, {});
      assert.deepEqual(outcome.restored, []);
    });
  });

  describe('export and import', () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-export-'));
    after(() => fs.rmSync(scratch, { recursive: true, force: true }));

    it('an export imported again gives back the same progress', async () => {
      await write(fizzbuzzFile(), WRONG);
      await run(SAY);
      await write(fizzbuzzFile(), RIGHT);
      await run(SAY);
      const hooks = await testHooks();
      const passed = hooks.progressOf(SAY);
      assert.equal(passed?.status, 'passed');
      const file = path.join(scratch, 'progress.json');
      assert.equal(await vscode.commands.executeCommand('pythonMastery.exportProgress', file), file);
      const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
      assert.equal(exported.version, 3);
      assert.deepEqual(exported.milestones[SAY], passed);

      await reset(SAY);
      assert.equal(hooks.progressOf(SAY)?.status, 'not-started');
      const result = await vscode.commands.executeCommand<ImportResult>('pythonMastery.importProgress', file, 'merge');
      assert.equal(result?.ok, true);
      assert.deepEqual(hooks.progressOf(SAY), passed);
      assert.equal(await iconOf(SAY), 'pass-filled testing.iconPassed', 'the tree follows the import');

      const replaced = await vscode.commands.executeCommand<ImportResult>('pythonMastery.importProgress', file, 'replace');
      assert.deepEqual(replaced, { ok: true, added: 0, updated: 0, unchanged: Object.keys(exported.milestones).length, removed: 0 });
    });

    it('a file that is not an export changes nothing and says why', async () => {
      const hooks = await testHooks();
      const before = hooks.progressOf(SAY);
      const file = path.join(scratch, 'notes.json');
      fs.writeFileSync(file, '{"hello": "world"}');
      const result = await vscode.commands.executeCommand<ImportResult>('pythonMastery.importProgress', file, 'replace');
      assert.equal(result?.ok, false);
      if (result && !result.ok) assert.match(result.error, /not a Python Mastery progress export: it has no format version/);
      assert.deepEqual(hooks.progressOf(SAY), before);
    });
  });

  describe('the dashboard', () => {
    beforeEach(closeAllEditors);

    it('Show Progress opens one dashboard, under a strict policy, and sends it the report', async () => {
      assert.equal(await vscode.commands.executeCommand('pythonMastery.showProgress'), true);
      assert.equal(await vscode.commands.executeCommand('pythonMastery.showProgress'), true);
      await eventually('the dashboard tab', () => (webviewTabs('pythonMastery.dashboard').length === 1 ? true : undefined));
      const hooks = await testHooks();
      const dashboard = hooks.dashboard();
      assert.ok(dashboard);
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(dashboard.html)?.[1] ?? '';
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /script-src 'nonce-[^']+'/);
      const report = await eventually('the report', () => dashboard.lastReport);
      const katas = report.tracks.find((t) => t.id === 'team-katas');
      assert.ok(katas);
      assert.equal(katas.passed, 1);
      assert.equal(katas.pace.status === 'not-started', false, 'the learner has begun this track');
      assert.ok(report.calendar.some((day) => day.attempts > 0), 'today is in the calendar');
    });

    it('redraws after a run', async () => {
      await vscode.commands.executeCommand('pythonMastery.showProgress');
      const hooks = await testHooks();
      const dashboard = await eventually('the dashboard', () => hooks.dashboard());
      const before = await eventually('a first report', () => dashboard.lastReport);
      const attempts = (r: typeof before) => r.calendar.reduce((sum, day) => sum + day.attempts, 0);
      await run(SAY);
      await eventually('a report with the new attempt', () => (dashboard.lastReport && attempts(dashboard.lastReport) > attempts(before) ? true : undefined));
    });
  });

  describe('the first run', () => {
    after(async () => {
      await vscode.workspace.getConfiguration('workbench').update('welcomePage.walkthroughs.openOnInstall', undefined, vscode.ConfigurationTarget.Global);
      await closeAllEditors();
    });

    it('Get Started opens the walkthrough', async () => {
      await closeAllEditors();
      assert.equal(await vscode.commands.executeCommand('pythonMastery.gettingStarted'), true);
      await eventually('the walkthrough tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => /welcome|walkthrough|get started/i.test(t.label)));
    });

    it('shows the view, and opens the walkthrough when walkthroughs may open on install', async () => {
      await closeAllEditors();
      const hooks = await testHooks();
      await vscode.workspace.getConfiguration('workbench').update('welcomePage.walkthroughs.openOnInstall', false, vscode.ConfigurationTarget.Global);
      assert.equal(await hooks.welcome(), 'view');
      await eventually('the view', () => (hooks.treeView.visible ? true : undefined));
      await vscode.workspace.getConfiguration('workbench').update('welcomePage.walkthroughs.openOnInstall', true, vscode.ConfigurationTarget.Global);
      assert.equal(await hooks.welcome(), 'walkthrough');
      await eventually('the walkthrough tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => /welcome|walkthrough|get started/i.test(t.label)));
    });

    it('its steps complete on the commands and the first pass', async () => {
      const walkthrough = (vscode.extensions.getExtension('python-mastery.python-mastery')!.packageJSON as {
        contributes: { walkthroughs: { steps: { id: string; completionEvents: string[] }[] }[] };
      }).contributes.walkthroughs[0]!;
      const events = Object.fromEntries(walkthrough.steps.map((s) => [s.id, s.completionEvents]));
      assert.deepEqual(events.selectInterpreter, ['onCommand:pythonMastery.selectInterpreter']);
      assert.deepEqual(events.openLesson, ['onCommand:pythonMastery.openLesson']);
      assert.deepEqual(events.startMilestone, ['onCommand:pythonMastery.startMilestone']);
      assert.deepEqual(events.passMilestone, ['onContext:pythonMastery.passedAMilestone']);
      const registered = await vscode.commands.getCommands(true);
      for (const command of ['selectInterpreter', 'openLesson', 'startMilestone', 'runMilestone', 'showProgress']) assert.ok(registered.includes(`pythonMastery.${command}`));
    });
  });
});
