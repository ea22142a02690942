import * as assert from 'node:assert/strict';
import { comparePrediction } from '../../src/core/checks/prediction';
import { loadCurriculum } from '../../src/core/curriculum/loader';
import type { PredictMilestone } from '../../src/core/curriculum/model';
import { tempTree } from './tempTree';

describe('comparing a prediction with the output', () => {
  it('matches when every line is the same, ignoring trailing white space and blank lines at the end', () => {
    const result = comparePrediction('True True 4 3  \n\n', 'True True 4 3\n');
    assert.equal(result.matches, true);
    assert.deepEqual(result.lines, [{ kind: 'same', text: 'True True 4 3' }]);
    assert.equal(comparePrediction('a\r\nb', 'a\nb\n').matches, true);
  });

  it('shows line by line where the prediction and the output part', () => {
    const result = comparePrediction("['red']\n['blue']\n", "['red']\n['red', 'blue']\n");
    assert.equal(result.matches, false);
    assert.deepEqual(result.lines, [
      { kind: 'same', text: "['red']" },
      { kind: 'predicted', text: "['blue']" },
      { kind: 'printed', text: "['red', 'blue']" },
    ]);
  });

  it('lists lines the learner left out and lines they added', () => {
    assert.deepEqual(comparePrediction('1\n3\n', '1\n2\n3\n').lines, [
      { kind: 'same', text: '1' },
      { kind: 'printed', text: '2' },
      { kind: 'same', text: '3' },
    ]);
    assert.deepEqual(comparePrediction('1\n2\n', '1\n').lines, [
      { kind: 'same', text: '1' },
      { kind: 'predicted', text: '2' },
    ]);
    assert.deepEqual(comparePrediction('', 'None\n').lines, [{ kind: 'printed', text: 'None' }]);
  });

  it('is exact by default: addresses, ids and timings must match character for character', () => {
    assert.equal(comparePrediction('<object at 0x1234>', '<object at 0x7f3a2c>').matches, false);
    assert.equal(comparePrediction('0.1', '0.30000000000000004').matches, false);
  });

  it('in pattern mode, an address, an id or a timing matches any value of its kind, or ...', () => {
    const printed = '<__main__.Point object at 0x7f3a2c1d9e10>\n140234567891234 140234567891234\ntook 0.0031 s\n';
    const predicted = '<__main__.Point object at 0x...>\n... 1234567890\ntook 1.5 s\n';
    const result = comparePrediction(predicted, printed, 'pattern');
    assert.equal(result.matches, true, JSON.stringify(result.lines));
    assert.equal(comparePrediction('<__main__.Point object at …>\n… …\ntook … s\n', printed, 'pattern').matches, true);
  });

  it('in pattern mode, everything that does not vary is still exact', () => {
    const printed = 'id: 140234567891234, size: 56\n';
    assert.equal(comparePrediction('id: ..., size: 56', printed, 'pattern').matches, true);
    assert.equal(comparePrediction('id: ..., size: 64', printed, 'pattern').matches, false);
    assert.equal(comparePrediction('ID: ..., size: 56', printed, 'pattern').matches, false);
    // Short integers are results, not ids: they must be right.
    assert.equal(comparePrediction('3', '4', 'pattern').matches, false);
  });

  it('does not treat regular expression characters in the output as patterns', () => {
    assert.equal(comparePrediction('a.c (x)', 'abc (x)', 'pattern').matches, false);
    assert.equal(comparePrediction('[1, 2] * 2', '[1, 2] * 2', 'pattern').matches, true);
  });
});

describe('a predict milestone\'s comparison', () => {
  const track = 'id: demo\ntitle: Demo\nmodules:\n  - id: m\n    title: M\n    lessons: [one]\n';
  const lesson = (extra: string) => `id: one\ntitle: One\nmilestones:\n  - id: guess\n    kind: predict\n    title: Guess\n    snippet: print(object())\n${extra}`;
  const load = (extra: string) => loadCurriculum(tempTree({ 'demo/track.yaml': track, 'demo/one/lesson.yaml': lesson(extra), 'demo/one/lesson.md': '# One\n' }), { origin: 'builtin' });

  it('is exact unless the milestone asks for pattern', () => {
    const plain = load('');
    assert.deepEqual(plain.diagnostics, []);
    assert.equal((plain.tracks[0]!.modules[0]!.lessons[0]!.milestones[0] as PredictMilestone).compare, undefined);
    const pattern = load('    compare: pattern\n');
    assert.deepEqual(pattern.diagnostics, []);
    assert.equal((pattern.tracks[0]!.modules[0]!.lessons[0]!.milestones[0] as PredictMilestone).compare, 'pattern');
  });

  it('rejects any other comparison', () => {
    const { diagnostics } = load('    compare: fuzzy\n');
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.line, 8);
  });
});
