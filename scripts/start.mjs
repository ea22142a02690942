// `npm start`: builds Python Mastery and opens it in a real VS Code on a fresh sample learner
// workspace (.test-output/start/sample-workspace).
//
// With a `code` command on PATH (or VSCODE_CLI naming one), VS Code opens the extension from this
// folder (--extensionDevelopmentPath) in a window of its own profile. Without one, the
// extension is packaged and served by code-server from test/rig on 127.0.0.1, and the address to
// open is printed. Ctrl-C or SIGTERM stops everything this command started.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rigStatus } from '../test/rig/codeServerRig.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const startDir = path.join(projectRoot, '.test-output', 'start');
const fixture = path.join(projectRoot, 'test', 'vscode', 'fixtures', 'learner-workspace');
const rigDir = path.join(projectRoot, 'test', 'rig');

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

function freshSampleWorkspace() {
  const workspace = path.join(startDir, 'sample-workspace');
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.mkdirSync(startDir, { recursive: true });
  fs.cpSync(fixture, workspace, { recursive: true });
  return workspace;
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

function startInVsCode(codeCommand) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const workspace = freshSampleWorkspace();
  const userDataDir = path.join(startDir, 'vscode-user-data');
  console.log(`Opening Python Mastery in VS Code (${codeCommand}) on ${workspace}. Close the window or press Ctrl-C to stop.`);
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

function startInCodeServer() {
  console.log('No `code` command was found; serving the extension with code-server from test/rig instead.');
  ensureRigInstalled();
  const workspace = freshSampleWorkspace();
  const child = spawn(process.execPath, [path.join(projectRoot, 'scripts', 'vscode-rig.mjs'), 'serve', '--workspace', workspace, ...process.argv.slice(2)], {
    cwd: projectRoot,
    stdio: 'inherit',
    detached: true,
  });
  superviseUntilExit(child);
}

const codeCommand = process.env.VSCODE_CLI ?? findOnPath('code');
if (codeCommand) startInVsCode(codeCommand);
else startInCodeServer();
