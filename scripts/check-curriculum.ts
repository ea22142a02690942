/**
 * For course authors: validates a curriculum folder, looks for orphans and gaps (solutions,
 * check files and starter files that nothing uses; code milestones without a solution), and
 * self-tests every code milestone (fails on its starter, passes on its reference solution), as
 * many at once as the machine has cores.
 *
 *   npm run curriculum:check                          the built-in curriculum and test/solutions
 *   npm run curriculum:check -- DIR --solutions SOL   any curriculum folder; SOL/<track>/<lesson>/…
 *   --python CMD      an interpreter to try (repeat for several, first first); by default
 *                     PYMASTERY_TEST_PYTHON or python3, then /usr/bin/python3. Each milestone runs
 *                     with the first one that can import everything it `requires`. Each is
 *                     resolved once to the interpreter it starts (its sys.executable), so that a
 *                     wrapper such as a pyenv shim is not paid for on every run.
 *   --only KEY        self-test only the milestones under KEY: a track (`deep-dive`), a lesson
 *                     (`deep-dive/project-2-file-sync`) or one milestone; repeat for several
 *   --jobs N          milestones at once (default: the core count, or PYMASTERY_JOBS)
 *   --strict          a milestone whose packages no interpreter has fails instead of being
 *                     skipped (the default under CI=true or PYMASTERY_QA_STRICT=1)
 *   --debian-packages print the Debian packages that provide what the curriculum requires, and stop
 */
import * as path from 'node:path';
import { auditCourse, formatFinding } from '../src/core/checks/courseAudit';
import {
  InterpreterChooser, candidateInterpretersFromEnv, codeMilestones, defaultJobs, formatSummary, outcomeOf, parseJobs,
  selfTestCourse, strictFromEnv, summarize, type CourseMilestone,
} from '../src/core/checks/courseSelfTest';
import { debianPackagesFor } from '../src/core/checks/debianPackages';
import { CheckRunner } from '../src/core/checks/runner';
import type { SelfTestResult } from '../src/core/checks/selfTest';
import { formatDiagnostic } from '../src/core/curriculum/compiled';
import { loadCurriculum } from '../src/core/curriculum/loader';

const projectRoot = path.resolve(__dirname, '..');
const VALUE_FLAGS = new Set(['--solutions', '--python', '--jobs', '--only']);
const SWITCHES = new Set(['--strict', '--debian-packages']);

interface Arguments {
  positional: string[];
  values: Map<string, string[]>;
  switches: Set<string>;
}

