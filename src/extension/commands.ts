/**
 * The commands, one factory per command: `(ctx) => handler`. The `pythonMastery.` prefix is
 * applied here only.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { lessonsOf, type Lesson, type MilestoneKey } from '../core/curriculum/model';
import type { Ctx } from './ctx';
import type { CurriculumNode } from './curriculumTree';
import { LEARNER_COMMANDS } from './learnerCommands';
import { LessonPanel } from './lessonPanel';
import { anchorLine, type MilestoneRunResult } from './milestoneRuns';
import { fraction, lessonKeys, stateCodicon, stateLabel } from './milestoneStates';
import { describeInterpreter, PYTHON_EXTENSION_ID } from './python';

export const COMMAND_PREFIX = 'pythonMastery.';

type Handler = (...args: unknown[]) => unknown;
type CommandFactory = (ctx: Ctx) => Handler;

/** Opens a lesson by key (`track/lesson`) or tree node; without one, asks which lesson. */
const openLesson: CommandFactory = (ctx) => async (target?: unknown) => {
  const lesson = typeof target === 'undefined' ? await pickLesson(ctx) : lessonFrom(ctx, target);
  if (!lesson) {
    if (typeof target !== 'undefined') {
      void vscode.window.showWarningMessage(vscode.l10n.t('Python Mastery has no lesson {0}.', describe(target)));
    }
    return false;
  }
  ctx.learner.current.opened(lesson.key);
  await LessonPanel.createOrShow(ctx, lesson);
  return true;
};

/** Shows the Python Mastery log. */
const showLog: CommandFactory = (ctx) => () => ctx.log.show();

/**
 * Runs one milestone's checks as a Test Explorer run. Takes a milestone key or a tree node; without
 * one, the milestone of the active editor under the cursor, else asks. Resolves to the result.
 */
const runMilestone: CommandFactory = (ctx) => async (target?: unknown) => {
  const key = milestoneKeyFrom(target) ?? (await pickCodeMilestone(ctx));
  if (!key) return undefined;
  const [result] = await ctx.surfaces.tests.runMilestones([key], 'user');
  if (result) tellAboutRun(ctx, result);
  return result;
};

/** Reveals the next hint of a milestone and shows it. */
const showNextHint: CommandFactory = (ctx) => async (target?: unknown) => {
  const key = milestoneKeyFrom(target) ?? (await pickCodeMilestone(ctx));
  const place = key ? ctx.runs.place(key) : undefined;
  if (!key || !place) return undefined;
  await ctx.progressReady;
  const hints = place.milestone.hints;
  if (hints.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('"{0}" has no hints.', place.milestone.title));
    return 0;
  }
  const level = ctx.runs.revealNextHint(key);
  const hint = hints[Math.max(0, level - 1)];
  void vscode.window.showInformationMessage(vscode.l10n.t('{0}, hint {1} of {2}: {3}', place.milestone.title, level, hints.length, hint ?? ''));
  return level;
};

