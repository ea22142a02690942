/**
 * Quality gate for the built-in curriculum: it loads without a single problem, every lesson has
 * text, nothing is orphaned and no code milestone lacks a solution, every code milestone fails on
 * its starter and passes on its reference solution, every predict snippet runs, and no text
 * repeats the source curricula word for word.
 *
 * The code milestones are self-tested in parallel (as many at once as there are cores, or
 * PYMASTERY_JOBS), started before the first test; each still has its own test below. A milestone
 * runs with the first interpreter that can import what it `requires` (PYMASTERY_TEST_PYTHON or
 * python3, then /usr/bin/python3, or the list in PYMASTERY_QA_PYTHONS). When none can, the test
 * is skipped with the reason, or fails under CI=true / PYMASTERY_QA_STRICT=1.
 */
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { auditCourse, formatFinding } from '../../src/core/checks/courseAudit';
import {
  InterpreterChooser, candidateInterpretersFromEnv, codeMilestones, defaultJobs, formatSummary, outcomeOf, selfTestCourse,
  strictFromEnv, summarize,
} from '../../src/core/checks/courseSelfTest';
import { debianPackagesFor } from '../../src/core/checks/debianPackages';
import { CheckRunner } from '../../src/core/checks/runner';
import type { SelfTestResult } from '../../src/core/checks/selfTest';
import { formatDiagnostic } from '../../src/core/curriculum/compiled';
import { loadCurriculum } from '../../src/core/curriculum/loader';
import { lessonsOf } from '../../src/core/curriculum/model';

const PROJECT = path.resolve(__dirname, '..', '..');
const CURRICULUM = path.join(PROJECT, 'curriculum');
const SOLUTIONS = path.join(PROJECT, 'test', 'solutions');
const SEED_OVERLAP = path.join(PROJECT, '..', 'shared', 'tools', 'seed-overlap');
const CI_SCRIPT = path.join(PROJECT, '.ci', 'run');
const PYTHON = process.env.PYMASTERY_TEST_PYTHON ?? 'python3';
const STRICT = strictFromEnv();
const JOBS = defaultJobs();

const load = loadCurriculum(CURRICULUM, { origin: 'builtin' });
const runner = new CheckRunner({ harnessPath: path.join(PROJECT, 'harness', 'run_checks.py') });
const milestones = codeMilestones(load.tracks, SOLUTIONS);

/** Runs a command without blocking the event loop (the self-test pool runs meanwhile). */
function run(command: string, args: string[], timeout = 10_000): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { encoding: 'utf8', timeout, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = (error as { code?: unknown } | null)?.code;
      resolve({ status: error ? (typeof code === 'number' ? code : null) : 0, stdout, stderr: stderr || (error?.message ?? '') });
    });
  });
}

/** The Debian packages `.ci/run` installs: every word of its `…_packages="…"` assignments. */
function ciDebianPackages(): Set<string> {
  const script = fs.readFileSync(CI_SCRIPT, 'utf8');
  const words = [...script.matchAll(/^\s*\w*_packages="([^"]*)"/gm)].flatMap((m) => m[1]!.split(/\s+/));
  return new Set(words.filter((w) => w && !w.startsWith('$')));
}

describe('built-in curriculum', function () {
  this.timeout(60_000);

  let selfTests = new Map<string, Promise<SelfTestResult>>();
  let started = 0;

  before(function () {
    // Started here, awaited test by test: the pool keeps every core busy meanwhile.
    started = performance.now();
    const chooser = new InterpreterChooser(candidateInterpretersFromEnv());
    const promises = selfTestCourse(milestones, { runner, chooser, jobs: JOBS });
    selfTests = new Map(milestones.map((item, i) => [item.milestone.key, promises[i]!]));
  });

  after(async function () {
    if (selfTests.size === 0) return;
    const results = await Promise.all(selfTests.values());
    const summary = summarize(results, STRICT, 3);
    if (summary.skipped > 0 || summary.failed > 0) {
      console.log(formatSummary(summary, performance.now() - started, JOBS, STRICT).map((line) => `      ${line}`).join('\n'));
    }
  });

  it('loads with no errors and no warnings', () => {
    assert.deepEqual(load.diagnostics.map(formatDiagnostic), []);
    assert.ok(load.tracks.length >= 2, 'the demo tracks are there');
  });

  it('has every milestone kind', () => {
    const kinds = new Set(load.tracks.flatMap(lessonsOf).flatMap((l) => l.milestones.map((m) => m.kind)));
    assert.deepEqual([...kinds].sort(), ['code', 'predict', 'quiz', 'reflect']);
  });

  it('has no orphans and no gaps: every solution, check and starter file is used, every code milestone has a solution', () => {
    const findings = auditCourse(load.tracks, { solutionsDir: SOLUTIONS });
    assert.deepEqual(findings.map((f) => formatFinding(f, PROJECT)), []);
  });

  it("has the Debian package for everything it requires in .ci/run's package list", () => {
    const installed = ciDebianPackages();
    const missing = debianPackagesFor(load.tracks).filter((p) => p.guessed || !installed.has(p.name));
    assert.deepEqual(missing.map((p) => p.guessed
      ? `${p.requirement.module}: no known Debian package (is it ${p.name}? check with apt-cache policy, then add it to src/core/checks/debianPackages.ts)`
      : `${p.requirement.module}: add ${p.name} to the package list in .ci/run`), []);
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

          for (const milestone of lesson.milestones) {
            if (milestone.kind === 'code') {
              it(`${milestone.id}: fails on the starter, passes on the reference solution`, async function () {
                // Two runs (starter, solution), each within the milestone's own time limit, plus
                // room for the pool to reach it: a test-writing milestone may take a minute.
                this.timeout(Math.max(60_000, (2 * milestone.timeout + 60) * 1000));
                const result = await selfTests.get(milestone.key)!;
                if (outcomeOf(result, STRICT) === 'skipped') {
                  this.test!.title += ` (skipped: ${result.summary})`;
                  this.skip();
                }
                assert.equal(result.verdict, 'ok', result.summary);
                assert.equal(result.onStarter?.status, 'fail', 'the starter fails its checks rather than breaking them');
              });
            } else if (milestone.kind === 'predict') {
              it(`${milestone.id}: the snippet runs and prints something`, async () => {
                const snippet = await run(PYTHON, ['-c', milestone.snippet]);
                assert.equal(snippet.status, 0, snippet.stderr);
                assert.ok(snippet.stdout.trim().length > 0, 'a predict snippet prints what the learner predicts');
              });
            }
          }
        });
      }
    });
  }

  it('shares no run of words with the source curricula', async function () {
    if (!fs.existsSync(SEED_OVERLAP)) this.skip();
    const overlap = await run(SEED_OVERLAP, [CURRICULUM, SOLUTIONS], 60_000);
    assert.equal(overlap.status, 0, overlap.stdout + overlap.stderr);
  });
});
