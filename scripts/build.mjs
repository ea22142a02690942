// Builds the extension: bundles src/extension/main.ts into dist/extension.js and compiles the
// built-in curriculum into dist/curriculum.json, with every built-in lesson rendered into
// dist/lessons/, and writes the JSON Schemas of track.yaml and lesson.yaml into dist/schemas/ for
// the YAML extension. `--watch` rebuilds the bundles on change.
//
// The YAML curriculum loader is a bundle of its own (dist/curriculumLoader.js): yaml and zod take
// tens of milliseconds to load, so the extension requires it only once a workspace has tracks of
// its own, and start-up stays light for everyone else. The lesson renderer (markdown-it and
// highlight.js, dist/lessonRenderer.js) is required the same way, only when a workspace's own
// lesson is opened: built-in lessons were rendered here. The lesson panel itself
// (dist/lessonPanel.js) is required when the first lesson opens.
//
// The lesson panel's page is a browser bundle of its own: dist/webview/lesson.js and lesson.css.
//
// The dashboard, reset, export and import (dist/learnerTools.js) load on first use too, and the
// dashboard's page is a browser bundle beside the lesson's: dist/webview/dashboard.js.
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

// The JSON Schemas of track.yaml and lesson.yaml, from the same zod schemas the loader uses.
const schemas = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'build-schemas.ts')], {
  cwd: root,
  stdio: 'inherit',
});
if (schemas.status !== 0) process.exit(schemas.status ?? 1);

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
    lessonRenderer: path.join(root, 'src', 'core', 'lessons', 'renderLesson.ts'),
    lessonPanel: path.join(root, 'src', 'extension', 'lessonPanelHost.ts'),
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
    lesson: path.join(root, 'src', 'webview', 'lesson', 'main.ts'),
    dashboard: path.join(root, 'src', 'webview', 'dashboard', 'main.ts'),
  },
  outdir: path.join(root, 'dist', 'webview'),
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'chrome114',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'info',
};
if (watch) {
  for (const each of [options, webviewOptions]) {
    const context = await esbuild.context(each);
    await context.watch();
  }
} else {
  await Promise.all([esbuild.build(options), esbuild.build(webviewOptions)]);
}
