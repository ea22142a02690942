/**
 * One card per milestone, with its state and its actions. A card is rebuilt whole when its
 * milestone changes; the page keeps focus and unsent text across the rebuild (see page.ts).
 * The panel keeps no results of its own: every state shown here arrived from the extension.
 */
import type { FromWebview, MilestoneView, MilestoneViewOf, PredictResultView } from '../../protocol/lesson';
import { button, h, type Child } from './dom';

export interface CardContext {
  send(message: FromWebview): void;
  /** Text the learner typed and has not sent, by milestone key. */
  draft(key: string): string | undefined;
  setDraft(key: string, text: string | undefined): void;
  /** Quizzes the learner chose to answer again (the panel's own, passing state). */
  isRetrying(key: string): boolean;
  setRetrying(key: string, retrying: boolean): void;
  /** Rebuilds the card of `key` from its last view. */
  refresh(key: string): void;
  announce(text: string): void;
  /** Why snippets cannot run here, if they cannot. */
  runBlocked: string | undefined;
}

const KIND_LABELS: Record<MilestoneView['kind'], string> = { code: 'Code', predict: 'Predict', quiz: 'Quiz', reflect: 'Reflect' };
const STATUS_LABELS: Record<MilestoneView['status'], string> = { 'not-started': 'Not started', 'in-progress': 'In progress', passed: 'Passed' };

/** A stable, selector-safe id for a milestone's elements. */
export function cardId(view: { id: string }): string {
  return `milestone-${view.id.replace(/[^a-z0-9-]/gi, '_')}`;
}

export function milestoneCard(view: MilestoneView, ctx: CardContext): HTMLLIElement {
  const id = cardId(view);
  const status = view.kind === 'reflect' && view.done ? 'passed' : view.status;
  const labels = [KIND_LABELS[view.kind], view.kind === 'reflect' ? (view.done ? 'Done' : view.text ? 'Draft saved' : 'Not started') : STATUS_LABELS[status]];
  if (view.attempts > 0 && view.kind !== 'reflect') labels.push(`${view.attempts} ${view.attempts === 1 ? 'attempt' : 'attempts'}`);
  return h('li', { class: `card kind-${view.kind} status-${status}`, id, attrs: { 'data-milestone': view.key, 'aria-labelledby': `${id}-title` } },
    h('h3', { id: `${id}-title`, html: view.titleHtml, attrs: { tabindex: -1, 'data-focus': `${view.key}:title` } }),
    h('ul', { class: 'labels', attrs: { 'aria-label': 'State' } }, ...labels.map((label) => h('li', {}, label))),
    view.summaryHtml ? h('p', { class: 'summary', html: view.summaryHtml }) : null,
    ...body(view, ctx),
  );
}

function body(view: MilestoneView, ctx: CardContext): Child[] {
  switch (view.kind) {
    case 'code':
      return codeBody(view, ctx);
    case 'quiz':
      return quizBody(view, ctx);
    case 'predict':
      return predictBody(view, ctx);
    case 'reflect':
      return reflectBody(view, ctx);
  }
}

function codeBody(view: MilestoneViewOf<'code'>, ctx: CardContext): Child[] {
  const act = (action: 'start' | 'open' | 'run' | 'hint') => () => ctx.send({ type: 'codeAction', action, milestone: view.key });
  const hintsLeft = view.hintCount - view.hintsHtml.length;
  const target = view.file
    ? h('p', { class: 'target' }, 'You write it in ', h('code', {}, view.file), ...(view.anchor ? [', in ', h('code', {}, view.anchor)] : []), '.')
    : null;
  const actions = h('div', { class: 'actions' },
    view.started
      ? button('Open file', act('open'), { secondary: true, focusId: `${view.key}:open` })
      : button('Start', act('start'), { focusId: `${view.key}:start`, icon: '＋' }),
    button(view.running ? 'Running…' : 'Run check', act('run'), { secondary: !view.started, focusId: `${view.key}:run`, icon: '▶' }),
    view.hintCount > 0
      ? button(hintsLeft > 0 ? 'Show next hint' : 'All hints shown', act('hint'), { secondary: true, focusId: `${view.key}:hint`, disabled: hintsLeft <= 0 })
      : null,
  );
  const result = view.running
    ? h('p', { class: 'muted' }, 'Running the check…')
    : view.result
      ? h('div', { class: `verdict ${view.result.outcome === 'pass' ? 'pass' : 'fail'}` },
          h('p', {}, h('strong', {}, view.result.headline)),
          view.result.details.length > 0 ? h('ul', { class: 'details' }, ...view.result.details.map((d) => h('li', {}, d))) : null)
      : null;
  const hints = view.hintsHtml.length > 0
    ? h('div', { class: 'hints' },
        h('h4', {}, `Hints (${view.hintsHtml.length} of ${view.hintCount})`),
        h('ol', {}, ...view.hintsHtml.map((hint) => h('li', { html: hint }))))
    : null;
  return [target, actions, result, hints];
}

