// `npm start`: builds Python Mastery and opens it in a real VS Code on the sample learner workspace
// (sample-workspace/, see scripts/sample-workspace.mjs). The workspace is kept between runs;
// `npm start -- --reset-workspace` moves it to sample-workspace.backups/ and starts a new one.
//
// In a fresh clone it first installs the npm packages (scripts/dependencies.mjs).
// With a `code` command on PATH (or VSCODE_CLI naming one), VS Code opens the extension from this
// folder (--extensionDevelopmentPath) in a window of its own profile. Without one, the
// extension is packaged and served by code-server from test/rig on 127.0.0.1 (installing the rig
// the first time), and the address to open is printed. Ctrl-C or SIGTERM stops everything this
// command started.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { rigStatus } from '../test/rig/codeServerRig.mjs';
import { ensureDependencies } from './dependencies.mjs';
import { describeSampleWorkspace, prepareSampleWorkspace } from './sample-workspace.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const startDir = path.join(projectRoot, '.test-output', 'start');
const rigDir = path.join(projectRoot, 'test', 'rig');

const usage = `npm start [-- options]
  --reset-workspace        move the sample workspace to sample-workspace.backups/ and start a new one
  --port <n>               (code-server) serve on this port
  --with-python-stand-in   (code-server) install the stand-in for the Python extension too
  --no-package             (code-server) reuse dist/python-mastery.vsix`;

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      'reset-workspace': { type: 'boolean', default: false },
      port: { type: 'string' },
      'with-python-stand-in': { type: 'boolean', default: false },
      'no-package': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n\nUsage: ${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(`Usage: ${usage}`);
  process.exit(0);
}

function findOnPath(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Runs `child` until it exits, passing Ctrl-C and SIGTERM on to it and to `alsoStop`. */
function superviseUntilExit(child, alsoStop = () => undefined) {
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    alsoStop();
    try {
      process.kill(-child.pid, signal);
    } catch {
      child.kill(signal);
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal === 'SIGINT' ? 'SIGINT' : 'SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

function startInVsCode(codeCommand, workspace) {
  const ignored = ['port', 'with-python-stand-in', 'no-package'].filter((name) => options[name] !== undefined && options[name] !== false);
  if (ignored.length > 0) console.log(`(${ignored.map((name) => `--${name}`).join(', ')}: for code-server only, not used with ${codeCommand})`);
  const build = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const userDataDir = path.join(startDir, 'vscode-user-data');
  console.log(`\nOpening Python Mastery in VS Code (${codeCommand}), in development mode from ${projectRoot}.\nClose the window or press Ctrl-C to stop.`);
  const child = spawn(
    codeCommand,
    ['--new-window', '--wait', `--extensionDevelopmentPath=${projectRoot}`, `--user-data-dir=${userDataDir}`, '--skip-welcome', '--skip-release-notes', workspace],
    { cwd: projectRoot, stdio: 'inherit', detached: true },
  );
  // The window belongs to a VS Code instance of its own profile; its main process is named in code.lock.
  const stopInstance = () => {
    try {
      const pid = Number(fs.readFileSync(path.join(userDataDir, 'code.lock'), 'utf8').trim());
      if (pid > 0) process.kill(pid, 'SIGTERM');
    } catch {
      // The instance is already gone.
    }
  };
  superviseUntilExit(child, stopInstance);
}

/** Installs the offline VS Code toolchain in test/rig the first time it is needed (not Playwright's browser side). */
function ensureRigInstalled() {
  let status = rigStatus({ browser: false });
  if (status.installed) return;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.error(
      `The code-server fallback runs on Linux x64 only. Install VS Code and its \`code\` command (or name it in VSCODE_CLI), then run npm start again.`,
    );
    process.exit(1);
  }
  console.log(`\nThe code-server toolchain in test/rig is needed first (${status.reason}).`);
  const setup = spawnSync(process.execPath, [path.join(rigDir, 'setup.mjs')], { cwd: projectRoot, stdio: 'inherit' });
  status = rigStatus({ browser: false });
  if (setup.status !== 0 || !status.installed) {
    console.error(`\nThe toolchain could not be installed${setup.status === 0 ? ` (${status.reason})` : ''}. To try again: npm --prefix test/rig run setup`);
    process.exit(1);
  }
  console.log('');
}

function startInCodeServer(workspace) {
  console.log('No `code` command was found (VS Code desktop), so code-server from test/rig serves the extension in the browser instead.');
  ensureRigInstalled();
  const passOn = [
    ...(options.port !== undefined ? ['--port', options.port] : []),
    ...(options['with-python-stand-in'] ? ['--with-python-stand-in'] : []),
    ...(options['no-package'] ? ['--no-package'] : []),
  ];
  const child = spawn(process.execPath, [path.join(projectRoot, 'scripts', 'vscode-rig.mjs'), 'serve', '--workspace', workspace, ...passOn], {
    cwd: projectRoot,
    stdio: 'inherit',
    detached: true,
  });
  superviseUntilExit(child);
}

await ensureDependencies();
const sample = prepareSampleWorkspace({ reset: options['reset-workspace'] });
console.log(describeSampleWorkspace(sample));
const codeCommand = process.env.VSCODE_CLI ?? findOnPath('code');
if (codeCommand) startInVsCode(codeCommand, sample.workspace);
else startInCodeServer(sample.workspace);
