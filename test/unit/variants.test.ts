/**
 * Variant solutions: proof that a milestone's checks judge behaviour, not spelling. Beside a
 * lesson's reference solution, `test/solutions/<track>/<lesson>/.variants/<milestone>/` may hold
 * folders named `right-*` (another correct solution, which must pass) and `wrong-*` (a plausible
 * mistake, which must fail). Each variant folder holds only the workspace files it changes; it is
 * laid over the starter and the reference solution before the milestone's self-test runs.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CheckRunner } from '../../src/core/checks/runner';
import { selfTestMilestone } from '../../src/core/checks/selfTest';
import { loadCurriculum } from '../../src/core/curriculum/loader';
import { lessonsOf } from '../../src/core/curriculum/model';

const PROJECT = path.resolve(__dirname, '..', '..');
const CURRICULUM = path.join(PROJECT, 'curriculum');
const SOLUTIONS = path.join(PROJECT, 'test', 'solutions');
const VARIANTS = '.variants';
const PYTHON = process.env.PYMASTERY_TEST_PYTHON ?? 'python3';

const load = loadCurriculum(CURRICULUM, { origin: 'builtin' });
const runner = new CheckRunner({ harnessPath: path.join(PROJECT, 'harness', 'run_checks.py') });

function folders(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/** The reference solution (without its variants) with `variant` copied over it, in a new folder. */
function layered(solution: string, variant: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pymastery-variant-'));
  fs.cpSync(solution, dir, { recursive: true, filter: (source) => path.basename(source) !== VARIANTS && path.basename(source) !== '__pycache__' });
  fs.cpSync(variant, dir, { recursive: true, filter: (source) => path.basename(source) !== '__pycache__' });
  return dir;
}

describe('variant solutions', function () {
  this.timeout(60_000);

  for (const track of load.tracks) {
    for (const lesson of lessonsOf(track)) {
      const solution = path.join(SOLUTIONS, track.id, lesson.id);
      const variantsRoot = path.join(solution, VARIANTS);
      for (const milestoneId of folders(variantsRoot)) {
        describe(`${track.id}/${lesson.id}/${milestoneId}`, () => {
          const milestone = lesson.milestones.find((m) => m.id === milestoneId);

          it('names a code milestone of the lesson', () => {
            assert.ok(milestone, `${lesson.id} has no milestone ${milestoneId}`);
            assert.equal(milestone.kind, 'code');
          });

          for (const variant of folders(path.join(variantsRoot, milestoneId))) {
            const right = variant.startsWith('right-');
            const wrong = variant.startsWith('wrong-');
            it(`${variant} ${right ? 'passes' : 'fails'}`, async () => {
              assert.ok(right || wrong, `variant folders are named right-* or wrong-*, not ${variant}`);
              assert.ok(milestone && milestone.kind === 'code', `${milestoneId} is a code milestone`);
              const dir = layered(solution, path.join(variantsRoot, milestoneId, variant));
              try {
                const result = await selfTestMilestone(lesson, milestone, { runner, interpreter: [PYTHON], solutionDir: dir });
                if (right) {
                  assert.equal(result.verdict, 'ok', result.summary);
                } else {
                  assert.equal(result.verdict, 'fails-on-solution', result.summary);
                  assert.equal(result.onSolution?.status, 'fail', `the wrong variant fails the checks rather than breaking them: ${result.summary}`);
                }
              } finally {
                fs.rmSync(dir, { recursive: true, force: true });
              }
            });
          }
        });
      }
    }
  }
});