function quizBody(view: MilestoneViewOf<'quiz'>, ctx: CardContext): Child[] {
  const id = cardId(view);
  const answered = view.answer !== undefined && !ctx.isRetrying(view.key);
  const selected = new Set(answered ? view.answer?.selected : []);
  const choices = view.choicesHtml.map((choiceHtml, index) => {
    const verdict = answered ? view.answer?.choices[index] : undefined;
    const chosen = selected.has(index);
    const input = h('input', {
      id: `${id}-choice-${index}`,
      attrs: { type: 'checkbox', name: `${id}-choices`, value: index, checked: chosen, disabled: answered, 'data-focus': `${view.key}:choice-${index}` },
    });
    return h('li', {},
      h('label', { attrs: { for: `${id}-choice-${index}` } }, input, h('span', { html: choiceHtml })),
      verdict
        ? h('div', { class: `choice-verdict ${verdict.correct === chosen ? 'correct' : 'wrong'}` },
            h('strong', {}, choiceVerdict(verdict.correct, chosen)),
            verdict.noteHtml ? h('span', {}, ' ', h('span', { html: verdict.noteHtml })) : null)
        : null);
  });
  const submit = () => {
    const list = Array.from(document.querySelectorAll<HTMLInputElement>(`input[name="${id}-choices"]:checked`)).map((input) => Number(input.value));
    if (list.length === 0) {
      ctx.announce('Choose at least one answer first.');
      return;
    }
    ctx.setRetrying(view.key, false);
    ctx.send({ type: 'submitQuiz', milestone: view.key, selected: list });
  };
  const retry = () => {
    ctx.setRetrying(view.key, true);
    ctx.refresh(view.key);
  };
  return [
    h('fieldset', {},
      h('legend', { html: view.questionHtml }),
      h('p', { class: 'muted' }, 'Choose every answer that is true.'),
      h('ul', { class: 'choices' }, ...choices)),
    answered && view.answer
      ? h('div', { class: `verdict ${view.answer.correct ? 'pass' : 'fail'}`, attrs: { 'data-focus': `${view.key}:verdict`, tabindex: -1 } },
          h('p', {}, h('strong', {}, view.answer.correct ? '✓ Right.' : '✗ Not quite.'),
            view.answer.correct ? ' Every true answer, and nothing else.' : ' Read the note under each choice, then try again.'))
      : null,
    h('div', { class: 'actions' },
      answered
        ? button('Try again', retry, { secondary: true, focusId: `${view.key}:retry` })
        : button('Submit answer', submit, { focusId: `${view.key}:submit` })),
  ];
}

function choiceVerdict(correct: boolean, chosen: boolean): string {
  if (correct) return chosen ? '✓ True, and you chose it.' : '✗ True, and you left it out.';
  return chosen ? '✗ Not true, and you chose it.' : '✓ Not true, and you left it out.';
}

function predictBody(view: MilestoneViewOf<'predict'>, ctx: CardContext): Child[] {
  const id = cardId(view);
  const textarea = h('textarea', {
    id: `${id}-prediction`,
    attrs: { rows: 3, spellcheck: 'false', autocomplete: 'off', 'data-focus': `${view.key}:prediction` },
    on: { input: () => ctx.setDraft(view.key, textarea.value) },
  });
  textarea.value = ctx.draft(view.key) ?? view.prediction ?? '';
  const submit = () => {
    ctx.setDraft(view.key, undefined);
    ctx.send({ type: 'submitPredict', milestone: view.key, text: textarea.value });
  };
  return [
    h('div', { class: 'snippet', html: view.snippetHtml }),
    h('label', { attrs: { for: textarea.id } }, 'What will it print? Write the output, line by line.'),
    view.compare === 'pattern'
      ? h('p', { class: 'muted' }, 'Memory addresses, ids and timings differ between machines: write any value, or ..., for them.')
      : null,
    textarea,
    ctx.runBlocked ? h('p', { class: 'banner' }, ctx.runBlocked) : null,
    h('div', { class: 'actions' },
      button(view.running ? 'Running…' : 'Run it and compare', submit, { focusId: `${view.key}:submit`, icon: '▶', disabled: ctx.runBlocked !== undefined })),
    view.running
      ? h('p', { class: 'muted' }, 'Running the snippet…')
      : view.result
        ? predictResult(view.key, view.result)
        : view.status === 'passed' && view.prediction !== undefined
          ? h('p', { class: 'muted' }, 'You predicted this one right before. Run it again to see the comparison.')
          : null,
    view.explanationHtml && !view.running
      ? h('div', { class: 'explanation' }, h('h4', {}, 'Why'), h('p', { html: view.explanationHtml }))
      : null,
  ];
}

