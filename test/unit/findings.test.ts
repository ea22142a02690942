import { strict as assert } from 'node:assert';
import { describeFinding, findingsOf, summarize, currentHint } from '../../src/core/checks/findings';
import { RUNNING_CHECK_NAME, type CheckRun } from '../../src/core/checks/runner';
import { parseHarnessResults } from '../../src/core/checks/results';

function run(partial: Partial<CheckRun>): CheckRun {
  return { status: 'fail', checks: [], durationMs: 1, exitCode: 1, signal: null, stdout: '', stderr: '', ...partial };
}

const HINTS = ['Look at the loop.', 'Count from zero.', 'Return the total, not the last item.'];

describe('findings: what a run means for the learner\'s code', () => {
  it('a passing run has none', () => {
    assert.deepEqual(findingsOf(run({ status: 'pass', checks: [{ name: 'adds', status: 'pass' }] })), []);
  });

  it('places each failing check at its location, with expected, actual and its own hint', () => {
    const findings = findingsOf(run({
      checks: [
        { name: 'adds two numbers', status: 'pass' },
        { name: 'adds three numbers', status: 'fail', message: 'wrong total', expected: '6', actual: '5', hint: 'Start at 0.', location: { file: 'calc.py', line: 4, column: 5 } },
      ],
    }), { targetFile: 'calc.py', anchorLine: 2, hints: HINTS, hintLevel: 0 });
    assert.equal(findings.length, 1);
    assert.deepEqual(
      { file: findings[0]!.file, line: findings[0]!.line, column: findings[0]!.column, expected: findings[0]!.expected, actual: findings[0]!.actual, hint: findings[0]!.hint },
      { file: 'calc.py', line: 4, column: 5, expected: '6', actual: '5', hint: 'Start at 0.' },
    );
    assert.equal(findings[0]!.milestoneHint, undefined, 'no milestone hint before the first is revealed');
  });

  it('a failure with no location lands on the anchor of the target file', () => {
    const [finding] = findingsOf(run({ checks: [{ name: 'x', status: 'error', message: 'boom' }] }), { targetFile: 'a/b.py', anchorLine: 7 });
    assert.deepEqual([finding!.file, finding!.line], ['a/b.py', 7]);
  });

  it('the reached milestone hint goes on the first finding only', () => {
    const findings = findingsOf(run({
      checks: [
        { name: 'one', status: 'fail', message: 'm1', location: { file: 'a.py', line: 2, column: 1 } },
        { name: 'two', status: 'fail', message: 'm2', location: { file: 'a.py', line: 9, column: 1 } },
      ],
    }), { targetFile: 'a.py', hints: HINTS, hintLevel: 2 });
    assert.deepEqual(findings[0]!.milestoneHint, { text: 'Count from zero.', level: 2, of: 3 });
    assert.equal(findings[1]!.milestoneHint, undefined);
    assert.match(describeFinding(findings[0]!), /^one: m1\nHint 2 of 3: Count from zero\.$/);
  });

  it('a hint level past the last hint shows the last', () => {
    assert.deepEqual(currentHint({ hints: HINTS, hintLevel: 9 }), { text: HINTS[2], level: 3, of: 3 });
    assert.equal(currentHint({ hints: [], hintLevel: 2 }), undefined);
  });

  it('a timeout is one finding at the line that was running, not two', () => {
    const location = { file: 'loop.py', line: 3, column: 1 };
    const findings = findingsOf(run({
      status: 'timeout',
      problem: { kind: 'timeout', message: 'Your code was still running after 2 s', location },
      checks: [{ name: RUNNING_CHECK_NAME, status: 'error', message: 'The time limit ran out here.', location }],
    }), { targetFile: 'loop.py', anchorLine: 1 });
    assert.equal(findings.length, 1);
    assert.deepEqual([findings[0]!.file, findings[0]!.line, findings[0]!.problem], ['loop.py', 3, 'timeout']);
  });

  it('a problem with the set-up points at no line and carries no code hint', () => {
    const [finding] = findingsOf(run({ status: 'error', problem: { kind: 'no-interpreter', message: 'Python was not found' } }), { targetFile: 'a.py', hints: HINTS, hintLevel: 1 });
    assert.equal(finding!.file, undefined);
    assert.equal(finding!.milestoneHint, undefined);
  });

  it('summarize counts checks, and a run that stopped before any check still fails', () => {
    assert.deepEqual(summarize(run({ checks: [{ name: 'a', status: 'pass' }, { name: 'b', status: 'fail' }, { name: 'c', status: 'skip' }] })), { passed: 1, failing: 1, skipped: 1, total: 3 });
    assert.deepEqual(summarize(run({ status: 'error', checks: [] })), { passed: 0, failing: 1, skipped: 0, total: 1 });
  });

  it('the harness writes 0-based columns; the core reads them 1-based', () => {
    const parsed = parseHarnessResults(JSON.stringify({ version: 1, status: 'fail', checks: [{ name: 'a', status: 'fail', location: { file: 'a.py', line: 2, column: 0 } }] }));
    assert.ok(parsed.ok);
    assert.equal(parsed.results.checks[0]!.location!.column, 1);
  });
});
