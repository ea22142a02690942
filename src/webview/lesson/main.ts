/**
 * The lesson panel's page. It shows what the extension sends and sends back what the learner
 * does; every message is checked on arrival against the protocol in src/protocol/lesson.ts.
 * It keeps, with `setState`, only what VS Code should hand back after a reload: the lesson on
 * show, text not sent yet, and the scroll position.
 */
import * as l10n from '@vscode/l10n';
import '../translations';
import {
  fromWebview, panelBoot, panelState, toWebview,
  type ExampleResultView, type FromWebview, type LessonView, type MilestoneView, type PanelBoot, type PanelState, type ToWebview,
} from '../../protocol/lesson';
import { parse } from '../../protocol/validate';
import { h } from './dom';
import { describeExample, lessonPage, refreshExample, replaceCard, type PageContext } from './page';
import './lesson.css';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app')!;
const announcer = document.getElementById('announcer')!;

const boot = readBoot();
const saved = parse(panelState, vscode.getState());

/**
 * True when this page was shown something newer than the HTML it was loaded from: VS Code loads
 * a panel again from its first HTML when it is shown after being hidden. Then the page waits for
 * the extension's fresh view instead of showing the old one.
 */
const bootIsStale = saved.ok && boot !== undefined && saved.value.session === boot.session && (saved.value.version ?? 0) > boot.version;

let state: PanelState = initialState(boot);
let lesson: LessonView | undefined;
const milestones = new Map<string, MilestoneView>();
const retrying = new Set<string>();
const exampleResults = new Map<number, ExampleResultView>();
const runningExamples = new Set<number>();

/** What the extension wrote into the page for it to show first. */
function readBoot(): PanelBoot | undefined {
  try {
    const checked = parse(panelBoot, JSON.parse(document.getElementById('lesson-boot')?.textContent || 'null'));
    if (checked.ok) return checked.value;
    console.error(`Python Mastery: the page's own data is malformed: ${checked.problem}`);
  } catch (error) {
    console.error('Python Mastery: the page\'s own data could not be read', error);
  }
  return undefined;
}

/** The state VS Code kept for this panel (unsent text, scroll), for the lesson the page is for. */
function initialState(first: PanelBoot | undefined): PanelState {
  const kept = saved.ok ? saved.value : undefined;
  if (!first) return kept ?? { lessonKey: '' };
  if (bootIsStale && kept) return kept;
  const base = { lessonKey: first.lessonKey, session: first.session, version: first.version };
  if (!kept) return base;
  return kept.lessonKey === first.lessonKey ? { ...kept, ...base } : { ...base, drafts: kept.drafts };
}

/** Notes that the page has shown `version`, at once: the panel may be hidden a moment later. */
function shownVersion(version: number): void {
  state = { ...state, version: Math.max(version, state.version ?? 0) };
  saveState(true);
}

let saveTimer: ReturnType<typeof setTimeout> | undefined;
function saveState(now = false): void {
  clearTimeout(saveTimer);
  if (now) vscode.setState(state);
  else saveTimer = setTimeout(() => vscode.setState(state), 200);
}

function send(message: FromWebview): void {
  // Checked on the way out too, so a mistake here shows at once rather than as a refusal there.
  const checked = parse(fromWebview, message);
  if (!checked.ok) {
    console.error(`Python Mastery: not sending a malformed message: ${checked.problem}`);
    return;
  }
  vscode.postMessage(checked.value);
}

/** Says `text` to screen readers through the polite live region. */
function announce(text: string): void {
  announcer.textContent = '';
  // A fresh node each time, so the same words twice are announced twice.
  setTimeout(() => {
    announcer.textContent = text;
  }, 30);
}