function predictResult(key: string, result: PredictResultView | undefined): Child {
  if (!result) return null;
  if (result.problem) {
    return h('div', { class: 'verdict fail', attrs: { 'data-focus': `${key}:verdict`, tabindex: -1 } }, h('p', {}, h('strong', {}, 'The snippet did not finish. '), result.problem));
  }
  const differing = result.lines.filter((line) => line.kind !== 'same').length;
  return h('div', { class: `verdict ${result.matches ? 'pass' : 'fail'}`, attrs: { 'data-focus': `${key}:verdict`, tabindex: -1 } },
    h('p', {}, h('strong', {}, result.matches ? '✓ Your prediction matches the output.' : '✗ Not quite.'),
      result.matches ? '' : ` ${differing} ${differing === 1 ? 'line differs' : 'lines differ'}: your prediction and what Python printed, line by line.`),
    result.matches ? null : diffList(result),
    result.stderr
      ? h('details', {}, h('summary', {}, 'It also wrote to stderr'), h('pre', {}, h('code', {}, result.stderr)))
      : null);
}

function diffList(result: PredictResultView): HTMLElement {
  const marker = { same: ['', 'In both: '], predicted: ['you', 'Only in your prediction: '], printed: ['Python', 'Only in the output: '] } as const;
  return h('ol', { class: 'diff', attrs: { 'aria-label': 'Your prediction and the output, line by line' } },
    ...result.lines.map((line) => {
      const [visible, spoken] = marker[line.kind];
      return h('li', { class: `line-${line.kind}` },
        h('span', { class: 'marker', attrs: { 'aria-hidden': 'true' } }, line.kind === 'same' ? '' : line.kind === 'predicted' ? `− ${visible}` : `+ ${visible}`),
        h('span', { class: 'visually-hidden' }, spoken),
        h('span', { class: 'text' }, line.text === '' ? ' ' : line.text));
    }));
}

function reflectBody(view: MilestoneViewOf<'reflect'>, ctx: CardContext): Child[] {
  const id = cardId(view);
  const textarea = h('textarea', {
    id: `${id}-answer`,
    class: 'prose',
    attrs: { rows: 5, readonly: view.done, 'data-focus': `${view.key}:answer` },
    on: { input: () => ctx.setDraft(view.key, textarea.value) },
  });
  textarea.value = ctx.draft(view.key) ?? view.text;
  const save = (done: boolean) => () => {
    if (done && textarea.value.trim() === '') {
      ctx.announce('Write your answer first.');
      textarea.focus();
      return;
    }
    ctx.setDraft(view.key, undefined);
    ctx.send({ type: 'saveReflect', milestone: view.key, text: textarea.value, done });
  };
  return [
    h('p', { class: 'prompt', html: view.promptHtml, id: `${id}-prompt` }),
    h('label', { attrs: { for: textarea.id } }, 'Your answer, in your own words'),
    textarea,
    view.done
      ? h('div', { class: 'actions' },
          h('p', { class: 'verdict pass' }, h('strong', {}, '✓ Done.'), ' Your answer is saved.'),
          button('Edit again', () => ctx.send({ type: 'saveReflect', milestone: view.key, text: textarea.value, done: false }), { secondary: true, focusId: `${view.key}:edit` }))
      : h('div', { class: 'actions' },
          button('Save', save(false), { secondary: true, focusId: `${view.key}:save` }),
          button('Mark as done', save(true), { focusId: `${view.key}:done`, icon: '✓' })),
  ];
}
