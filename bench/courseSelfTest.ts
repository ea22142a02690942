/**
 * (f) Verifying a whole course: a synthetic course of 600 code milestones (small starters,
 * checks in the house style, solutions) self-tested in parallel exactly as curriculum QA does it.
 * Target: at most 60 s. Also shown, to explain the figure: what one Python start and one harness
 * run cost on the interpreter used, and the floor they set (2 runs per milestone ÷ jobs).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  InterpreterChooser, candidateInterpretersFromEnv, codeMilestones, defaultJobs, selfTestCourse, summarize,
} from '../src/core/checks/courseSelfTest';
import { CheckRunner } from '../src/core/checks/runner';
import { loadCurriculum } from '../src/core/curriculum/loader';

const PROJECT = path.resolve(__dirname, '..');
const MILESTONES = Number(process.env.BENCH_COURSE_MILESTONES ?? 600);
const TARGET_SECONDS = 60;
const PER_LESSON = 10;
const LESSONS_PER_TRACK = 10;

export interface CourseBenchRow {
  name: string;
  figure: string;
  target: string;
  met: boolean | undefined;
}

/** Five small exercises, cycled: a function to write, a starter stub, a solution, two checks. */
const EXERCISES = [
  {
    fn: 'double', params: 'n', solution: 'return n * 2',
    checks: [['double(4) is 8', 'call(mod.double, 4).value', '8'], ['double(-3) is -6', 'call(mod.double, -3).value', '-6']],
  },
  {
    fn: 'add', params: 'a, b', solution: 'return a + b',
    checks: [['add(2, 3) is 5', 'call(mod.add, 2, 3).value', '5'], ['add joins strings too', 'call(mod.add, "ab", "c").value', '"abc"']],
  },
  {
    fn: 'shout', params: 'text', solution: 'return text.upper() + "!"',
    checks: [['shout("hi") is "HI!"', 'call(mod.shout, "hi").value', '"HI!"'], ['shout("") is "!"', 'call(mod.shout, "").value', '"!"']],
  },
  {
    fn: 'total', params: 'items', solution: 'return sum(items)',
    checks: [['total([1, 2, 3]) is 6', 'call(mod.total, [1, 2, 3]).value', '6'], ['total([]) is 0', 'call(mod.total, []).value', '0']],
  },
  {
    fn: 'first_word', params: 'text', solution: 'words = text.split()\n    return words[0] if words else ""',
    checks: [['first_word("a b") is "a"', 'call(mod.first_word, "a b").value', '"a"'], ['first_word("  ") is ""', 'call(mod.first_word, "  ").value', '""']],
  },
];

