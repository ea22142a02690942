/**
 * The check runner against a real Python and the real harness, with learner code that
 * misbehaves in every way we could think of. Each case must end with a clear result within its
 * time limit plus one second, and the runner must never throw.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CheckRunner, type CheckRequest, type CheckRun } from '../../src/core/checks/runner';
import { tempDir, writeTree } from './tempTree';

const PROJECT = path.resolve(__dirname, '..', '..');
const HARNESS = path.join(PROJECT, 'harness', 'run_checks.py');
const PYTHON = process.env.PYMASTERY_TEST_PYTHON ?? 'python3';
const PYENV = path.join(process.env.PYENV_ROOT ?? path.join(process.env.HOME ?? '', '.pyenv'), 'versions');

const runner = new CheckRunner({ harnessPath: HARNESS });

/** A check that calls `solve()` from `solution.py` and expects 42. */
const CHECK_SOLVE = `from pymastery import learner_module, call, expect_equal

def check_solve():
    """solve() returns 42"""
    module = learner_module("solution.py")
    result = call(module.solve)
    expect_equal(result.value, 42, hint="Return 42.")
`;

interface Case {
  learner: string;
  check?: string;
  timeout?: number;
  workspaceName?: string;
  extraFiles?: Record<string, string | Buffer>;
}

