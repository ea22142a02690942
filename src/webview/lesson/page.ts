/**
 * The lesson page: header, objectives, the lesson text with its runnable examples, the milestone
 * cards, the study questions, and the way to the previous and next lesson.
 */
import * as l10n from '@vscode/l10n';
import type { ExampleResultView, FromWebview, LessonView, MilestoneView } from '../../protocol/lesson';
import { cardId, milestoneCard, type CardContext } from './cards';
import { button, h, type Child } from './dom';

export interface PageContext extends CardContext {
  exampleResult(index: number): ExampleResultView | undefined;
  isExampleRunning(index: number): boolean;
}

export function lessonPage(view: LessonView, ctx: PageContext): DocumentFragment {
  const page = document.createDocumentFragment();
  const minutes = view.estimate === undefined ? undefined : l10n.t('About {0} minutes', view.estimate);
  const counts = view.milestones.length === 1 ? l10n.t('1 milestone') : l10n.t('{0} milestones', view.milestones.length);
  const text = h('article', { class: 'lesson-text', attrs: { 'aria-label': l10n.t('Lesson text') } });
  if (view.html !== undefined) {
    text.innerHTML = view.html;
    resolveImages(text, view.resourceBase);
    addExampleBars(text, ctx);
  }
  page.append(
    nav(view, ctx.send, 'top', l10n.t('Lessons')),
    h('main', {},
      h('header', {},
        h('p', { class: 'track' }, view.track),
        h('h1', { html: view.titleHtml, attrs: { tabindex: -1 } }),
        view.summaryHtml ? h('p', { class: 'summary', html: view.summaryHtml }) : null,
        h('p', { class: 'meta' }, [minutes, counts].filter(Boolean).join(' · '))),
      view.textProblem ? h('div', { class: 'banner', attrs: { role: 'note' } }, h('p', {}, view.textProblem)) : null,
      listSection('objectives', l10n.t('You will be able to'), 'ul', view.objectivesHtml),
      text,
      view.milestones.length > 0
        ? h('section', { class: 'milestones', attrs: { 'aria-labelledby': 'milestones-title' } },
            h('h2', { id: 'milestones-title' }, l10n.t('Milestones')),
            h('ol', {}, ...view.milestones.map((m) => milestoneCard(m, ctx))))
        : null,
      listSection('questions', l10n.t('Questions to answer'), 'ol', view.questionsHtml)),
    nav(view, ctx.send, 'bottom', l10n.t('More lessons')),
  );
  return page;
}

function listSection(name: string, title: string, list: 'ul' | 'ol', itemsHtml: string[]): Child {
  if (itemsHtml.length === 0) return null;
  return h('section', { class: name, attrs: { 'aria-labelledby': `${name}-title` } },
    h('h2', { id: `${name}-title` }, title),
    h(list, {}, ...itemsHtml.map((html) => h('li', { html }))));
}

function nav(view: LessonView, send: (message: FromWebview) => void, where: 'top' | 'bottom', label: string): HTMLElement {
  const go = (key: string) => () => send({ type: 'openLesson', key });
  return h('nav', { class: `lesson-nav ${where}`, attrs: { 'aria-label': label } },
    view.previous
      ? button(l10n.t('Previous: {0}', view.previous.title), go(view.previous.key), { secondary: true, icon: '←', focusId: `nav-${where}-previous` })
      : h('span', { class: 'spacer' }),
    where === 'top' ? button(l10n.t('My notes'), () => send({ type: 'openNotes' }), { secondary: true, icon: '✎', focusId: 'nav-notes' }) : null,
    view.next
      ? button(l10n.t('Next: {0}', view.next.title), go(view.next.key), { icon: '→', focusId: `nav-${where}-next` })
      : h('span', { class: 'spacer' }));
}

/** Images next to the lesson: their paths become addresses inside the lesson's own folder. */
function resolveImages(root: HTMLElement, resourceBase: string): void {
  let base: URL;
  try {
    base = new URL(resourceBase);
  } catch {
    return;
  }
  for (const image of Array.from(root.querySelectorAll<HTMLImageElement>('img[data-src]'))) {
    try {
      // Both addresses in the parser's own spelling, so that the check compares like with like.
      const url = new URL(image.getAttribute('data-src') ?? '', base);
      if (url.origin === base.origin && url.pathname.startsWith(base.pathname)) image.src = url.href;
    } catch {
      // Left without a source: the alternative text shows.
    }
  }
}