/** Picks the interpreter checks run with: the Python extension's picker when it is installed. */
const selectInterpreter: CommandFactory = (ctx) => async () => {
  const fromSetting = ctx.config.settings().pythonCommand;
  if (ctx.interpreters.hasPythonExtension && !fromSetting) {
    await vscode.commands.executeCommand('python.setInterpreter');
    return ctx.surfaces.status.update();
  }
  type Pick = vscode.QuickPickItem & { value?: string; action?: 'enter' | 'clear' | 'install' };
  const picks: Pick[] = [];
  for (const candidate of candidateInterpreters()) picks.push({ label: candidate, value: candidate });
  picks.push({ label: vscode.l10n.t('$(folder) Enter an interpreter path…'), action: 'enter' });
  if (fromSetting) picks.push({ label: vscode.l10n.t('$(clear-all) Stop using the pythonMastery.pythonPath setting'), detail: fromSetting.join(' '), action: 'clear' });
  if (!ctx.interpreters.hasPythonExtension) picks.push({ label: vscode.l10n.t('$(extensions) Install the Python extension to choose among environments'), action: 'install' });
  const picked = await vscode.window.showQuickPick(picks, { placeHolder: vscode.l10n.t('The Python interpreter that runs your checks') });
  if (!picked) return undefined;
  if (picked.action === 'install') {
    await vscode.commands.executeCommand('workbench.extensions.search', PYTHON_EXTENSION_ID);
    return undefined;
  }
  if (picked.action === 'clear') {
    await ctx.config.setPythonPath(undefined);
    return ctx.surfaces.status.update();
  }
  const value = picked.action === 'enter'
    ? await vscode.window.showInputBox({ prompt: vscode.l10n.t('Path of a Python 3.8+ executable'), placeHolder: '/usr/bin/python3', ignoreFocusOut: true })
    : picked.value;
  if (!value) return undefined;
  await ctx.config.setPythonPath(value);
  const state = await ctx.surfaces.status.update();
  if (!state.ok) void vscode.window.showWarningMessage(state.problem.message);
  return state;
};

/** Installs a milestone's missing packages into the interpreter, in a terminal the learner sees. */
const installPackages: CommandFactory = (ctx) => async (target?: unknown) => {
  const key = milestoneKeyFrom(target);
  const latest = key ? ctx.runs.latest(key) : undefined;
  const missing = latest?.blocked?.missing ?? [];
  const interpreter = latest?.interpreter;
  if (!key || missing.length === 0 || !interpreter) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to install: run the check first to see which packages are missing.'));
    return false;
  }
  const terminal = vscode.window.createTerminal({ name: vscode.l10n.t('Python Mastery: install {0}', missing.map((r) => r.installName).join(', ')) });
  terminal.show();
  terminal.sendText([...interpreter.command, '-m', 'pip', 'install', ...missing.map((r) => r.installName)].map(shellQuote).join(' '));
  return true;
};

/**
 * Copies a milestone's starter files that are not in the learner's folder yet (never overwriting
 * one that is), then opens the target file at the anchor. A file of the learner's that differs
 * from its starter is left alone, with an offer to compare the two. Without a folder, asks for one
 * and starts there once it is open. Resolves to what it copied and what differs.
 */
const startMilestone: CommandFactory = (ctx) => async (target?: unknown) => {
  const key = milestoneKeyFrom(target) ?? (await pickCodeMilestone(ctx));
  const place = key ? ctx.runs.place(key) : undefined;
  if (!key || !place) return undefined;
  const folder = ctx.runs.folderFor(place.milestone);
  if (!folder) {
    const picked = await vscode.window.showOpenDialog({
      title: vscode.l10n.t('Choose a folder for your code: "{0}" starts there', place.milestone.title),
      openLabel: vscode.l10n.t('Keep My Code Here'),
      canSelectFiles: false,
      canSelectFolders: true,
      canSelectMany: false,
    });
    if (!picked?.[0]) return undefined;
    // Opening a folder starts this window again; the start carries on there.
    await ctx.learner.rememberPendingStart(key, picked[0]);
    await vscode.commands.executeCommand('vscode.openFolder', picked[0]);
    return undefined;
  }
  const { lesson, milestone } = place;
  const tools = ctx.learner.tools();
  const { copied, failed } = await tools.copyMissingStarterFiles(lesson, folder);
  for (const { file, error } of failed) void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}: {1}', file, error));
  const differing = await tools.filesDifferingFromStarter(lesson, milestone, folder);
  const outcome = { copied, differing };
  const targetFile = milestone.files[0];
  if (!targetFile) return outcome;
  const uri = vscode.Uri.joinPath(folder.uri, ...targetFile.split('/'));
  if (!fs.existsSync(uri.fsPath)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} has no starter file; create it in {1} to begin.', targetFile, folder.name));
    return outcome;
  }
  const line = Math.max(0, (anchorLine(folder, targetFile, milestone.anchor) ?? 1) - 1);
  await vscode.window.showTextDocument(uri, { selection: new vscode.Range(line, 0, line, 0) });
  ctx.surfaces.tests.rebuild();
  if (differing.length > 0) {
    const files = differing.join(', ');
    const message = differing.length === 1
      ? vscode.l10n.t('{0} is already yours and differs from the starter, so it was left as it is.', files)
      : vscode.l10n.t('{0} are already yours and differ from the starter, so they were left as they are.', files);
    void vscode.window.showInformationMessage(message, vscode.l10n.t('Compare with Starter')).then((choice) => {
      if (choice) void tools.showDiffAgainstStarter(lesson, folder, differing[0]!);
    });
  }
  return outcome;
};

