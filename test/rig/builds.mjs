// What the VS Code runners build before they start: the extension's VSIX, the extension-host
// suites bundled with esbuild, the test-driver extension that runs those suites in code-server, and
// the stand-in for the Python extension that the rig installs beside Python Mastery.
// Uses only the project's own devDependencies (esbuild, @vscode/vsce).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const extensionVsix = path.join(projectRoot, 'dist', 'python-mastery.vsix');
export const learnerWorkspaceFixture = path.join(projectRoot, 'test', 'vscode', 'fixtures', 'learner-workspace');
const suiteDir = path.join(projectRoot, 'test', 'vscode', 'suite');
const driverSource = path.join(projectRoot, 'test', 'vscode', 'driver');
const pythonStandInSource = path.join(projectRoot, 'test', 'vscode', 'python-extension-stand-in');

/** Runs an npm script of the project, failing loudly. */
export function npmRun(script) {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run ${script} failed`);
}

/** Builds dist/python-mastery.vsix with `npm run package`. */
export function packageExtension() {
  npmRun('package');
  return extensionVsix;
}

/** Bundles the suite runner, every `*.test.ts` and the driver into `outDir`, flat. */
export async function bundleSuites(outDir) {
  fs.rmSync(outDir, { recursive: true, force: true });
  const suites = fs.readdirSync(suiteDir).filter((file) => file.endsWith('.test.ts'));
  await esbuild.build({
    entryPoints: [path.join(suiteDir, 'index.ts'), ...suites.map((file) => path.join(suiteDir, file)), path.join(driverSource, 'driver.ts')],
    outdir: outDir,
    entryNames: '[name]',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
    // mocha's parallel mode, which the suites do not use, resolves worker files at run time.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return { outDir, suiteCount: suites.length };
}

/**
 * Stages and packages the test-driver extension in `dir`: its manifest, the bundled suites and a
 * `run.json` naming the results file. Returns the VSIX path.
 */
export async function packageDriver(dir, run) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(driverSource, 'package.json'), path.join(dir, 'package.json'));
  fs.copyFileSync(path.join(projectRoot, 'LICENSE'), path.join(dir, 'LICENSE'));
  fs.writeFileSync(path.join(dir, 'README.md'), 'Runs the Python Mastery extension-host suites inside code-server.\n');
  fs.writeFileSync(path.join(dir, '.vscodeignore'), '.vscodeignore\n');
  fs.writeFileSync(path.join(dir, 'run.json'), `${JSON.stringify(run, null, 2)}\n`);
  await bundleSuites(path.join(dir, 'out'));
  const packagePath = path.join(path.dirname(dir), 'python-mastery-test-driver.vsix');
  const { createVSIX } = await import('@vscode/vsce');
  await quietly(() => createVSIX({ cwd: dir, packagePath, dependencies: false, allowMissingRepository: true, skipLicense: true }));
  return packagePath;
}

/**
 * Stages and packages the stand-in for the Python extension (id `ms-python.python`) in `dir`: its
 * manifest and its source bundled with esbuild. Returns the VSIX path.
 */
export async function packagePythonExtensionStandIn(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(pythonStandInSource, 'package.json'), path.join(dir, 'package.json'));
  fs.copyFileSync(path.join(projectRoot, 'LICENSE'), path.join(dir, 'LICENSE'));
  fs.writeFileSync(path.join(dir, 'README.md'), 'Stands in for the Python extension in the offline VS Code rig of Python Mastery.\n');
  fs.writeFileSync(path.join(dir, '.vscodeignore'), '.vscodeignore\n');
  await esbuild.build({
    entryPoints: [path.join(pythonStandInSource, 'extension.ts')],
    outfile: path.join(dir, 'out', 'extension.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  const packagePath = path.join(path.dirname(dir), 'python-extension-stand-in.vsix');
  const { createVSIX } = await import('@vscode/vsce');
  await quietly(() => createVSIX({ cwd: dir, packagePath, dependencies: false, allowMissingRepository: true, skipLicense: true }));
  return packagePath;
}

/** Runs `task` with vsce's file listing kept off the console; errors still surface. */
async function quietly(task) {
  const { log, info, warn } = console;
  console.log = console.info = console.warn = () => undefined;
  try {
    return await task();
  } finally {
    Object.assign(console, { log, info, warn });
  }
}
