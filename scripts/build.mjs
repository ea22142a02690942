// Builds the extension: bundles src/extension/main.ts into dist/extension.js and compiles the
// built-in curriculum into dist/curriculum.json. `--watch` rebuilds the bundles on change.
//
// The YAML curriculum loader is a bundle of its own (dist/curriculumLoader.js): yaml and zod take
// tens of milliseconds to load, so the extension requires it only once a workspace has tracks of
// its own, and start-up stays light for everyone else.
//
// The dashboard, reset, export and import (dist/learnerTools.js) load on first use too.
//
// Webview pages are bundled for the browser into dist/webview/, one file per page.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const compile = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'compile-curriculum.ts')], {
  cwd: root,
  stdio: 'inherit',
});
if (compile.status !== 0) process.exit(compile.status ?? 1);

const entry = path.join(root, 'src', 'extension', 'main.ts');
if (!fs.existsSync(entry)) {
  console.log('bundle: no src/extension/main.ts yet; skipped');
  process.exit(0);
}
const options = {
  entryPoints: {
    extension: entry,
    engine: path.join(root, 'src', 'extension', 'engine.ts'),
    learnerTools: path.join(root, 'src', 'extension', 'learnerTools.ts'),
    curriculumLoader: path.join(root, 'src', 'core', 'curriculum', 'loader.ts'),
  },
  outdir: path.join(root, 'dist'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'info',
};
const webviewOptions = {
  entryPoints: {
    dashboard: path.join(root, 'src', 'webview', 'dashboard', 'main.ts'),
  },
  outdir: path.join(root, 'dist', 'webview'),
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'info',
};
if (watch) {
  await Promise.all([options, webviewOptions].map(async (o) => (await esbuild.context(o)).watch()));
} else {
  await Promise.all([esbuild.build(options), esbuild.build(webviewOptions)]);
}