const COMMANDS: Record<string, CommandFactory> = {
  openLesson,
  showLog,
  runMilestone,
  showNextHint,
  selectInterpreter,
  installPackages,
  startMilestone,
};

export function registerCommands(ctx: Ctx): void {
  for (const [name, factory] of Object.entries({ ...COMMANDS, ...LEARNER_COMMANDS })) {
    ctx.pushExtCleanup(vscode.commands.registerCommand(`${COMMAND_PREFIX}${name}`, factory(ctx)));
  }
}

function lessonFrom(ctx: Ctx, target: unknown): Lesson | undefined {
  if (typeof target === 'string') return ctx.findLesson(target);
  const node = target as Partial<CurriculumNode> | null;
  if (node && (node.kind === 'lesson' || node.kind === 'milestone') && 'lesson' in node) return node.lesson;
  return undefined;
}

function describe(target: unknown): string {
  return typeof target === 'string' ? `"${target}"` : 'for this item';
}

/** Every lesson, grouped by track, with its module and state. */
async function pickLesson(ctx: Ctx): Promise<Lesson | undefined> {
  type Item = vscode.QuickPickItem & { lesson?: Lesson };
  const items: Item[] = [];
  const current = ctx.learner.current.place()?.lesson.key;
  for (const track of ctx.tracks) {
    items.push({ label: track.title, kind: vscode.QuickPickItemKind.Separator });
    for (const module of track.modules) {
      for (const lesson of module.lessons) {
        const keys = lessonKeys(lesson);
        const state = ctx.learner.states.ofGroup(keys);
        const counts = ctx.learner.states.counts(keys);
        items.push({
          label: `${stateCodicon(state)} ${lesson.title}`,
          description: `${track.title} › ${module.title}`,
          detail: [
            vscode.l10n.t('{0} milestones', fraction(counts)), stateLabel(state),
            ...(lesson.key === current ? [vscode.l10n.t('current lesson')] : []), ...(lesson.summary ? [lesson.summary] : []),
          ].join(' · '),
          lesson,
        });
      }
    }
  }
  if (!items.some((item) => item.lesson)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Python Mastery has no lessons to open.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Open a lesson'), matchOnDescription: true, matchOnDetail: true });
  return picked?.lesson;
}

function milestoneKeyFrom(target: unknown): MilestoneKey | undefined {
  if (typeof target === 'string') return target;
  const node = target as Partial<CurriculumNode> | null;
  if (node && node.kind === 'milestone' && 'milestone' in node && node.milestone) return node.milestone.key;
  const item = target as { id?: unknown } | null;
  return typeof item?.id === 'string' && item.id.split('/').length === 3 ? item.id : undefined;
}

/** The code milestone of the active editor's file under the cursor, else one the learner picks. */
async function pickCodeMilestone(ctx: Ctx): Promise<MilestoneKey | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (editor) {
    const relative = vscode.workspace.asRelativePath(editor.document.uri, false).split('\\').join('/');
    const here = ctx.index.milestonesForFile(relative);
    if (here.length === 1) return here[0]!.key;
    if (here.length > 1) {
      const picked = await vscode.window.showQuickPick(here.map((m) => ({ label: m.title, description: m.anchor, key: m.key })), { placeHolder: vscode.l10n.t('Which milestone?') });
      return picked?.key;
    }
  }
  const items = ctx.tracks.flatMap((track) => lessonsOf(track).flatMap((lesson) => lesson.milestones
    .filter((m) => m.kind === 'code')
    .map((m) => ({ label: m.title, description: `${track.title} › ${lesson.title}`, key: m.key }))));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Which milestone?'), matchOnDescription: true });
  return picked?.key;
}