/** Writes the course under `root/course` and its solutions under `root/solutions`. */
export function writeSyntheticCourse(root: string, milestones: number): void {
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
  const lessons = Math.ceil(milestones / PER_LESSON);
  for (let t = 0; t * LESSONS_PER_TRACK < lessons; t++) {
    const trackId = `track-${t}`;
    const lessonIds: string[] = [];
    for (let l = 0; l < LESSONS_PER_TRACK && (t * LESSONS_PER_TRACK + l) < lessons; l++) {
      const lessonId = `lesson-${l}`;
      lessonIds.push(lessonId);
      const lessonDir = path.join(root, 'course', trackId, lessonId);
      const yaml = [`id: ${lessonId}`, `title: Lesson ${t}.${l}`, 'milestones:'];
      for (let m = 0; m < PER_LESSON; m++) {
        const index = (t * LESSONS_PER_TRACK + l) * PER_LESSON + m;
        if (index >= milestones) break;
        const exercise = EXERCISES[index % EXERCISES.length]!;
        const file = `ex${l}/step_${m}.py`;
        yaml.push(
          `  - id: step-${m}`, '    kind: code', `    title: Write ${exercise.fn}`, `    files: [${file}]`, `    anchor: ${exercise.fn}`,
          `    check: checks/step_${m}.py`, `    hints: [Read the docstring., "${exercise.solution.split('\n')[0]!.replace(/"/g, '\\"')}"]`,
        );
        write(path.join(lessonDir, 'starter', file),
          `def ${exercise.fn}(${exercise.params}):\n    """Step ${m} of lesson ${l}."""\n    raise NotImplementedError("${exercise.fn}() is not written yet")\n`);
        write(path.join(root, 'solutions', trackId, lessonId, file),
          `def ${exercise.fn}(${exercise.params}):\n    """Step ${m} of lesson ${l}."""\n    ${exercise.solution}\n`);
        write(path.join(lessonDir, 'checks', `step_${m}.py`), [
          'from pymastery import call, expect_equal, learner_module', '',
          ...exercise.checks.flatMap(([name, actual, expected], c) => [
            '', `def check_${exercise.fn}_${c}():`, `    """${name!.replace(/"/g, '\\"')}"""`,
            `    mod = learner_module("${file}")`, `    expect_equal(${actual}, ${expected})`, '']),
        ].join('\n'));
      }
      write(path.join(lessonDir, 'lesson.yaml'), `${yaml.join('\n')}\n`);
      write(path.join(lessonDir, 'lesson.md'), `# Lesson ${t}.${l}\n`);
    }
    write(path.join(root, 'course', trackId, 'track.yaml'),
      `id: ${trackId}\ntitle: Track ${t}\nmodules:\n  - id: all\n    title: All\n    lessons: [${lessonIds.join(', ')}]\n`);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** CPU seconds used so far by this process and by the children it has waited for (Linux only). */
function cpuSeconds(): { own: number; children: number } | undefined {
  try {
    // /proc/self/stat: fields 14-17 are utime, stime, cutime, cstime, in clock ticks (100 a second on Linux).
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ').map(Number);
    const tick = (i: number) => fields[i - 3]! / 100;
    return { own: tick(14) + tick(15), children: tick(16) + tick(17) };
  } catch {
    return undefined;
  }
}

function spawnMs(command: string, args: string[]): number {
  const started = performance.now();
  spawnSync(command, args, { stdio: 'ignore' });
  return performance.now() - started;
}

export async function benchCourseSelfTest(): Promise<CourseBenchRow[]> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pymastery-bench-course-'));
  try {
    writeSyntheticCourse(root, MILESTONES);
    const load = loadCurriculum(path.join(root, 'course'), { origin: 'workspace' });
    if (load.diagnostics.length > 0) throw new Error(`the synthetic course has problems: ${load.diagnostics[0]!.message}`);
    const items = codeMilestones(load.tracks, path.join(root, 'solutions'));
    const runner = new CheckRunner({ harnessPath: path.join(PROJECT, 'harness', 'run_checks.py') });
    const chooser = new InterpreterChooser(candidateInterpretersFromEnv());
    const interpreter = await chooser.defaultInterpreter();
    if (interpreter.problem) throw new Error(interpreter.problem);
    const jobs = defaultJobs();

    // The profile: a bare start of the command as given and as resolved, and one harness run.
    const given = interpreter.given;
    const python = interpreter.command[0]!;
    const item = items[0]!;
    await runner.run({ interpreter: interpreter.command, checkFile: item.milestone.check, workspace: path.join(item.lesson.dir, 'starter'), targets: item.milestone.files, timeoutSeconds: 10 });
    const bareGiven = median(Array.from({ length: 7 }, () => spawnMs(given[0]!, [...given.slice(1), '-c', 'pass'])));
    const bare = median(Array.from({ length: 11 }, () => spawnMs(python, ['-c', 'pass'])));
    const runs: number[] = [];
    for (let i = 0; i < 11; i++) {
      const run = await runner.run({ interpreter: interpreter.command, checkFile: item.milestone.check, workspace: path.join(item.lesson.dir, 'starter'), targets: item.milestone.files, timeoutSeconds: 10 });
      runs.push(run.durationMs);
    }
    const runMs = median(runs);

    const cpuBefore = cpuSeconds();
    const loadBefore = os.loadavg()[0]!;
    const started = performance.now();
    const results = await Promise.all(selfTestCourse(items, { runner, chooser, jobs }));
    const seconds = (performance.now() - started) / 1000;
    const cpuAfter = cpuSeconds();
    const loadAverage = (loadBefore + os.loadavg()[0]!) / 2;
    const summary = summarize(results, true);
    if (summary.ok !== items.length) {
      const bad = results.find((r) => r.verdict !== 'ok')!;
      throw new Error(`the synthetic course did not self-test clean (${summary.failed} failed): ${bad.milestone.key}: ${bad.summary}`);
    }
    const floor = (items.length * 2 * runMs) / jobs / 1000;
    const givenShown = given.join(' ');
    const cpu = cpuBefore && cpuAfter
      ? { own: cpuAfter.own - cpuBefore.own, children: cpuAfter.children - cpuBefore.children }
      : undefined;
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    return [
      {
        name: `(f) self-test a course of ${items.length} code milestones`,
        figure: `${seconds.toFixed(1)} s  (${(items.length / seconds).toFixed(1)} milestones/s, ${(seconds * 1000 * jobs / items.length).toFixed(0)} ms per milestone per job, ${jobs} jobs)`,
        target: `≤ ${(TARGET_SECONDS * items.length / 600).toFixed(0)} s`,
        met: seconds <= TARGET_SECONDS * items.length / 600,
      },
      {
        name: '    where the time goes',
        figure: `one harness run ${runMs.toFixed(0)} ms (bare start ${bare.toFixed(0)} ms) × 2 per milestone ÷ ${jobs} jobs = ${floor.toFixed(1)} s`,
        target: '',
        met: undefined,
      },
      {
        name: '    CPU it used, and the machine',
        figure: cpu
          ? `${(cpu.own + cpu.children).toFixed(1)} CPU-s (Node ${cpu.own.toFixed(1)}, Python ${cpu.children.toFixed(1)}) ÷ ${jobs} jobs = ${((cpu.own + cpu.children) / jobs).toFixed(1)} s with the cores to itself; load average ${loadAverage.toFixed(1)} on ${cores} cores meanwhile`
          : `load average ${loadAverage.toFixed(1)} on ${cores} cores meanwhile`,
        target: '',
        met: undefined,
      },
      {
        name: '    interpreter',
        figure: python === givenShown ? python : `${givenShown} → ${python} (a bare start of ${givenShown} itself: ${bareGiven.toFixed(0)} ms)`,
        target: '',
        met: undefined,
      },
    ];
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
