/**
 * What the lesson panel shows, built from the one source of each fact: the curriculum, the
 * rendered lesson, the progress store, the run pipeline's latest results and the session's
 * predictions. Pure reads; the panel posts what these functions return.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { describeFinding, type Finding } from '../core/checks/findings';
import { lessonsOf, type CodeMilestone, type Lesson, type Milestone, type PredictMilestone, type QuizMilestone, type ReflectMilestone, type Track } from '../core/curriculum/model';
import type { RenderedLesson, RenderedMilestone } from '../core/lessons/rendered';
import type { MilestoneProgress } from '../core/progress';
import type { CodeResultView, LessonView, MilestoneView } from '../protocol/lesson';
import type { LoadedLesson } from './lessonMarkdown';
import type { LessonScripts } from './lessonScripts';
import type { MilestoneRunResult, MilestoneRuns } from './milestoneRuns';

export interface ViewSources {
  runs: MilestoneRuns;
  progress(key: string): MilestoneProgress | undefined;
  scripts: LessonScripts;
}

const NOT_STARTED: MilestoneProgress = { status: 'not-started', attempts: 0, hintLevel: 0 };
const MAX_DETAILS = 3;

export function lessonView(sources: ViewSources, track: Track, lesson: Lesson, loaded: LoadedLesson, resourceBase: string): LessonView {
  const { rendered } = loaded;
  const lessons = lessonsOf(track);
  const index = lessons.findIndex((l) => l.key === lesson.key);
  const neighbour = (l: Lesson | undefined) => (l ? { key: l.key, title: l.title } : undefined);
  const runBlocked = sources.scripts.blockedReason();
  return {
    key: lesson.key,
    title: lesson.title,
    titleHtml: rendered.title,
    track: track.title,
    ...(rendered.summary ? { summaryHtml: rendered.summary } : {}),
    ...(lesson.estimate !== undefined ? { estimate: lesson.estimate } : {}),
    objectivesHtml: rendered.objectives,
    questionsHtml: rendered.questions,
    ...(loaded.textProblem ? { textProblem: loaded.textProblem } : { html: rendered.html }),
    resourceBase,
    ...(index > 0 ? { previous: neighbour(lessons[index - 1]) } : {}),
    ...(index >= 0 && index < lessons.length - 1 ? { next: neighbour(lessons[index + 1]) } : {}),
    milestones: lesson.milestones.map((m) => milestoneView(sources, m, rendered)),
    ...(runBlocked ? { runBlocked } : {}),
  };
}

export function milestoneView(sources: ViewSources, milestone: Milestone, rendered: RenderedLesson): MilestoneView {
  const text = rendered.milestones[milestone.id] ?? plainTexts(milestone);
  const progress = sources.progress(milestone.key) ?? NOT_STARTED;
  const common = {
    key: milestone.key,
    id: milestone.id,
    titleHtml: text.title,
    ...(text.summary ? { summaryHtml: text.summary } : {}),
    ...(milestone.difficulty ? { difficulty: milestone.difficulty } : {}),
    status: progress.status,
    attempts: progress.attempts,
  };
  switch (milestone.kind) {
    case 'code':
      return { kind: 'code', ...common, ...codeState(sources, milestone, text, progress) };
    case 'quiz':
      return { kind: 'quiz', ...common, ...quizState(milestone, text, progress) };
    case 'predict':
      return { kind: 'predict', ...common, ...predictState(sources, milestone, text, progress) };
    case 'reflect':
      return { kind: 'reflect', ...common, ...reflectState(milestone, text, progress) };
  }
}

function codeState(sources: ViewSources, milestone: CodeMilestone, text: RenderedMilestone, progress: MilestoneProgress) {
  const folder = sources.runs.folderFor(milestone);
  const file = milestone.files[0];
  const hints = text.hints ?? milestone.hints.map(escapeHtml);
  const latest = sources.runs.latest(milestone.key);
  return {
    ...(file ? { file } : {}),
    ...(milestone.anchor ? { anchor: milestone.anchor } : {}),
    started: Boolean(folder && file && fs.existsSync(path.join(folder.uri.fsPath, ...file.split('/')))),
    running: sources.runs.isRunning(milestone.key),
    hintsHtml: hints.slice(0, Math.min(progress.hintLevel, milestone.hints.length)),
    hintCount: milestone.hints.length,
    ...(latest ? { result: codeResult(latest) } : {}),
  };
}

/** The latest run, as the card shows it. */
export function codeResult(result: MilestoneRunResult): CodeResultView {
  const { passed, failing, total } = result.summary;
  const finding = (f: Finding) => {
    const text = describeFinding({ ...f, milestoneHint: undefined });
    return f.file ? vscode.l10n.t('{0}, line {1}: {2}', f.file, f.line, text) : text;
  };
  const details = result.findings.slice(0, MAX_DETAILS).map(finding);
  if (result.findings.length > MAX_DETAILS) details.push(vscode.l10n.t('… and {0} more in the Problems panel.', result.findings.length - MAX_DETAILS));
  switch (result.outcome) {
    case 'pass':
      return { outcome: 'pass', headline: total > 0 ? vscode.l10n.t('✓ Passed: {0} of {1} checks', passed, total) : vscode.l10n.t('✓ Passed'), details: [], finishedAt: result.finishedAt };
    case 'fail':
      return { outcome: 'fail', headline: total === 1 ? vscode.l10n.t('✗ {0} of 1 check failing', failing) : vscode.l10n.t('✗ {0} of {1} checks failing', failing, total), details, finishedAt: result.finishedAt };
    case 'error':
      return {
        outcome: 'error',
        headline: vscode.l10n.t('✗ The check could not finish'),
        details: details.length > 0 ? details : [result.run?.problem?.message ?? vscode.l10n.t('The check stopped with an error.')],
        finishedAt: result.finishedAt,
      };
    case 'blocked':
      return { outcome: 'blocked', headline: vscode.l10n.t('Not run'), details: [result.blocked?.message ?? vscode.l10n.t('The check did not run.')], finishedAt: result.finishedAt };
    case 'cancelled':
      return { outcome: 'cancelled', headline: vscode.l10n.t('Cancelled'), details: [], finishedAt: result.finishedAt };
  }
}