/**
 * After a run the learner asked for: a pass or a failure speaks through the lens, the diagnostics
 * and Test Explorer; a run that could not happen gets one message with the action that helps.
 */
function tellAboutRun(ctx: Ctx, result: MilestoneRunResult): void {
  const title = result.place?.milestone.title ?? result.key;
  if (result.outcome === 'pass') {
    vscode.window.setStatusBarMessage(vscode.l10n.t('$(pass) {0}: passed', title), 5000);
    return;
  }
  const actions: Array<[string, () => unknown]> = [];
  let message: string | undefined;
  if (result.outcome === 'blocked' && result.blocked) {
    message = result.blocked.message;
    switch (result.blocked.reason) {
      case 'interpreter': actions.push([vscode.l10n.t('Select Interpreter'), () => vscode.commands.executeCommand('pythonMastery.selectInterpreter')]); break;
      case 'untrusted': actions.push([vscode.l10n.t('Manage Workspace Trust'), () => vscode.commands.executeCommand('workbench.trust.manage')]); break;
      case 'no-folder': actions.push([vscode.l10n.t('Open Folder…'), () => vscode.commands.executeCommand('workbench.action.files.openFolder')]); break;
      case 'missing-file': actions.push([vscode.l10n.t('Start Milestone'), () => vscode.commands.executeCommand('pythonMastery.startMilestone', result.key)]); break;
      case 'missing-packages': actions.push([vscode.l10n.t('Install'), () => vscode.commands.executeCommand('pythonMastery.installPackages', result.key)]); break;
      default: break;
    }
  } else if (result.run?.problem && !result.findings.some((f) => f.file)) {
    message = result.run.problem.message;
    actions.push([vscode.l10n.t('Show Log'), () => ctx.log.show()]);
  } else if (result.outcome === 'fail' || result.outcome === 'error') {
    const { failing, total } = result.summary;
    vscode.window.setStatusBarMessage(vscode.l10n.t('$(error) {0}: {1} of {2} failing', title, failing, total), 5000);
  }
  if (!message) return;
  const text = result.interpreter
    ? vscode.l10n.t('{0} (Python {1}): {2}', title, describeInterpreter(result.interpreter), message)
    : vscode.l10n.t('{0}: {1}', title, message);
  void vscode.window.showWarningMessage(text, ...actions.map(([label]) => label)).then((choice) => {
    actions.find(([label]) => label === choice)?.[1]();
  });
}

/** Python candidates on this machine for the picker, without the Python extension. */
function candidateInterpreters(): string[] {
  const names = process.platform === 'win32' ? ['py', 'python', 'python3'] : ['python3', 'python', '/usr/bin/python3', '/usr/local/bin/python3', '/opt/homebrew/bin/python3'];
  const found = new Set<string>();
  for (const name of names) {
    if (path.isAbsolute(name)) {
      if (fs.existsSync(name)) found.add(name);
      continue;
    }
    for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
      const candidate = path.join(dir, name);
      if (dir && fs.existsSync(candidate)) {
        found.add(candidate);
        break;
      }
    }
  }
  return [...found];
}

function shellQuote(part: string): string {
  if (/^[\w@%+=:,./-]+$/.test(part)) return part;
  return process.platform === 'win32' ? `"${part.replace(/"/g, '""')}"` : `'${part.replace(/'/g, `'\\''`)}'`;
}
