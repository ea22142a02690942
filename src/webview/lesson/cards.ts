/**
 * One card per milestone, with its state and its actions. A card is rebuilt whole when its
 * milestone changes; the page keeps focus and unsent text across the rebuild (see page.ts).
 * The panel keeps no results of its own: every state shown here arrived from the extension.
 */
import type { FromWebview, MilestoneView, MilestoneViewOf, PredictResultView } from '../../protocol/lesson';
import * as l10n from '@vscode/l10n';
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

function kindLabel(kind: MilestoneView['kind']): string {
  switch (kind) {
    case 'code': return l10n.t('Code');
    case 'predict': return l10n.t('Predict');
    case 'quiz': return l10n.t('Quiz');
    case 'reflect': return l10n.t('Reflect');
  }
}

function difficultyLabel(difficulty: NonNullable<MilestoneView['difficulty']>): string {
  switch (difficulty) {
    case 'easy': return l10n.t('Easy');
    case 'medium': return l10n.t('Medium');
    case 'hard': return l10n.t('Hard');
  }
}

function statusLabel(status: MilestoneView['status']): string {
  switch (status) {
    case 'not-started': return l10n.t('Not started');
    case 'in-progress': return l10n.t('In progress');
    case 'passed': return l10n.t('Passed');
  }
}

/** A stable, selector-safe id for a milestone's elements. */
export function cardId(view: { id: string }): string {
  return `milestone-${view.id.replace(/[^a-z0-9-]/gi, '_')}`;
}

export function milestoneCard(view: MilestoneView, ctx: CardContext): HTMLLIElement {
  const id = cardId(view);
  const status = view.kind === 'reflect' && view.done ? 'passed' : view.status;
  const labels = [kindLabel(view.kind), ...(view.difficulty ? [difficultyLabel(view.difficulty)] : []), view.kind === 'reflect' ? (view.done ? l10n.t('Done') : view.text ? l10n.t('Draft saved') : statusLabel('not-started')) : statusLabel(status)];
  if (view.attempts > 0 && view.kind !== 'reflect') labels.push(view.attempts === 1 ? l10n.t('1 attempt') : l10n.t('{0} attempts', view.attempts));
  return h('li', { class: `card kind-${view.kind} status-${status}`, id, attrs: { 'data-milestone': view.key, 'aria-labelledby': `${id}-title` } },
    h('h3', { id: `${id}-title`, html: view.titleHtml, attrs: { tabindex: -1, 'data-focus': `${view.key}:title` } }),
    h('ul', { class: 'labels', attrs: { 'aria-label': l10n.t('State') } }, ...labels.map((label) => h('li', {}, label))),
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
    ? h('p', { class: 'target' }, ...(view.anchor
        ? l10n.t('You write it in {0}, in {1}.', '\u0000', '\u0001')
        : l10n.t('You write it in {0}.', '\u0000')).split(/(\u0000|\u0001)/).map((part) => part === '\u0000' ? h('code', {}, view.file!) : part === '\u0001' ? h('code', {}, view.anchor!) : part))
    : null;
  const actions = h('div', { class: 'actions' },
    view.started
      ? button(l10n.t('Open file'), act('open'), { secondary: true, focusId: `${view.key}:open` })
      : button(l10n.t('Start'), act('start'), { focusId: `${view.key}:start`, icon: '＋' }),
    button(view.running ? l10n.t('Running…') : l10n.t('Run check'), act('run'), { secondary: !view.started, focusId: `${view.key}:run`, icon: '▶' }),
    view.hintCount > 0
      ? button(hintsLeft > 0 ? l10n.t('Show next hint') : l10n.t('All hints shown'), act('hint'), { secondary: true, focusId: `${view.key}:hint`, disabled: hintsLeft <= 0 })
      : null,
  );
  const result = view.running
    ? h('p', { class: 'muted' }, l10n.t('Running the check…'))
    : view.result
      ? h('div', { class: `verdict ${view.result.outcome === 'pass' ? 'pass' : 'fail'}` },
          h('p', {}, h('strong', {}, view.result.headline)),
          view.result.details.length > 0 ? h('ul', { class: 'details' }, ...view.result.details.map((d) => h('li', {}, d))) : null)
      : null;
  const hints = view.hintsHtml.length > 0
    ? h('div', { class: 'hints' },
        h('h4', {}, l10n.t('Hints ({0} of {1})', view.hintsHtml.length, view.hintCount)),
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
      ctx.announce(l10n.t('Choose at least one answer first.'));
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
      h('p', { class: 'muted' }, l10n.t('Choose every answer that is true.')),
      h('ul', { class: 'choices' }, ...choices)),
    answered && view.answer
      ? h('div', { class: `verdict ${view.answer.correct ? 'pass' : 'fail'}`, attrs: { 'data-focus': `${view.key}:verdict`, tabindex: -1 } },
          h('p', {}, h('strong', {}, view.answer.correct ? l10n.t('✓ Right.') : l10n.t('✗ Not quite.')),
            view.answer.correct ? l10n.t(' Every true answer, and nothing else.') : l10n.t(' Read the note under each choice, then try again.')))
      : null,
    h('div', { class: 'actions' },
      answered
        ? button(l10n.t('Try again'), retry, { secondary: true, focusId: `${view.key}:retry` })
        : button(l10n.t('Submit answer'), submit, { focusId: `${view.key}:submit` })),
  ];
}