function parseArguments(argv: readonly string[]): Arguments {
  const parsed: Arguments = { positional: [], values: new Map(), switches: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (VALUE_FLAGS.has(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      parsed.values.set(flag, [...(parsed.values.get(flag) ?? []), value]);
    } else if (SWITCHES.has(flag)) {
      parsed.switches.add(flag);
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      parsed.positional.push(arg);
    }
  }
  return parsed;
}

class UsageError extends Error {}

async function main(): Promise<number> {
  const args = parseArguments(process.argv.slice(2));
  const root = path.resolve(args.positional[0] ?? path.join(projectRoot, 'curriculum'));
  const solutions = path.resolve(args.values.get('--solutions')?.at(-1) ?? path.join(projectRoot, 'test', 'solutions'));
  const jobsText = args.values.get('--jobs')?.at(-1);
  const jobs = jobsText === undefined ? defaultJobs() : parseJobs(jobsText);
  if (!jobs) throw new UsageError(`--jobs takes a whole number of at least 1, not "${jobsText}"`);
  const strict = args.switches.has('--strict') || strictFromEnv();
  const pythons = args.values.get('--python')?.map((p) => [p]) ?? candidateInterpretersFromEnv();

  const load = loadCurriculum(root, { origin: 'workspace' });
  if (args.switches.has('--debian-packages')) {
    for (const diagnostic of load.diagnostics) console.error(formatDiagnostic(diagnostic));
    for (const found of debianPackagesFor(load.tracks)) {
      console.log(found.guessed ? `${found.name}\t# a guess for "${found.requirement.module}": check it with apt-cache policy` : found.name);
    }
    return load.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  }

  for (const diagnostic of load.diagnostics) console.log(formatDiagnostic(diagnostic));
  let problems = load.diagnostics.length;

  const findings = auditCourse(load.tracks, { solutionsDir: solutions, unloadedTracks: load.diagnostics.flatMap((d) => (d.track ? [d.track] : [])) });
  for (const finding of findings) console.log(`✗ ${formatFinding(finding, process.cwd())}`);
  problems += findings.length;
  console.log(`orphans and gaps: ${findings.length === 0 ? 'none' : `${findings.length} found`}`);

  const runner = new CheckRunner({ harnessPath: path.join(projectRoot, 'harness', 'run_checks.py') });
  const chooser = new InterpreterChooser(pythons);
  for (const interpreter of await chooser.all()) {
    const shown = interpreter.given.join(' ');
    const resolved = interpreter.command.join(' ');
    console.log(`python: ${shown}${resolved !== shown ? ` → ${resolved}` : ''}${interpreter.version ? ` (${interpreter.version})` : ''}${interpreter.problem ? ` — cannot be used: ${interpreter.problem}` : ''}`);
  }

  const only = args.values.get('--only') ?? [];
  const selected = (key: string) => only.length === 0 || only.some((prefix) => key === prefix || key.startsWith(`${prefix}/`));
  const items = codeMilestones(load.tracks, solutions)
    .filter((item) => selected(`${item.track.id}/${item.lesson.id}/${item.milestone.id}`));
  if (only.length > 0 && items.length === 0) throw new UsageError(`--only ${only.join(', ')} matches no code milestone`);
  const abort = new AbortController();
  let interrupted = false;
  const onInterrupt = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.log('\nstopping: the runs in progress are being cancelled and their folders removed (Ctrl-C again to quit at once)');
    abort.abort();
  };
  process.on('SIGINT', onInterrupt);

  const progress = new Progress(items.length, Boolean(process.stdout.isTTY), strict);
  const started = performance.now();
  const results = await Promise.all(selfTestCourse(items, {
    runner, chooser, jobs, signal: abort.signal,
    onStart: (item) => progress.started(item),
    onResult: (result, item) => progress.finished(result, item),
  }));
  const elapsed = performance.now() - started;
  progress.done();
  process.off('SIGINT', onInterrupt);

  const summary = summarize(results, strict);
  console.log('');
  for (const line of formatSummary(summary, elapsed, jobs, strict)) console.log(line);
  problems += summary.failed;
  console.log(`\n${load.tracks.length} tracks checked, ${problems} problem${problems === 1 ? '' : 's'}`);
  if (interrupted) return 130;
  return problems === 0 ? 0 : 1;
}

/**
 * Progress as it goes. On a terminal: one counter line, redrawn, with every problem printed in
 * full above it. Elsewhere (CI, a pipe): one plain line per milestone.
 */
class Progress {
  private done_ = 0;
  private readonly counts = { ok: 0, failed: 0, skipped: 0 };
  private readonly running = new Set<string>();
  private readonly width: number;

  constructor(private readonly total: number, private readonly tty: boolean, private readonly strict: boolean) {
    this.width = String(total).length;
  }

  started(item: CourseMilestone): void {
    this.running.add(item.milestone.key);
    if (this.tty) this.draw();
  }

  finished(result: SelfTestResult, item: CourseMilestone): void {
    this.running.delete(item.milestone.key);
    this.done_++;
    const outcome = outcomeOf(result, this.strict);
    this.counts[outcome]++;
    const mark = outcome === 'ok' ? '✓' : outcome === 'skipped' ? '-' : '✗';
    const time = `${(result.durationMs / 1000).toFixed(2)} s`;
    const detail = outcome === 'ok' ? '' : ` ${result.verdict}: ${result.summary}`;
    const line = `[${String(this.done_).padStart(this.width)}/${this.total}] ${mark} ${item.milestone.key}  ${time}${detail}`;
    if (!this.tty) {
      console.log(line);
      return;
    }
    if (outcome !== 'ok') {
      this.clear();
      console.log(line);
    }
    this.draw();
  }

  done(): void {
    if (this.tty) this.clear();
  }

  private draw(): void {
    const columns = process.stdout.columns || 100;
    const latest = [...this.running].at(-1) ?? '';
    const text = `[${String(this.done_).padStart(this.width)}/${this.total}] ${this.counts.ok} ok, ${this.counts.failed} failed, ${this.counts.skipped} skipped  ${latest}`;
    process.stdout.write(`\r\x1b[K${text.slice(0, columns - 1)}`);
  }

  private clear(): void {
    process.stdout.write('\r\x1b[K');
  }
}

main().then((code) => process.exit(code), (error) => {
  if (error instanceof UsageError) {
    console.error(`curriculum:check: ${error.message}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(2);
});