function quizState(milestone: QuizMilestone, text: RenderedMilestone, progress: MilestoneProgress) {
  const choices = text.choices ?? milestone.choices.map((c) => ({ text: escapeHtml(c.text), ...(c.note ? { note: escapeHtml(c.note) } : {}) }));
  const answer = progress.answer?.kind === 'quiz' ? progress.answer : undefined;
  const selected = answer ? answer.selected.filter((i) => i < milestone.choices.length) : [];
  return {
    questionHtml: text.question ?? escapeHtml(milestone.question),
    choicesHtml: choices.map((c) => c.text),
    ...(answer ? {
      answer: {
        selected,
        correct: isCorrectQuizAnswer(milestone, selected),
        choices: milestone.choices.map((c, i) => ({ correct: c.correct, ...(choices[i]?.note ? { noteHtml: choices[i]!.note! } : {}) })),
      },
    } : {}),
  };
}

/** Right when the learner chose every correct choice and nothing else. */
export function isCorrectQuizAnswer(milestone: QuizMilestone, selected: readonly number[]): boolean {
  const chosen = new Set(selected);
  return milestone.choices.every((choice, i) => choice.correct === chosen.has(i)) && [...chosen].every((i) => i >= 0 && i < milestone.choices.length);
}

function predictState(sources: ViewSources, milestone: PredictMilestone, text: RenderedMilestone, progress: MilestoneProgress) {
  const answer = progress.answer?.kind === 'predict' ? progress.answer : undefined;
  const result = sources.scripts.predictResult(milestone.key);
  const answered = progress.attempts > 0 || (result !== undefined && !result.problem);
  const explanation = text.explanation ?? (milestone.explanation ? escapeHtml(milestone.explanation) : undefined);
  return {
    snippetHtml: text.snippet ?? `<pre><code>${escapeHtml(milestone.snippet)}</code></pre>`,
    compare: milestone.compare ?? 'exact',
    ...(answer ? { prediction: answer.text } : {}),
    running: sources.scripts.isPredicting(milestone.key),
    ...(result ? { result } : {}),
    ...(answered && explanation ? { explanationHtml: explanation } : {}),
  };
}

function reflectState(milestone: ReflectMilestone, text: RenderedMilestone, progress: MilestoneProgress) {
  const answer = progress.answer?.kind === 'reflect' ? progress.answer : undefined;
  return {
    promptHtml: text.prompt ?? escapeHtml(milestone.prompt),
    text: answer?.text ?? '',
    done: answer?.done ?? false,
  };
}

/** A milestone's texts as plain text, for a rendered lesson that does not know the milestone. */
function plainTexts(milestone: Milestone): RenderedMilestone {
  return { title: escapeHtml(milestone.title), ...(milestone.summary ? { summary: escapeHtml(milestone.summary) } : {}) };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
