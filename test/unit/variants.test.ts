/**
 * Variant solutions: checks test behaviour, not spelling. Beside a lesson's reference solution,
 * `.variants/<milestone>/right-*` holds another correct solution, which must pass, and
 * `.variants/<milestone>/wrong-*` a plausible wrong one, which must fail:
 *
 *   test/solutions/<track>/<lesson>/.variants/<milestone>/right-<name>/<workspace files>
 *   test/solutions/<track>/<lesson>/.variants/<milestone>/wrong-<name>/<workspace files>
 *
 * A variant holds only the files it changes: it is laid over the starter and the reference
 * solution, then run through the same self-test as the reference solution. A milestone that
 * `requires` modules runs with the first interpreter that can import them all, and is skipped
 * when none can.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CheckRunner } from '../../src/core/checks/runner';
import { selfTestMilestone } from '../../src/core/checks/selfTest';
import { loadCurriculum } from '../../src/core/curriculum/loader';
import { lessonsOf, type CodeMilestone } from '../../src/core/curriculum/model';

const PROJECT = path.resolve(__dirname, '..', '..');
const CURRICULUM = path.join(PROJECT, 'curriculum');
const SOLUTIONS = path.join(PROJECT, 'test', 'solutions');
const CANDIDATES = [process.env.PYMASTERY_TEST_PYTHON, 'python3', '/usr/bin/python3'].filter((p): p is string => !!p);

const load = loadCurriculum(CURRICULUM, { origin: 'builtin' });
const runner = new CheckRunner({ harnessPath: path.join(PROJECT, 'harness', 'run_checks.py') });
const interpreterCache = new Map<string, string | null>();

/** The first candidate interpreter that can import every module `requires` names. */
function interpreterFor(requires: readonly string[]): string | null {
  const modules = requires.map((entry) => entry.split('(')[0]!.trim());
  const key = modules.join(',');
  if (!interpreterCache.has(key)) {
    const probe = `import importlib.util, sys\nsys.exit(0 if all(importlib.util.find_spec(m) for m in ${JSON.stringify(modules)}) else 1)`;
    const found = CANDIDATES.find((python) => spawnSync(python, ['-c', probe], { timeout: 10_000 }).status === 0) ?? null;
    interpreterCache.set(key, found);
  }
  return interpreterCache.get(key)!;
}

function directories(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/** A solution folder made of the reference solution (without its variants) with `variant` over it. */
function layered(reference: string, variant: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pymastery-variant-'));
  fs.cpSync(reference, folder, { recursive: true, filter: (source) => path.basename(source) !== '.variants' && path.basename(source) !== '__pycache__' });
  fs.cpSync(variant, folder, { recursive: true, filter: (source) => path.basename(source) !== '__pycache__' });
  return folder;
}

describe('variant solutions', function () {
  this.timeout(120_000);
  let found = 0;

  for (const track of load.tracks) {
    for (const lesson of lessonsOf(track)) {
      const reference = path.join(SOLUTIONS, track.id, lesson.id);
      const variantsRoot = path.join(reference, '.variants');
      for (const milestoneId of directories(variantsRoot)) {
        const milestone = lesson.milestones.find((m) => m.id === milestoneId);
        describe(`${track.id}/${lesson.id}/${milestoneId}`, () => {
          it('names a code milestone of the lesson', () => {
            assert.ok(milestone && milestone.kind === 'code', `.variants/${milestoneId} matches no code milestone of ${lesson.id}`);
          });
          if (!milestone || milestone.kind !== 'code') return;
          const code = milestone as CodeMilestone;
          for (const variant of directories(path.join(variantsRoot, milestoneId))) {
            const right = variant.startsWith('right-');
            if (!right && !variant.startsWith('wrong-')) {
              it(`${variant} is named right-* or wrong-*`, () => assert.fail(`variant folders are named right-* or wrong-*, not ${variant}`));
              continue;
            }
            found++;
            it(`${variant} ${right ? 'passes' : 'fails'}`, async function () {
              const python = interpreterFor(code.requires);
              // In CI every required package is installed, so nothing may be skipped there.
              if (!python && process.env.CI) assert.fail(`no interpreter here can import ${code.requires.join(', ')}`);
              if (!python) this.skip();
              const solutionDir = layered(reference, path.join(variantsRoot, milestoneId, variant));
              try {
                const result = await selfTestMilestone(lesson, code, { runner, interpreter: [python!], solutionDir });
                if (right) {
                  assert.equal(result.verdict, 'ok', result.summary);
                } else {
                  assert.equal(result.verdict, 'fails-on-solution', `a wrong variant must fail its checks: ${result.summary}`);
                  assert.equal(result.onSolution?.status, 'fail', 'it fails the checks rather than breaking them');
                }
              } finally {
                fs.rmSync(solutionDir, { recursive: true, force: true });
              }
            });
          }
        });
      }
    }
  }

  it('finds variants to run', () => {
    assert.ok(found > 0, 'no .variants folders under test/solutions');
  });
});