const ctx: PageContext = {
  send,
  draft: (key) => state.drafts?.[key],
  setDraft: (key, text) => {
    const drafts = { ...(state.drafts ?? {}) };
    if (text === undefined) delete drafts[key];
    else drafts[key] = text;
    state = { ...state, drafts };
    saveState();
  },
  isRetrying: (key) => retrying.has(key),
  setRetrying: (key, on) => {
    if (on) retrying.add(key);
    else retrying.delete(key);
  },
  refresh: (key) => {
    const view = milestones.get(key);
    if (view) replaceCard(view, ctx);
  },
  announce,
  get runBlocked() {
    return lesson?.runBlocked;
  },
  exampleResult: (index) => exampleResults.get(index),
  isExampleRunning: (index) => runningExamples.has(index),
};

let shownJson = '';
/** A heading of a lesson being opened from a link (`lesson:track/lesson#heading`) to scroll to. */
let pendingHeading: { key: string; id: string } | undefined;

function showLesson(view: LessonView): void {
  // The same view twice (a page that loads while a lesson is on its way): nothing to redraw.
  const json = JSON.stringify(view);
  if (json === shownJson) {
    afterPaint(() => send({ type: 'rendered', key: view.key }));
    return;
  }
  shownJson = json;
  const sameLesson = lesson?.key === view.key;
  const restoreScroll = sameLesson ? window.scrollY : state.lessonKey === view.key ? state.scrollY : undefined;
  if (!sameLesson) {
    exampleResults.clear();
    runningExamples.clear();
    retrying.clear();
  }
  lesson = view;
  milestones.clear();
  for (const milestone of view.milestones) milestones.set(milestone.key, milestone);
  state = { ...state, lessonKey: view.key, ...(sameLesson ? {} : { scrollY: restoreScroll }) };
  saveState(true);
  document.title = view.title;
  const focusWasInside = app.contains(document.activeElement) && document.activeElement !== document.body;
  app.replaceChildren(lessonPage(view, ctx));
  app.removeAttribute('aria-busy');
  window.scrollTo(0, restoreScroll ?? 0);
  if (pendingHeading?.key === view.key) {
    document.getElementById(pendingHeading.id)?.scrollIntoView();
    pendingHeading = undefined;
  }
  // A new lesson opened from inside the panel: start reading at its title.
  if (!sameLesson && focusWasInside) app.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  if (!sameLesson) announce(l10n.t('Lesson: {0}', view.title));
  afterPaint(() => send({ type: 'rendered', key: view.key }));
}

function showUnavailable(key: string, title: string, message: string): void {
  lesson = undefined;
  shownJson = '';
  milestones.clear();
  state = { ...state, lessonKey: key };
  saveState(true);
  document.title = title;
  app.replaceChildren(
    h('main', {},
      h('h1', { attrs: { tabindex: -1 } }, title),
      h('div', { class: 'banner', attrs: { role: 'alert' } }, h('p', {}, message))),
  );
  app.removeAttribute('aria-busy');
  afterPaint(() => send({ type: 'rendered', key }));
}

/** After the page has painted; a hidden panel paints nothing, so not later than a moment. */
function afterPaint(then: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 150);
}

function updateMilestone(view: MilestoneView): void {
  const before = milestones.get(view.key);
  milestones.set(view.key, view);
  if (lesson) lesson = { ...lesson, milestones: lesson.milestones.map((m) => (m.key === view.key ? view : m)) };
  shownJson = '';
  replaceCard(view, ctx);
  const said = change(before, view);
  if (said) announce(said);
}

