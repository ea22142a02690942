/**
 * Quality gate for the built-in curriculum: it loads without a single problem, every lesson has
 * text, every code milestone fails on its starter and passes on its reference solution, every
 * predict snippet runs, and no text repeats the source curricula word for word.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CheckRunner } from '../../src/core/checks/runner';
import { selfTestMilestone } from '../../src/core/checks/selfTest';
import { formatDiagnostic } from '../../src/core/curriculum/compiled';
import { loadCurriculum } from '../../src/core/curriculum/loader';
import { lessonsOf } from '../../src/core/curriculum/model';

const PROJECT = path.resolve(__dirname, '..', '..');
const CURRICULUM = path.join(PROJECT, 'curriculum');
const SOLUTIONS = path.join(PROJECT, 'test', 'solutions');
const SEED_OVERLAP = path.join(PROJECT, '..', 'shared', 'tools', 'seed-overlap');
const PYTHON = process.env.PYMASTERY_TEST_PYTHON ?? 'python3';

const load = loadCurriculum(CURRICULUM, { origin: 'builtin' });
const runner = new CheckRunner({ harnessPath: path.join(PROJECT, 'harness', 'run_checks.py') });

describe('built-in curriculum', function () {
  this.timeout(60_000);

  it('loads with no errors and no warnings', () => {
    assert.deepEqual(load.diagnostics.map(formatDiagnostic), []);
    assert.ok(load.tracks.length >= 2, 'the demo tracks are there');
  });

  it('has every milestone kind', () => {
    const kinds = new Set(load.tracks.flatMap(lessonsOf).flatMap((l) => l.milestones.map((m) => m.kind)));
    assert.deepEqual([...kinds].sort(), ['code', 'predict', 'quiz', 'reflect']);
  });

  for (const track of load.tracks) {
    describe(`track ${track.id}`, () => {
      for (const lesson of lessonsOf(track)) {
        describe(`lesson ${lesson.id}`, () => {
          it('has lesson text with a heading and some substance', () => {
            const text = fs.readFileSync(lesson.text, 'utf8');
            assert.match(text, /^#{1,2} /m);
            assert.ok(text.split(/\s+/).length > 200, 'at least 200 words');
          });

          it('has reference solutions for its code milestones', () => {
            const codeMilestones = lesson.milestones.filter((m) => m.kind === 'code');
            if (codeMilestones.length === 0) return;
            assert.ok(fs.existsSync(path.join(SOLUTIONS, track.id, lesson.id)), `test/solutions/${track.id}/${lesson.id} exists`);
          });

          for (const milestone of lesson.milestones) {
            if (milestone.kind === 'code') {
              it(`${milestone.id}: fails on the starter, passes on the reference solution`, async () => {
                const result = await selfTestMilestone(lesson, milestone, { runner, interpreter: [PYTHON], solutionDir: path.join(SOLUTIONS, track.id, lesson.id) });
                assert.equal(result.verdict, 'ok', result.summary);
                assert.equal(result.onStarter.status, 'fail', 'the starter fails its checks rather than breaking them');
              });
            } else if (milestone.kind === 'predict') {
              it(`${milestone.id}: the snippet runs and prints something`, () => {
                const run = spawnSync(PYTHON, ['-c', milestone.snippet], { encoding: 'utf8', timeout: 10_000 });
                assert.equal(run.status, 0, run.stderr);
                assert.ok(run.stdout.trim().length > 0, 'a predict snippet prints what the learner predicts');
              });
            }
          }
        });
      }
    });
  }

  it('shares no run of words with the source curricula', function () {
    if (!fs.existsSync(SEED_OVERLAP)) this.skip();
    const run = spawnSync(SEED_OVERLAP, [CURRICULUM, SOLUTIONS], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });
});
