/** The lesson panel's messages are checked on arrival: what does not fit is refused, whole. */
import * as assert from 'node:assert/strict';
import { fromWebview, lessonView, panelBoot, panelState, toWebview } from '../../src/protocol/lesson';
import { parse } from '../../src/protocol/validate';

describe('lesson panel protocol', () => {
  it('accepts each message the page sends, and drops fields it does not know', () => {
    const quiz = parse(fromWebview, { type: 'submitQuiz', milestone: 'a/b/c', selected: [0, 2], extra: '<script>' });
    assert.deepEqual(quiz, { ok: true, value: { type: 'submitQuiz', milestone: 'a/b/c', selected: [0, 2] } });
    assert.equal(parse(fromWebview, { type: 'ready' }).ok, true);
    assert.equal(parse(fromWebview, { type: 'codeAction', action: 'run', milestone: 'a/b/c' }).ok, true);
    assert.equal(parse(fromWebview, { type: 'saveReflect', milestone: 'a/b/c', text: 'because', done: true }).ok, true);
  });

  it('refuses unknown types, wrong field types and out-of-range values, saying where', () => {
    const unknown = parse(fromWebview, { type: 'runShell', command: 'rm -rf /' });
    assert.equal(unknown.ok, false);
    assert.match(unknown.ok ? '' : unknown.problem, /type: expected "ready" or/);
    const wrongType = parse(fromWebview, { type: 'submitQuiz', milestone: 'a/b/c', selected: ['0'] });
    assert.match(wrongType.ok ? '' : wrongType.problem, /selected\[0\]: expected a whole number/);
    assert.equal(parse(fromWebview, { type: 'runExample', index: -1 }).ok, false);
    assert.equal(parse(fromWebview, { type: 'runExample', index: 1.5 }).ok, false);
    assert.equal(parse(fromWebview, { type: 'codeAction', action: 'delete', milestone: 'a/b/c' }).ok, false);
    assert.equal(parse(fromWebview, null).ok, false);
    assert.equal(parse(fromWebview, 'ready').ok, false);
    assert.equal(parse(fromWebview, { type: 'constructor' }).ok, false, 'no inherited property is a message type');
  });

  it('checks what the extension sends, down to each milestone', () => {
    const view = {
      key: 't/l', title: 'L', titleHtml: 'L', track: 'T', objectivesHtml: [], questionsHtml: [], html: '<p>x</p>', resourceBase: 'https://r/',
      milestones: [
        { kind: 'quiz', key: 't/l/q', id: 'q', titleHtml: 'Q', status: 'in-progress', attempts: 1, questionHtml: '?', choicesHtml: ['a', 'b'],
          answer: { selected: [0], correct: true, choices: [{ correct: true, noteHtml: 'yes' }, { correct: false }] } },
        { kind: 'reflect', key: 't/l/r', id: 'r', titleHtml: 'R', status: 'not-started', attempts: 0, promptHtml: 'Why?', text: '', done: false },
      ],
    };
    assert.equal(parse(toWebview, { type: 'lesson', lesson: view, version: 3 }).ok, true);
    assert.equal(parse(toWebview, { type: 'lesson', lesson: view }).ok, false, 'a change carries its version');
    assert.equal(parse(panelBoot, { lessonKey: 't/l', session: 'abc', version: 1, lesson: view }).ok, true);
    const broken = parse(lessonView, { ...view, milestones: [{ ...view.milestones[1], done: 'yes' }] });
    assert.match(broken.ok ? '' : broken.problem, /milestones\[0\]\.done: expected true or false/);
  });

  it('reads back the state VS Code keeps for the panel', () => {
    assert.deepEqual(parse(panelState, { lessonKey: 't/l', drafts: { 't/l/p': '42' }, scrollY: 120 }), { ok: true, value: { lessonKey: 't/l', drafts: { 't/l/p': '42' }, scrollY: 120 } });
    assert.equal(parse(panelState, { drafts: {} }).ok, false);
  });
});