async function runCase(c: Case, overrides: Partial<CheckRequest> = {}): Promise<{ run: CheckRun; elapsedMs: number; workspace: string }> {
  const base = tempDir();
  const workspace = path.join(base, c.workspaceName ?? 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  writeTree(base, { 'course/check_solve.py': c.check ?? CHECK_SOLVE });
  fs.writeFileSync(path.join(workspace, 'solution.py'), c.learner);
  for (const [name, content] of Object.entries(c.extraFiles ?? {})) fs.writeFileSync(path.join(workspace, name), content);
  const timeoutSeconds = c.timeout ?? 5;
  const started = performance.now();
  const run = await runner.run({
    interpreter: [PYTHON],
    checkFile: path.join(base, 'course', 'check_solve.py'),
    workspace,
    targets: ['solution.py'],
    anchor: 'solve',
    timeoutSeconds,
    ...overrides,
  });
  const elapsedMs = performance.now() - started;
  assert.ok(elapsedMs < timeoutSeconds * 1000 + 1000, `took ${elapsedMs.toFixed(0)} ms, limit ${timeoutSeconds} s + 1 s`);
  return { run, elapsedMs, workspace };
}

function lineOf(source: string, marker: string): number {
  const index = source.split('\n').findIndex((line) => line.includes(marker));
  assert.ok(index >= 0, `marker ${marker} not in source`);
  return index + 1;
}

function locations(run: CheckRun): Array<{ file: string; line: number }> {
  const all = run.checks.map((c) => c.location).filter((l) => l !== undefined);
  if (run.problem?.location) all.push(run.problem.location);
  return all.map((l) => ({ file: l.file, line: l.line }));
}

/** Whether `pid` is alive; a killed child that is waiting to be reaped (a zombie) is not. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] !== 'Z';
  } catch {
    return true;
  }
}

function failureText(run: CheckRun): string {
  return [run.problem?.message ?? '', ...run.checks.map((c) => `${c.message ?? ''} ${c.hint ?? ''}`)].join('\n');
}

describe('check runner with a real Python', function () {
  this.timeout(30_000);

  it('passes correct code and fails wrong code with the hint and both values', async () => {
    const good = await runCase({ learner: 'def solve():\n    return 42\n' });
    assert.equal(good.run.status, 'pass', JSON.stringify(good.run));
    assert.match(good.run.python?.version ?? '', /^3\.\d+/);

    const learner = 'def solve():\n    return 41\n';
    const bad = await runCase({ learner });
    assert.equal(bad.run.status, 'fail');
    const check = bad.run.checks[0]!;
    assert.equal(check.hint, 'Return 42.');
    assert.equal(check.expected, '42');
    assert.equal(check.actual, '41');
    assert.deepEqual(check.location && [check.location.file, check.location.line], ['solution.py', 1]);
  });

  describe('learner code that misbehaves', () => {
    it('an infinite loop: stopped at the time limit, located on the loop', async () => {
      const learner = 'def solve():\n    n = 0\n    while True:  # LOOP\n        n += 1\n';
      const { run } = await runCase({ learner, timeout: 1 });
      assert.equal(run.status, 'timeout');
      assert.equal(run.problem?.kind, 'timeout');
      const lines = locations(run).map((l) => l.line);
      assert.ok(lines.some((l) => l === lineOf(learner, 'LOOP') || l === lineOf(learner, 'LOOP') + 1), `lines ${lines}`);
    });

    it('an infinite loop at import time', async () => {
      const learner = 'import time\nwhile True:  # LOOP\n    time.sleep(0.01)\n';
      const { run } = await runCase({ learner, timeout: 1 });
      assert.equal(run.status, 'timeout');
      assert.ok(locations(run).some((l) => l.line === 2 || l.line === 3), JSON.stringify(run));
    });

    it('a hang inside C code that holds the interpreter lock', async () => {
      const learner = 'import re\ndef solve():\n    return re.match(r"(a*)*b", "a" * 64)  # HANG\n';
      const { run } = await runCase({ learner, timeout: 1 });
      assert.equal(run.status, 'timeout');
      assert.ok(locations(run).some((l) => l.line === 3), JSON.stringify(run));
    });

    it('runaway recursion: a failure on the recursive line', async () => {
      const learner = 'def solve(n=0):\n    return solve(n + 1)  # RECURSE\n';
      const { run } = await runCase({ learner });
      assert.equal(run.status, 'fail');
      assert.match(failureText(run), /RecursionError/);
      assert.equal(run.checks[0]!.location?.line, 2);
    });

    it('50 MB of printed output is capped and fast', async () => {
      const learner = 'def solve():\n    chunk = "x" * 1000 + "\\n"\n    for _ in range(50_000):\n        print(chunk, end="")\n    return 41\n';
      const { run } = await runCase({ learner, timeout: 20 });
      assert.equal(run.status, 'fail');
      const output = run.checks[0]!.output ?? '';
      assert.ok(output.length < 200_000, `output kept ${output.length} chars`);
      assert.ok(run.stdout.length < 200_000);
    });

    it('50 MB written straight to file descriptor 1 is capped by the runner', async () => {
      const learner = 'import os\ndef solve():\n    block = b"y" * 1_000_000\n    for _ in range(50):\n        os.write(1, block)\n    return 42\n';
      const { run } = await runCase({ learner, timeout: 20 });
      assert.equal(run.status, 'pass');
      assert.ok(run.stdout.length < 100_000, `stdout kept ${run.stdout.length} chars`);
      assert.match(run.stdout, /more bytes cut/);
    });

    it('input() with nothing to read fails at once instead of waiting', async () => {
      const learner = 'def solve():\n    return int(input("number? "))  # INPUT\n';
      const { run, elapsedMs } = await runCase({ learner });
      assert.equal(run.status, 'fail');
      assert.match(failureText(run), /EOF|input/i);
      assert.equal(run.checks[0]!.location?.line, 2);
      assert.ok(elapsedMs < 3000);
    });

    it('sys.exit() at import is a failure, not a silent stop', async () => {
      const { run } = await runCase({ learner: 'import sys\nsys.exit(0)\ndef solve():\n    return 42\n' });
      assert.notEqual(run.status, 'pass');
      assert.match(failureText(run), /exit/i);
      assert.ok(locations(run).some((l) => l.line === 2), JSON.stringify(run));
    });

    it('os._exit() at import is a failure', async () => {
      const { run } = await runCase({ learner: 'import os\nos._exit(0)\ndef solve():\n    return 42\n' });
      assert.notEqual(run.status, 'pass');
      assert.match(failureText(run), /exit/i);
    });

    describe('a process that leaves the process group does not outlive the run', () => {
      /** Starts a sleeper in a session of its own, orphaned (its parent exits), and notes its pid. */
      const escaper = (then: string) => `import os, subprocess, sys
subprocess.run([sys.executable, "-c", """
import os, subprocess, sys
p = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"], start_new_session=True)
open("escaped.pid", "w").write(str(p.pid))
"""], check=True)
def solve():
${then}
`;
      const alive = (pid: number) => {
        try {
          return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
        } catch {
          return false;
        }
      };
      const escapedPid = (workspace: string) => Number(fs.readFileSync(path.join(workspace, 'escaped.pid'), 'utf8'));

      before(function () {
        if (process.platform !== 'linux') this.skip();
      });

      it('when the checks finish', async () => {
        const { run, workspace } = await runCase({ learner: escaper('    return 42') });
        assert.equal(run.status, 'pass', JSON.stringify(run));
        const pid = escapedPid(workspace);
        assert.ok(pid > 0);
        assert.equal(alive(pid), false, `process ${pid} is still running`);
      });

      it('when the time limit stops them', async () => {
        const { run, workspace } = await runCase({ learner: escaper('    while True:\n        pass'), timeout: 2 });
        assert.equal(run.status, 'timeout', JSON.stringify(run));
        const pid = escapedPid(workspace);
        await new Promise((resolve) => setTimeout(resolve, 200));
        assert.equal(alive(pid), false, `process ${pid} is still running`);
      });
    });

    describe('memory', () => {
      before(function () {
        if (process.platform !== 'linux') this.skip();
      });

      it('a runaway allocation fails on its line, saying how much memory the limit allows', async () => {
        const learner = 'def solve():\n    grid = [[0] * 1000 for _ in range(10)]\n    big = bytearray(2 * 1024 ** 3)  # ALLOCATE\n    return 42\n';
        const { run } = await runCase({ learner }, { memoryMb: 256 });
        assert.equal(run.status, 'fail', JSON.stringify(run));
        assert.match(failureText(run), /used more than 256 MB of memory/);
        assert.equal(run.checks[0]!.location?.line, 3);
      });

      it('a list that keeps growing stops at the limit, not at the machine\'s end', async () => {
        const learner = 'def solve():\n    items = []\n    while True:\n        items.append("x" * 1000)  # GROW\n';
        const { run } = await runCase({ learner, timeout: 30 }, { memoryMb: 200, timeoutSeconds: 30 });
        assert.equal(run.status, 'fail', JSON.stringify(run));
        assert.match(failureText(run), /used more than 200 MB/);
        assert.ok(locations(run).some((l) => l.line === 4), JSON.stringify(locations(run)));
      });

      it('fifty threads that allocate little get no MemoryError under the default limit', async () => {
        const learner = [
          'import threading',
          'def solve():',
          '    results = []',
          '    together = threading.Barrier(50)',
          '    def work(n):',
          '        together.wait()  # all fifty are alive at once',
          '        results.append(sum(range(n)))',
          '    threads = [threading.Thread(target=work, args=(i,)) for i in range(50)]',
          '    for t in threads:',
          '        t.start()',
          '    for t in threads:',
          '        t.join()',
          '    return 42 if len(results) == 50 else len(results)',
        ].join('\n');
        const { run } = await runCase({ learner });
        assert.equal(run.status, 'pass', JSON.stringify(run));
      });
    });

    describe('a forged pass is never reported', () => {
      /** Learner code that writes a passing results file where the harness will look, then ends its own process. */
      const forger = (ending: string) => `import json, os, signal, sys
with open("/proc/self/cmdline", "rb") as f:
    argv = [a.decode() for a in f.read().split(b"\\0")]
results = argv[argv.index("--results") + 1]
with open(results, "w") as f:
    json.dump({"version": 1, "status": "pass", "duration_ms": 1.0, "complete": True,
               "python": {"executable": sys.executable, "version": "%d.%d.%d" % sys.version_info[:3]},
               "checks": [{"name": "solve() returns 42", "status": "pass"}]}, f)
${ending}
def solve():
    return 0
`;
      for (const [name, ending] of [
        ['SIGKILL', 'os.kill(os.getpid(), signal.SIGKILL)'],
        ['SIGTERM', 'os.kill(os.getpid(), signal.SIGTERM)'],
        ['posix._exit(0)', 'import posix\nposix._exit(0)'],
        ['os._exit(0)', 'os._exit(0)'],
        ['exit code 5', 'import posix\ntry:\n    posix._exit(5)\nexcept BaseException:\n    pass\nos.kill(os.getpid(), signal.SIGKILL)'],
      ] as const) {
        it(`written and then ended with ${name}`, async () => {
          const { run } = await runCase({ learner: forger(ending) });
          assert.notEqual(run.status, 'pass', JSON.stringify(run));
          assert.ok(!run.checks.some((c) => c.status === 'pass'), JSON.stringify(run.checks));
          assert.doesNotMatch(JSON.stringify(run), /ValueError|No such file/, 'the forger found the results file');
        });
      }
    });

    it('raising SystemExit inside the function under test', async () => {
      const { run } = await runCase({ learner: 'def solve():\n    raise SystemExit(3)\n' });
      assert.equal(run.status, 'fail');
      assert.match(failureText(run), /exit/i);
      assert.equal(run.checks[0]!.location?.line, 2);
    });

    it('KeyboardInterrupt raised by learner code', async () => {
      const { run } = await runCase({ learner: 'def solve():\n    raise KeyboardInterrupt\n' });
      assert.equal(run.status, 'fail');
      assert.match(failureText(run), /KeyboardInterrupt/);
      assert.equal(run.checks[0]!.location?.line, 2);
    });

    it('a segfault through ctypes: a crash report located on the learner line', async () => {
      const learner = 'import ctypes\ndef solve():\n    return ctypes.string_at(0)  # CRASH\n';
      const { run } = await runCase({ learner });
      assert.equal(run.status, 'error');
      assert.ok(['crashed', 'exited'].includes(run.problem?.kind ?? ''), JSON.stringify(run.problem));
      assert.match(failureText(run), /crash|segmentation/i);
      assert.ok(locations(run).some((l) => l.line === 3), JSON.stringify(run));
    });

    it('a crash from deep recursion under a raised limit names recursion, not C code', async function () {
      // Python 3.8 to 3.10 keep Python calls on the C stack, so they crash where 3.11+ raise RecursionError.
      const installed = fs.existsSync(PYENV) ? fs.readdirSync(PYENV) : [];
      const python = ['3.10', '3.9', '3.8'].map((v) => installed.find((name) => name.startsWith(`${v}.`)))
        .map((name) => name && path.join(PYENV, name, 'bin', 'python')).find((p) => p && fs.existsSync(p));
      if (!python) this.skip();
      const learner = 'import sys\nsys.setrecursionlimit(10 ** 7)\ndef solve(n=0):\n    return solve(n + 1)  # RECURSE\n';
      const { run } = await runCase({ learner, timeout: 10 }, { interpreter: [python!], timeoutSeconds: 10 });
      assert.equal(run.problem?.kind, 'crashed', JSON.stringify(run.problem));
      assert.match(run.problem!.message, /recursion/i);
      assert.doesNotMatch(run.problem!.message, /plain Python code cannot/);
      assert.ok(locations(run).some((l) => l.line === 4), JSON.stringify(run));
    });

    it('a child process left running is killed with the check', async () => {
      const learner = [
        'import subprocess, sys',
        'def solve():',
        '    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])',
        '    open("child.pid", "w").write(str(child.pid))',
        '    return 42',
      ].join('\n');
      const { run, workspace } = await runCase({ learner });
      assert.equal(run.status, 'pass');
      const pid = Number(fs.readFileSync(path.join(workspace, 'child.pid'), 'utf8'));
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(isRunning(pid), false, 'the child is gone');
    });

    it('a non-daemon thread that never ends does not keep the check alive', async () => {
      const learner = 'import threading, time\ndef solve():\n    threading.Thread(target=lambda: time.sleep(600)).start()\n    return 42\n';
      const { run, elapsedMs } = await runCase({ learner, timeout: 3 });
      assert.equal(run.status, 'pass');
      assert.ok(elapsedMs < 2500, `took ${elapsedMs} ms`);
    });

    it('printing text that looks like a results file changes nothing', async () => {
      const fake = JSON.stringify({ version: 1, status: 'pass', complete: true, checks: [{ name: 'x', status: 'pass' }] });
      const { run } = await runCase({ learner: `print(${JSON.stringify(fake)})\ndef solve():\n    print(${JSON.stringify(fake)})\n    return 0\n` });
      assert.equal(run.status, 'fail');
    });

    it('monkeypatching builtins does not corrupt the results', async () => {
      const learner = [
        'import builtins, json, os',
        'builtins.open = lambda *a, **k: None',
        'builtins.print = lambda *a, **k: None',
        'json.dumps = lambda *a, **k: "{}"',
        'os.replace = lambda *a, **k: None',
        'def solve():',
        '    return 0',
      ].join('\n');
      const { run } = await runCase({ learner });
      assert.equal(run.status, 'fail');
      assert.equal(run.checks[0]!.actual, '0');
    });

    it('monkeypatching the harness does not turn a failure into a pass', async () => {
      const learner = [
        'import pymastery',
        'for name in dir(pymastery):',
        '    if name.startswith("expect"):',
        '        setattr(pymastery, name, lambda *a, **k: None)',
        'def solve():',
        '    return 0',
      ].join('\n');
      const { run } = await runCase({ learner });
      assert.equal(run.status, 'fail');
    });

    it('deleting the results file does not lose the results', async () => {
      const learner = [
        'import os',
        'def solve():',
        '    argv = open("/proc/self/cmdline", "rb").read().decode().split("\\0")',
        '    results = argv[argv.index("--results") + 1]',
        '    if os.path.exists(results):',
        '        os.remove(results)',
        '    return 42',
      ].join('\n');
      const { run } = await runCase({ learner });
      assert.equal(run.status, 'pass', JSON.stringify(run));
    });

    it('a syntax error points at its line', async () => {
      const learner = 'def solve():\n    return 42\n\ndef broken(:\n    pass\n';
      const { run } = await runCase({ learner });
      assert.equal(run.status, 'fail');
      assert.match(failureText(run), /syntax/i);
      assert.equal(run.checks[0]!.location?.line, 4);
    });

    it('an import error points at the import', async () => {
      const learner = 'import math\nimport no_such_module_here\ndef solve():\n    return 42\n';
      const { run } = await runCase({ learner });
      assert.equal(run.status, 'fail');
      assert.match(failureText(run), /no_such_module_here/);
      assert.equal(run.checks[0]!.location?.line, 2);
    });

    it('source that is not UTF-8 gets a clear message', async () => {
      const learner = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\ndef solve():\n    return 42\n')]);
      const base = tempDir();
      writeTree(base, { 'course/check_solve.py': CHECK_SOLVE });
      fs.mkdirSync(path.join(base, 'ws'));
      fs.writeFileSync(path.join(base, 'ws', 'solution.py'), learner);
      const run = await runner.run({ interpreter: [PYTHON], checkFile: path.join(base, 'course/check_solve.py'), workspace: path.join(base, 'ws'), targets: ['solution.py'], timeoutSeconds: 5 });
      assert.equal(run.status, 'fail');
      assert.match(failureText(run), /UTF-8|utf-8|encoding|decode/);
      assert.equal(run.checks[0]!.location?.file, 'solution.py');
    });

    it('learner files named like standard modules neither break the harness nor get swapped', async () => {
      const shadow = 'raise RuntimeError("the harness imported the learner\'s copy")\n';
      const { run } = await runCase({
        learner: 'import statistics\ndef solve():\n    return statistics.answer()\n',
        extraFiles: {
          'statistics.py': 'def answer():\n    return 42\n',
          'random.py': shadow, 'json.py': shadow, 'ast.py': shadow, 'traceback.py': shadow, 'inspect.py': shadow, 'unittest.py': shadow,
        },
      });
      assert.equal(run.status, 'pass', JSON.stringify(run));
    });

    it('a workspace path with spaces and non-ASCII characters', async () => {
      const { run } = await runCase({ learner: 'def solve():\n    return 42\n', workspaceName: 'my wörk späce ✓' });
      assert.equal(run.status, 'pass', JSON.stringify(run));
    });

    it('a fork whose child returns the right answer cannot report a pass', async () => {
      const learner = 'import os\ndef solve():\n    if os.fork() == 0:\n        return 42\n    return 41\n';
      const { run } = await runCase({ learner });
      assert.equal(run.status, 'fail', JSON.stringify(run));
    });

    it('closing stdout and stderr does not silence the results', async () => {
      const { run } = await runCase({ learner: 'import os\ndef solve():\n    os.close(1)\n    os.close(2)\n    return 41\n' });
      assert.equal(run.status, 'fail');
      assert.equal(run.checks[0]!.actual, '41');
    });

    it('changing the working directory does not lose the workspace', async () => {
      const { run } = await runCase({ learner: 'import os\nos.chdir("/")\ndef solve():\n    os.chdir("/tmp")\n    return 42\n' });
      assert.equal(run.status, 'pass', JSON.stringify(run));
    });

    it('learner code that floods stderr and raises at import', async () => {
      const learner = 'import sys\nsys.stderr.write("e" * 5_000_000)\nraise ValueError("broken at import")  # RAISE\n';
      const { run } = await runCase({ learner });
      assert.equal(run.status, 'fail');
      assert.match(failureText(run), /broken at import/);
      assert.equal(run.checks[0]!.location?.line, 3);
    });
  });

  describe('when the run itself goes wrong', () => {
    it('a missing interpreter is a clear result, not a throw', async () => {
      const { run } = await runCase({ learner: 'def solve():\n    return 42\n' }, { interpreter: ['/nonexistent/python3'] });
      assert.equal(run.status, 'error');
      assert.equal(run.problem?.kind, 'no-interpreter');
      assert.match(run.problem!.message, /Select Interpreter/);
    });

    it('cancellation stops the process tree promptly', async () => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 300);
      const { run, elapsedMs } = await runCase({ learner: 'def solve():\n    while True:\n        pass\n', timeout: 10 }, { signal: controller.signal });
      assert.equal(run.status, 'cancelled');
      assert.ok(elapsedMs < 2000, `took ${elapsedMs} ms`);
    });

    /** A stand-in interpreter: a shell script that writes `results` to the --results file. */
    function fakeInterpreter(body: string): string {
      const file = path.join(tempDir(), 'fake-python');
      fs.writeFileSync(file, `#!/bin/sh\nwhile [ "$1" != "--results" ]; do shift; done\nRESULTS="$2"\n${body}\n`, { mode: 0o755 });
      return file;
    }

    it('a Python older than 3.8 is named, with the way out', async () => {
      const results = JSON.stringify({ version: 1, status: 'error', python: { executable: 'python3.6', version: '3.6.15' }, complete: true, checks: [] });
      const interpreter = fakeInterpreter(`printf '%s' '${results}' > "$RESULTS"\nexit 3`);
      const { run } = await runCase({ learner: '' }, { interpreter: [interpreter] });
      assert.equal(run.problem?.kind, 'python-too-old');
      assert.match(run.problem!.message, /3\.6\.15.*3\.8 or newer/);
    });

    it('malformed results are reported as such', async () => {
      const interpreter = fakeInterpreter(`printf '{"version": 1, "status": "maybe"' > "$RESULTS"`);
      const { run } = await runCase({ learner: '' }, { interpreter: [interpreter] });
      assert.equal(run.problem?.kind, 'malformed-results');
    });

    it('results of the wrong shape are reported as malformed', async () => {
      const interpreter = fakeInterpreter(`printf '{"version": 1, "status": "pass", "checks": [{"status": "great"}]}' > "$RESULTS"`);
      const { run } = await runCase({ learner: '' }, { interpreter: [interpreter] });
      assert.equal(run.problem?.kind, 'malformed-results');
    });

    it('a harness crash is told apart from the learner’s code', async () => {
      const interpreter = fakeInterpreter(`echo 'Traceback (most recent call last):\n  File "run_checks.py", line 1\nZeroDivisionError' >&2\nexit 1`);
      const { run } = await runCase({ learner: '' }, { interpreter: [interpreter] });
      assert.equal(run.problem?.kind, 'harness-error');
      assert.match(run.problem!.message, /not in your code/);
    });

    it('a process killed from outside mid-run is reported as a crash', async () => {
      const interpreter = fakeInterpreter('kill -9 $$');
      const { run } = await runCase({ learner: '' }, { interpreter: [interpreter] });
      assert.equal(run.problem?.kind, 'crashed');
    });

    it('missing results after a clean exit are reported', async () => {
      const interpreter = fakeInterpreter('exit 0');
      const { run } = await runCase({ learner: '' }, { interpreter: [interpreter] });
      assert.equal(run.problem?.kind, 'missing-results');
    });
  });
});
