// What the project's installs share, using only Node's own modules so that it can run before any
// package is installed:
// - `installedMatchesLockfile(dir)`: whether dir/node_modules holds what dir/package-lock.json asks for;
// - `loggedRun(logFile)`: runs install commands quietly. Their whole output goes to a log file, and
//   the terminal shows one line per step with its elapsed time (on a terminal, updated every second
//   with what the step is doing now; elsewhere, such as CI, a line when a step starts, every minute
//   while it runs, and when it ends).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Whether `dir/node_modules` holds every package `dir/package-lock.json` names, at its version, as
 * recorded by npm in node_modules/.package-lock.json. Optional packages (other platforms' builds)
 * may be absent. Compares contents, not times: a checkout touches package-lock.json without
 * changing it.
 */
export function installedMatchesLockfile(dir) {
  const wanted = readJson(path.join(dir, 'package-lock.json'))?.packages;
  const installed = readJson(path.join(dir, 'node_modules', '.package-lock.json'))?.packages;
  if (!wanted || !installed) return false;
  for (const [key, entry] of Object.entries(wanted)) {
    if (!key.startsWith('node_modules/') || entry.link) continue;
    const found = installed[key];
    if (found === undefined ? !(entry.optional || entry.devOptional) : found.version !== entry.version) return false;
  }
  return true;
}

/** `42s`, `2m 05s`. */
export function formatDuration(ms) {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
}

/** The last `count` lines of `file`, or '' when it cannot be read. */
export function tailOf(file, count = 30) {
  try {
    const lines = fs.readFileSync(file, 'utf8').replace(/\s+$/, '').split('\n');
    return lines.slice(-count).join('\n');
  } catch {
    return '';
  }
}

/** npm prints `> name@version script` before each install script it runs. */
function npmScriptActivity(line) {
  const match = /^> (@?[^@\s]+)@\S+ (\S+)$/.exec(line);
  if (!match) return undefined;
  const [, name, script] = match;
  return `${name} (${script})`;
}

export class StepFailed extends Error {
  constructor(label, reason, logFile) {
    super(`${label} failed (${reason})`);
    this.logFile = logFile;
  }
}

/**
 * A log file (emptied first) and the steps that write to it. `step()` resolves when the command
 * exits with 0 and rejects with a `StepFailed` otherwise.
 */
export function loggedRun(logFile, { out = process.stdout } = {}) {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  fs.writeFileSync(logFile, '');
  const live = Boolean(out.isTTY) && process.env.CI === undefined;

  function note(text) {
    fs.appendFileSync(logFile, `${text}\n`);
  }

  function step(label, command, args, { cwd, env = process.env, activity = npmScriptActivity } = {}) {
    const started = Date.now();
    note(`\n$ ${command} ${args.join(' ')}    (in ${cwd ?? process.cwd()}, ${new Date().toISOString()})`);
    const log = fs.createWriteStream(logFile, { flags: 'a' });
    let now = '';
    let partial = '';
    const watch = (chunk) => {
      log.write(chunk);
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) now = activity(line.trimEnd()) ?? now;
    };

    // The elapsed time comes first, so that a narrow terminal cuts off the label, not the time.
    const columns = () => Math.max(40, (out.columns || 100) - 1);
    let ticker;
    if (live) {
      const draw = () => {
        const text = `  … ${formatDuration(Date.now() - started).padStart(6)}  ${label}${now ? ` · ${now}` : ''}`;
        out.write(`\r\x1b[2K${text.length > columns() ? `${text.slice(0, columns() - 1)}…` : text}`);
      };
      draw();
      ticker = setInterval(draw, 1000);
    } else {
      out.write(`  … ${label}\n`);
      ticker = setInterval(() => out.write(`    still working after ${formatDuration(Date.now() - started)}${now ? `: ${now}` : ''}\n`), 60_000);
    }

    return new Promise((resolve, reject) => {
      const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', watch);
      child.stderr.on('data', watch);
      let finished = false;
      const finish = (error) => {
        if (finished) return;
        finished = true;
        clearInterval(ticker);
        const seconds = formatDuration(Date.now() - started);
        log.end(() => {
          note(`(${error ? `failed: ${error}` : 'done'} after ${seconds})`);
          if (live) out.write(`\r\x1b[2K`);
          if (error) {
            out.write(`  ✗ ${seconds.padStart(6)}  ${label}: ${error}\n`);
            reject(new StepFailed(label, error, logFile));
          } else {
            out.write(`  ✓ ${seconds.padStart(6)}  ${label}\n`);
            resolve();
          }
        });
      };
      child.on('error', (error) => finish(`could not start ${command}: ${error.message}`));
      child.on('close', (code, signal) => finish(code === 0 ? undefined : signal ? `stopped by ${signal}` : `exit code ${code}`));
    });
  }

  return { logFile, step, note };
}