/** What a learner who cannot see the card should hear about a change, if anything. */
function change(before: MilestoneView | undefined, after: MilestoneView): string | undefined {
  if (!before || before.kind !== after.kind) return undefined;
  if (after.kind === 'code' && before.kind === 'code') {
    if (after.running && !before.running) return l10n.t('Running the check.');
    if (after.result && after.result.finishedAt !== before.result?.finishedAt) return `${stripTags(after.titleHtml)}: ${after.result.headline}`;
    if (after.hintsHtml.length > before.hintsHtml.length) return l10n.t('Hint {0}: {1}', after.hintsHtml.length, stripTags(after.hintsHtml[after.hintsHtml.length - 1] ?? ''));
  }
  if (after.kind === 'quiz' && before.kind === 'quiz' && after.answer && JSON.stringify(after.answer) !== JSON.stringify(before.answer)) {
    return after.answer.correct ? l10n.t('Right: every true answer, and nothing else.') : l10n.t('Not quite. The note under each choice says why.');
  }
  if (after.kind === 'predict' && before.kind === 'predict') {
    if (after.running && !before.running) return l10n.t('Running the snippet.');
    if (!after.running && before.running && after.result) {
      if (after.result.problem) return l10n.t('The snippet did not finish. {0}', after.result.problem);
      return after.result.matches ? l10n.t('Your prediction matches the output.') : l10n.t('Not quite: your prediction and the output differ. The lines that differ are listed.');
    }
  }
  if (after.kind === 'reflect' && before.kind === 'reflect' && (after.text !== before.text || after.done !== before.done)) {
    return after.done ? l10n.t('Marked as done.') : l10n.t('Your answer is saved.');
  }
  return undefined;
}

function stripTags(html: string): string {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div.textContent ?? '';
}

function receive(message: ToWebview): void {
  switch (message.type) {
    case 'lesson':
      showLesson(message.lesson);
      shownVersion(message.version);
      return;
    case 'milestone':
      if (lesson?.key === message.lessonKey) updateMilestone(message.milestone);
      shownVersion(message.version);
      return;
    case 'exampleStarted':
      if (lesson?.key !== message.lessonKey) return;
      runningExamples.add(message.index);
      refreshExample(message.index, ctx);
      announce(l10n.t('Running example {0}.', message.index + 1));
      return;
    case 'exampleResult':
      if (lesson?.key !== message.lessonKey) return;
      runningExamples.delete(message.result.index);
      exampleResults.set(message.result.index, message.result);
      refreshExample(message.result.index, ctx);
      announce(l10n.t('Example {0}: {1}', message.result.index + 1, describeExample(message.result)));
      return;
    case 'unavailable':
      showUnavailable(message.lessonKey, message.title, message.message);
      shownVersion(message.version);
      return;
    case 'notice':
      announce(message.text);
      return;
    case 'snapshot':
      send({
        type: 'snapshot', id: message.id, text: app.innerText, lessonKey: lesson?.key, state: JSON.stringify(state),
        fields: Array.from(app.querySelectorAll<HTMLTextAreaElement>('textarea')).map((field) => ({ name: field.getAttribute('data-focus') ?? field.id, value: field.value })),
        images: Array.from(app.querySelectorAll<HTMLImageElement>('img')).map((image) => ({ src: image.currentSrc || image.src, loaded: image.complete && image.naturalWidth > 0 })),
      });
      return;
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const checked = parse(toWebview, event.data);
  if (!checked.ok) {
    console.error(`Python Mastery: ignored a malformed message: ${checked.problem}`);
    return;
  }
  receive(checked.value);
});

// Links in the lesson text: other lessons and files open through the extension; headings scroll.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  if (!link) return;
  const lessonKey = link.getAttribute('data-lesson');
  const file = link.getAttribute('data-file');
  const href = link.getAttribute('href') ?? '';
  if (lessonKey) {
    const fragment = link.getAttribute('data-fragment');
    pendingHeading = fragment ? { key: lessonKey, id: fragment } : undefined;
    send({ type: 'openLesson', key: lessonKey });
  }
  else if (file) send({ type: 'openFile', path: file });
  else if (href.startsWith('#') && href.length > 1) document.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView();
  else return; // a web link: VS Code opens it outside
  event.preventDefault();
  event.stopPropagation();
});

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => {
    state = { ...state, scrollY: window.scrollY };
    saveState();
  }, 150);
}, { passive: true });

saveState(true);
if (boot && !bootIsStale) {
  if (boot.lesson) showLesson(boot.lesson);
  else if (boot.unavailable) showUnavailable(boot.lessonKey, boot.unavailable.title, boot.unavailable.message);
}
send({ type: 'ready' });