/** Each runnable example gets a ▶ Run button and a place for its output. */
function addExampleBars(root: HTMLElement, ctx: PageContext): void {
  for (const example of Array.from(root.querySelectorAll<HTMLElement>('.example[data-example]'))) {
    const index = Number(example.getAttribute('data-example'));
    example.append(exampleBar(index, ctx), exampleOutput(index, ctx));
  }
}

function exampleBar(index: number, ctx: PageContext): HTMLElement {
  const running = ctx.isExampleRunning(index);
  return h('div', { class: 'example-bar' },
    button(running ? l10n.t('Running…') : l10n.t('Run'), () => ctx.send({ type: 'runExample', index }), {
      icon: '▶', focusId: `example-${index}:run`, ariaLabel: l10n.t('Run example {0}', index + 1), disabled: ctx.runBlocked !== undefined,
    }),
    h('span', { class: 'example-status', attrs: { 'data-example-status': index } }, exampleStatus(index, ctx)));
}

function exampleStatus(index: number, ctx: PageContext): string {
  if (ctx.runBlocked) return ctx.runBlocked;
  if (ctx.isExampleRunning(index)) return l10n.t('Running…');
  const result = ctx.exampleResult(index);
  if (!result) return '';
  return describeExample(result);
}

export function describeExample(result: ExampleResultView): string {
  if (result.problem) return result.problem;
  return l10n.t('Finished in {0} ms, exit code {1}.', Math.round(result.durationMs), result.exitCode ?? 0);
}

function exampleOutput(index: number, ctx: PageContext): HTMLElement {
  const result = ctx.isExampleRunning(index) ? undefined : ctx.exampleResult(index);
  const container = h('div', { class: 'output', id: `example-${index}-output`, attrs: { 'data-example-output': index } });
  if (!result) {
    container.hidden = true;
    return container;
  }
  const chunks = result.output.filter((chunk) => chunk.text !== '');
  container.append(
    h('p', { class: 'visually-hidden' }, l10n.t('Output of example {0}:', index + 1)),
    chunks.length === 0
      ? h('p', { class: 'empty' }, l10n.t('It printed nothing.'))
      : h('pre', { attrs: { 'aria-label': l10n.t('Output of example {0}', index + 1) } },
          h('code', {}, ...chunks.map((chunk) => (chunk.stream === 'stderr' ? h('span', { class: 'stderr' }, chunk.text) : chunk.text)))));
  return container;
}

/** Replaces the bar and output of one example, keeping focus on its button. */
export function refreshExample(index: number, ctx: PageContext): void {
  const example = document.querySelector<HTMLElement>(`.example[data-example="${index}"]`);
  if (!example) return;
  const hadFocus = example.contains(document.activeElement);
  example.querySelector('.example-bar')?.replaceWith(exampleBar(index, ctx));
  example.querySelector('.output')?.replaceWith(exampleOutput(index, ctx));
  if (hadFocus) example.querySelector<HTMLElement>('.example-bar button')?.focus({ preventScroll: true });
}

/**
 * Rebuilds one milestone's card. Focus stays on the same control when the new card has it (else
 * on the card's verdict or title), and text being typed keeps its caret.
 */
export function replaceCard(view: MilestoneView, ctx: PageContext): void {
  const old = document.getElementById(cardId(view));
  if (!old) return;
  const active = document.activeElement instanceof HTMLElement && old.contains(document.activeElement) ? document.activeElement : undefined;
  const focusId = active?.getAttribute('data-focus') ?? undefined;
  const caret = active instanceof HTMLTextAreaElement ? [active.selectionStart, active.selectionEnd] as const : undefined;
  const card = milestoneCard(view, ctx);
  old.replaceWith(card);
  if (!active) return;
  const selector = (id: string) => `[data-focus="${CSS.escape(id)}"]`;
  const target = (focusId ? card.querySelector<HTMLElement>(selector(focusId)) : null)
    ?? card.querySelector<HTMLElement>(selector(`${view.key}:verdict`))
    ?? card.querySelector<HTMLElement>('.actions button:not(:disabled)')
    ?? card.querySelector<HTMLElement>('h3');
  if (target && !(target as HTMLButtonElement).disabled) {
    target.focus({ preventScroll: true });
  } else {
    card.querySelector<HTMLElement>('h3')?.focus({ preventScroll: true });
  }
  if (caret && target instanceof HTMLTextAreaElement) target.setSelectionRange(caret[0], caret[1]);
}