function choiceVerdict(correct: boolean, chosen: boolean): string {
  if (correct) return chosen ? l10n.t('✓ True, and you chose it.') : l10n.t('✗ True, and you left it out.');
  return chosen ? l10n.t('✗ Not true, and you chose it.') : l10n.t('✓ Not true, and you left it out.');
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
    h('label', { attrs: { for: textarea.id } }, l10n.t('What will it print? Write the output, line by line.')),
    view.compare === 'pattern'
      ? h('p', { class: 'muted' }, l10n.t('Memory addresses, ids and timings differ between machines: write any value, or ..., for them.'))
      : null,
    textarea,
    ctx.runBlocked ? h('p', { class: 'banner' }, ctx.runBlocked) : null,
    h('div', { class: 'actions' },
      button(view.running ? l10n.t('Running…') : l10n.t('Run it and compare'), submit, { focusId: `${view.key}:submit`, icon: '▶', disabled: ctx.runBlocked !== undefined })),
    view.running
      ? h('p', { class: 'muted' }, l10n.t('Running the snippet…'))
      : view.result
        ? predictResult(view.key, view.result)
        : view.status === 'passed' && view.prediction !== undefined
          ? h('p', { class: 'muted' }, l10n.t('You predicted this one right before. Run it again to see the comparison.'))
          : null,
    view.explanationHtml && !view.running
      ? h('div', { class: 'explanation' }, h('h4', {}, l10n.t('Why')), h('p', { html: view.explanationHtml }))
      : null,
  ];
}

function predictResult(key: string, result: PredictResultView | undefined): Child {
  if (!result) return null;
  if (result.problem) {
    return h('div', { class: 'verdict fail', attrs: { 'data-focus': `${key}:verdict`, tabindex: -1 } }, h('p', {}, h('strong', {}, l10n.t('The snippet did not finish. ')), result.problem));
  }
  const differing = result.lines.filter((line) => line.kind !== 'same').length;
  return h('div', { class: `verdict ${result.matches ? 'pass' : 'fail'}`, attrs: { 'data-focus': `${key}:verdict`, tabindex: -1 } },
    h('p', {}, h('strong', {}, result.matches ? l10n.t('✓ Your prediction matches the output.') : l10n.t('✗ Not quite.')),
      result.matches ? '' : ` ${differing === 1 ? l10n.t('1 line differs: your prediction and what Python printed, line by line.') : l10n.t('{0} lines differ: your prediction and what Python printed, line by line.', differing)}`),
    result.matches ? null : diffList(result),
    result.stderr
      ? h('details', {}, h('summary', {}, l10n.t('It also wrote to stderr')), h('pre', {}, h('code', {}, result.stderr)))
      : null);
}

function diffList(result: PredictResultView): HTMLElement {
  const marker = { same: ['', l10n.t('In both: ')], predicted: [l10n.t('you'), l10n.t('Only in your prediction: ')], printed: ['Python', l10n.t('Only in the output: ')] } as const;
  return h('ol', { class: 'diff', attrs: { 'aria-label': l10n.t('Your prediction and the output, line by line') } },
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
      ctx.announce(l10n.t('Write your answer first.'));
      textarea.focus();
      return;
    }
    ctx.setDraft(view.key, undefined);
    ctx.send({ type: 'saveReflect', milestone: view.key, text: textarea.value, done });
  };
  return [
    h('p', { class: 'prompt', html: view.promptHtml, id: `${id}-prompt` }),
    h('label', { attrs: { for: textarea.id } }, l10n.t('Your answer, in your own words')),
    textarea,
    view.done
      ? h('div', { class: 'actions' },
          h('p', { class: 'verdict pass' }, h('strong', {}, l10n.t('✓ Done.')), l10n.t(' Your answer is saved.')),
          button(l10n.t('Edit again'), () => ctx.send({ type: 'saveReflect', milestone: view.key, text: textarea.value, done: false }), { secondary: true, focusId: `${view.key}:edit` }))
      : h('div', { class: 'actions' },
          button(l10n.t('Save'), save(false), { secondary: true, focusId: `${view.key}:save` }),
          button(l10n.t('Mark as done'), save(true), { focusId: `${view.key}:done`, icon: '✓' })),
  ];
}
