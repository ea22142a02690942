// Builds the extension: bundles src/extension/main.ts into dist/extension.js and compiles the
// built-in curriculum into dist/curriculum.json. `--watch` rebuilds the bundle on change.
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
  entryPoints: [entry],
  outfile: path.join(root, 'dist', 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'info',
};
if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
} else {
  await esbuild.build(options);
}
