import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { CheckRunner } from '../../src/core/checks/runner';
import { selfTestMilestone } from '../../src/core/checks/selfTest';
import { loadCurriculum } from '../../src/core/curriculum/loader';
import { lessonsOf, type CodeMilestone } from '../../src/core/curriculum/model';
import { tempTree } from './tempTree';

const PROJECT = path.resolve(__dirname, '..', '..');
const runner = new CheckRunner({ harnessPath: path.join(PROJECT, 'harness', 'run_checks.py') });
const PYTHON = process.env.PYMASTERY_TEST_PYTHON ?? 'python3';

const CHECK = 'from pymastery import learner_module, call, expect_equal\n\ndef check_double():\n    """double(4) is 8"""\n    expect_equal(call(learner_module("calc.py").double, 4).value, 8)\n';

function courseWith(starter: string, solution: string) {
  const root = tempTree({
    'course/track.yaml': 'id: course\ntitle: Course\nmodules:\n  - id: one\n    title: One\n    lessons: [calc]\n',
    'course/calc/lesson.yaml': 'id: calc\ntitle: Calc\nmilestones:\n  - id: double\n    kind: code\n    title: Double\n    files: [calc.py]\n    anchor: double\n    check: checks/double.py\n    hints: [Multiply., By two.]\n',
    'course/calc/lesson.md': '# Calc\n',
    'course/calc/checks/double.py': CHECK,
    'course/calc/starter/calc.py': starter,
    'solutions/calc.py': solution,
  });
  const { tracks, diagnostics } = loadCurriculum(root, { origin: 'workspace' });
  assert.deepEqual(diagnostics, []);
  const lesson = lessonsOf(tracks[0]!)[0]!;
  return { lesson, milestone: lesson.milestones[0] as CodeMilestone, solutionDir: path.join(root, 'solutions') };
}

describe('milestone self-test', function () {
  this.timeout(20_000);

  it('is ok when the checks fail on the starter and pass on the solution', async () => {
    const { lesson, milestone, solutionDir } = courseWith('def double(n):\n    raise NotImplementedError\n', 'def double(n):\n    return n * 2\n');
    const result = await selfTestMilestone(lesson, milestone, { runner, interpreter: [PYTHON], solutionDir });
    assert.equal(result.verdict, 'ok', result.summary);
  });

  it('catches checks that already pass on the starter', async () => {
    const { lesson, milestone, solutionDir } = courseWith('def double(n):\n    return n + n\n', 'def double(n):\n    return n * 2\n');
    const result = await selfTestMilestone(lesson, milestone, { runner, interpreter: [PYTHON], solutionDir });
    assert.equal(result.verdict, 'passes-on-starter');
  });

  it('catches checks that a correct solution cannot pass', async () => {
    const { lesson, milestone, solutionDir } = courseWith('def double(n):\n    raise NotImplementedError\n', 'def double(n):\n    return n * 3\n');
    const result = await selfTestMilestone(lesson, milestone, { runner, interpreter: [PYTHON], solutionDir });
    assert.equal(result.verdict, 'fails-on-solution');
    assert.match(result.summary, /double\(4\) is 8/);
  });

  it('says when there is no solution to prove the checks', async () => {
    const { lesson, milestone } = courseWith('def double(n):\n    raise NotImplementedError\n', '');
    const result = await selfTestMilestone(lesson, milestone, { runner, interpreter: [PYTHON], solutionDir: '/nonexistent' });
    assert.equal(result.verdict, 'no-solution');
  });
});
