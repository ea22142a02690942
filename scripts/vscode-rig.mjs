// Runs Python Mastery in a real VS Code, offline: code-server from test/rig with the packaged VSIX
// installed, opened in Debian's Chromium.
//
//   node scripts/vscode-rig.mjs test    extension-host suites (test/vscode/suite) inside code-server
//   node scripts/vscode-rig.mjs ui      UI journeys (test/ui) driven through the browser
//   node scripts/vscode-rig.mjs bench   save-to-diagnostic figures from the extension host
//   node scripts/vscode-rig.mjs startup start-up figures: bundle load, activate, the tree's first draw
//   node scripts/vscode-rig.mjs lesson-bench   time to open the largest lessons, from the extension host
//   node scripts/vscode-rig.mjs serve   code-server on the sample workspace until Ctrl-C (what
//                                       `npm start` runs when there is no `code` command)
//
// `test` and `ui` install a stand-in for the Python extension (test/vscode/python-extension-stand-in)
// beside Python Mastery; `serve` does so only when asked.
//
// Options: --no-package (reuse dist/python-mastery.vsix), --grep <text> (test: only matching
// tests), --headed (ui: show the browser), --port <n> (serve; else the port of the last serve when
// it is free), --workspace <dir> (serve; else sample-workspace/, kept between runs),
// --reset-workspace (serve: back the sample workspace up and start a new one),
// --with-python-stand-in (serve: install the stand-in too). The environment variable
// PYTHON_MASTERY_RIG_TIMEOUT (seconds) bounds a test run; the default is 300.
// `serve` keeps its code-server profile (settings, and the progress the extension stores there) in
// .test-output/start/code-server/user-data; only the installed extensions are replaced each time.
// `test` and `ui` end with an "N passed, N failed" line and exit non-zero on failure or timeout.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
  extensionVsix,
  learnerWorkspaceFixture,
  packageDriver,
  packageExtension,
  packagePythonExtensionStandIn,
  projectRoot,
} from '../test/rig/builds.mjs';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  assertRigInstalled,
  freshWorkspace,
  launchChromium,
  prepareCodeServer,
  rigDir,
  startCodeServer,
  tail,
  withDeadline,
} from '../test/rig/codeServerRig.mjs';
import { describeSampleWorkspace, prepareSampleWorkspace } from './sample-workspace.mjs';

const { positionals, values: options } = parseArgs({
  allowPositionals: true,
  options: {
    'no-package': { type: 'boolean', default: false },
    grep: { type: 'string' },
    headed: { type: 'boolean', default: false },
    port: { type: 'string' },
    workspace: { type: 'string' },
    'reset-workspace': { type: 'boolean', default: false },
    'with-python-stand-in': { type: 'boolean', default: false },
  },
});
const mode = positionals[0] ?? 'test';
const timeoutSeconds = Number(process.env.PYTHON_MASTERY_RIG_TIMEOUT ?? 300);

/** Things to stop, last started first. */
const cleanups = [];
let cleaningUp;
function cleanUp() {
  cleaningUp ??= (async () => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      await Promise.race([cleanup().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
  })();
  return cleaningUp;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping everything this run started…`);
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

function elapsed(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)}s`;
}

async function step(what, task) {
  const started = Date.now();
  process.stdout.write(`• ${what}…`);
  try {
    const result = await task();
    process.stdout.write(` ${elapsed(started)}\n`);
    return result;
  } catch (error) {
    process.stdout.write(` failed after ${elapsed(started)}\n`);
    throw error;
  }
}

/** Packages the extension (unless told to reuse the last VSIX) and checks the VSIX is there. */
async function extensionPackage() {
  if (!options['no-package']) await step('packaging the extension (npm run package)', async () => packageExtension());
  if (!fs.existsSync(extensionVsix)) throw new Error(`${path.relative(projectRoot, extensionVsix)} is missing; run npm run package`);
  return extensionVsix;
}

/** Bundles and packages the stand-in for the Python extension into `outDir`. */
function pythonStandIn(outDir) {
  return step('packaging the Python extension stand-in (ms-python.python)', () => packagePythonExtensionStandIn(path.join(outDir, 'python-extension-stand-in')));
}

async function startWorkbench(outDir, vsixFiles, workspace, { workspaceTrust = false } = {}) {
  const userSettings = workspaceTrust ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.emptyWindow': false } : {};
  const prepared = await step('installing the VSIX files into code-server', () => prepareCodeServer({ dir: path.join(outDir, 'code-server'), vsixFiles, userSettings }));
  const server = await step('starting code-server on 127.0.0.1', () => startCodeServer(prepared, { workspace, workspaceTrust }));
  cleanups.push(() => server.stop());
  return { prepared, server };
}

async function openBrowser(outDir, url) {
  const browser = await step('opening the workbench in Chromium', async () => {
    const context = await launchChromium({ profileDir: path.join(outDir, 'chromium-profile'), headless: !options.headed });
    cleanups.push(() => context.close());
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    return { context, page };
  });
  return browser;
}

/** Follows the driver's results file until the suites end; prints each test as it finishes. */
async function followResults(resultsFile, server, page, outDir) {
  let offset = 0;
  let started = false;
  const startupDeadline = Date.now() + 120_000;
  const failures = [];
  for (;;) {
    const text = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, 'utf8') : '';
    const complete = text.slice(offset, text.lastIndexOf('\n') + 1);
    offset += complete.length;
    for (const line of complete.split('\n').filter(Boolean)) {
      const event = JSON.parse(line);
      switch (event.event) {
        case 'start':
          started = true;
          console.log(`\nExtension-host suites in code-server: ${event.total} tests`);
          break;
        case 'pass':
          console.log(`  ✓ ${event.title} (${event.durationMs} ms)`);
          break;
        case 'fail':
          console.log(`  ✗ ${event.title}`);
          failures.push(event);
          break;
        case 'end':
          for (const failure of failures) console.log(`\n✗ ${failure.title}\n${indent(failure.error)}`);
          return { passed: event.passed, failed: event.failed };
        case 'crash':
          throw new Error(`the suites could not run:\n${indent(event.error)}`);
      }
    }
    if (!started && Date.now() > startupDeadline) {
      const shot = path.join(outDir, 'no-tests-started.png');
      await page.screenshot({ path: shot }).catch(() => undefined);
      throw new Error(`the test driver did not start within 120s (screenshot: ${path.relative(projectRoot, shot)})`);
    }
    await Promise.race([new Promise((resolve) => setTimeout(resolve, 200)), server.exited]);
  }
}

function indent(text) {
  return String(text)
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

async function runExtensionHostSuites({ outName = 'vscode', grep = options.grep, workspaceTrust = false, noFolder = false } = {}) {
  // The suites look inside the extension through a command it registers only when this is set;
  // code-server's extension host inherits this process's environment.
  process.env.PYTHON_MASTERY_TEST_HOOKS = '1';
  const outDir = path.join(projectRoot, '.test-output', outName);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const vsix = await extensionPackage();
  const resultsFile = path.join(outDir, 'results.jsonl');
  const driverVsix = await step('bundling the suites into the test-driver extension', () =>
    packageDriver(path.join(outDir, 'driver'), { resultsFile, ...(grep ? { grep } : {}) }),
  );
  const standInVsix = await pythonStandIn(outDir);
  const workspace = noFolder ? undefined : freshWorkspace(learnerWorkspaceFixture, path.join(outDir, 'learner-workspace'));
  const { server, prepared } = await startWorkbench(outDir, [vsix, standInVsix, driverVsix], workspace, { workspaceTrust });
  const { page } = await openBrowser(outDir, server.url);
  try {
    return await followResults(resultsFile, server, page, outDir);
  } catch (error) {
    console.error(`\ncode-server log (${path.relative(projectRoot, prepared.logFile)}):\n${tail(prepared.logFile, 20)}`);
    throw error;
  }
}

/**
 * Every extension-host suite in a trusted workspace, then the suites about other kinds of window
 * in windows of that kind: a workspace that opens untrusted (Workspace Trust on), and a window
 * with no folder.
 */
async function runAllExtensionHostSuites() {
  const totals = await runExtensionHostSuites();
  const windows = [
    { title: 'a workspace that is not trusted', outName: 'vscode-untrusted', grep: 'untrusted workspace', workspaceTrust: true },
    { title: 'a window with no folder', outName: 'vscode-no-folder', grep: 'window with no folder', noFolder: true },
  ];
  for (const { title, ...window } of windows) {
    if (options.grep && !window.grep.includes(options.grep)) continue;
    await cleanUp();
    cleaningUp = undefined;
    console.log(`\nAgain in ${title}:`);
    options['no-package'] = true;
    const more = await runExtensionHostSuites(window);
    totals.passed += more.passed;
    totals.failed += more.failed;
  }
  return totals;
}

/**
 * The editor figures: the extension-host bench suite, in code-server, writing its figures to a
 * file this process prints. The extension host inherits this process's environment.
 */
async function runEditorBench() {
  const figuresFile = path.join(projectRoot, '.test-output', 'editor-bench.json');
  fs.rmSync(figuresFile, { force: true });
  process.env.PYTHON_MASTERY_EDITOR_BENCH = figuresFile;
  const result = await runExtensionHostSuites({ outName: 'editor-bench', grep: 'editor bench' });
  if (!fs.existsSync(figuresFile)) throw new Error('the bench suite wrote no figures');
  const figures = JSON.parse(fs.readFileSync(figuresFile, 'utf8'));
  const ms = (value) => `${value.toFixed(1).padStart(6)} ms`;
  const row = (name, stats) => console.log(`  ${name.padEnd(34)} p50 ${ms(stats.p50)}   p95 ${ms(stats.p95)}`);
  for (const figure of figures.interpreters) {
    console.log(`\nSave to diagnostic in the extension host: ${figures.rounds} saves with ${figure.interpreter}`);
    row('save → diagnostic set', figure.saveToDiagnostic);
    row('save → other extensions notified', figure.saveToListeners);
    row('save → VS Code says it is saved', figure.saveEvent);
    row('saved → diagnostic set', figure.saveEventToDiagnostic);
    row('the check run alone', figure.checkRun);
    row('bare python -c pass', figure.barePython);
    const ratio = (stats) => (stats.p50 / figure.barePython.p50).toFixed(2);
    console.log(`  p50 ÷ bare start: save → diagnostic ${ratio(figure.saveToDiagnostic)}×, saved → diagnostic ${ratio(figure.saveEventToDiagnostic)}× (target ≤ 2×)`);
  }
  return result;
}

/** The start-up figures: the extension-host start-up bench suite writes them to a file printed here. */
async function runStartupBench() {
  const figuresFile = path.join(projectRoot, '.test-output', 'startup-bench.json');
  fs.rmSync(figuresFile, { force: true });
  process.env.PYTHON_MASTERY_STARTUP_BENCH = figuresFile;
  // `activate` runs once per window, so one window gives one sample: the bench opens several
  // (the extension packaged once) and reports the median window, by load + activate.
  const windows = Math.max(1, Number(process.env.PYTHON_MASTERY_STARTUP_WINDOWS ?? 5));
  const samples = [];
  const result = { passed: 0, failed: 0 };
  for (let window = 0; window < windows; window++) {
    if (window > 0) {
      await cleanUp();
      cleaningUp = undefined;
      options['no-package'] = true;
    }
    const run = await runExtensionHostSuites({ outName: 'startup-bench', grep: 'start-up bench' });
    result.passed += run.passed;
    result.failed += run.failed;
    if (!fs.existsSync(figuresFile)) throw new Error('the bench suite wrote no figures');
    samples.push(JSON.parse(fs.readFileSync(figuresFile, 'utf8')));
    fs.rmSync(figuresFile, { force: true });
  }
  const total = (sample) => sample.requireMs + sample.activateMs;
  samples.sort((a, b) => total(a) - total(b));
  const f = samples[Math.floor(samples.length / 2)];
  fs.writeFileSync(figuresFile, `${JSON.stringify({ ...f, windows: samples.map((s) => ({ requireMs: s.requireMs, activateMs: s.activateMs })) }, null, 2)}\n`);
  const ms = (value) => `${value.toFixed(2).padStart(7)} ms`;
  console.log(`\nStart-up in the extension host (the median of ${samples.length} windows by load + activate; within it, medians):`);
  console.log(`  load + activate in each window: ${samples.map((sample) => total(sample).toFixed(1)).join(', ')} ms`);
  console.log(`  load dist/extension.js (${f.bundleKiB.toFixed(0)} KiB)   ${ms(f.requireMs)}`);
  console.log(`    … in a fresh Node process         ${ms(f.requireFreshProcessMs)}   (its first require of Node's own modules included)`);
  console.log(`  activate()                          ${ms(f.activateMs)}`);
  for (const [phase, phaseMs] of f.activatePhases) console.log(`    ${phase.padEnd(32)}${ms(phaseMs)}`);
  console.log(`  load + activate                     ${ms(f.requireMs + f.activateMs)}   (target ≤ 20 ms)`);
  console.log(`  build every tree item (${String(f.tree.items).padStart(4)} items) ${ms(f.tree.buildAllMs)}`);
  console.log(`  … ten times the curriculum (${f.tree.itemsTenfold})  ${ms(f.tree.buildAllTenfoldMs)}`);
  console.log(`  redraw the view, change → items    ${ms(f.tree.redrawMs)}`);
  return result;
}

/**
 * The lesson panel figures: the extension-host lesson bench, in code-server, writing its figures
 * to a file this process prints. Target: the largest lesson open in 150 ms or less.
 */
async function runLessonBench() {
  const figuresFile = path.join(projectRoot, '.test-output', 'lesson-bench.json');
  fs.rmSync(figuresFile, { force: true });
  process.env.PYTHON_MASTERY_LESSON_BENCH = figuresFile;
  const result = await runExtensionHostSuites({ outName: 'lesson-bench', grep: 'lesson bench' });
  if (!fs.existsSync(figuresFile)) throw new Error('the lesson bench wrote no figures');
  const figures = JSON.parse(fs.readFileSync(figuresFile, 'utf8'));
  const ms = (value) => `${value.toFixed(1).padStart(6)} ms`;
  for (const lesson of figures.lessons) {
    console.log(`\nOpening ${lesson.lesson} (${lesson.origin}, ${(lesson.textBytes / 1024).toFixed(1)} KiB of text), ${figures.rounds} rounds, command → painted:`);
    console.log(`  first open in the session          ${ms(lesson.firstOpen)}`);
    console.log(`  new panel                          p50 ${ms(lesson.cold.p50)}   p95 ${ms(lesson.cold.p95)}`);
    console.log(`  from another lesson, same panel    p50 ${ms(lesson.switch.p50)}   p95 ${ms(lesson.switch.p95)}`);
  }
  console.log(`\nA bare webview, created to its script's first message: p50 ${ms(figures.bareWebview.p50)}   p95 ${ms(figures.bareWebview.p95)}`);
  for (const lesson of figures.lessons) {
    console.log(`  ${lesson.lesson}: new panel p50 less the bare webview ${ms(lesson.cold.p50 - figures.bareWebview.p50)}; from another lesson p50 ${ms(lesson.switch.p50)} (target ≤ 150 ms)`);
  }
  return result;
}

async function runUiJourneys() {
  const outDir = path.join(projectRoot, '.test-output', 'ui');
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(outDir, 'screenshots'), { recursive: true });
  const vsix = await extensionPackage();
  const standInVsix = await pythonStandIn(outDir);
  const workspace = freshWorkspace(learnerWorkspaceFixture, path.join(outDir, 'learner-workspace'));
  const { server } = await startWorkbench(outDir, [vsix, standInVsix], workspace);
  process.env.PYTHON_MASTERY_UI = JSON.stringify({
    workbenchUrl: server.url,
    screenshotsDir: path.join(outDir, 'screenshots'),
    browserProfileDir: path.join(outDir, 'chromium-profile'),
    chromiumPath: CHROMIUM_PATH,
    chromiumArgs: CHROMIUM_ARGS,
    headless: !options.headed,
    rigDir,
    projectRoot,
  });
  const { register } = await import('tsx/cjs/api');
  register();
  const { default: Mocha } = await import('mocha');
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, reporter: 'spec', ...(options.grep ? { grep: options.grep } : {}) });
  const uiDir = path.join(projectRoot, 'test', 'ui');
  for (const file of fs.readdirSync(uiDir).filter((f) => f.endsWith('.test.ts')).sort()) mocha.addFile(path.join(uiDir, file));
  return new Promise((resolve) => {
    let passed = 0;
    let failed = 0;
    const runner = mocha.run(() => resolve({ passed, failed, screenshots: path.join(outDir, 'screenshots') }));
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
  });
}

/** Whether `port` on 127.0.0.1 can be listened on now. */
async function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** `npm run package` with its output in `logFile`, which is shown only when it fails. */
function packageExtensionQuietly(logFile) {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, 'w');
  const result = spawnSync('npm', ['run', 'package'], { cwd: projectRoot, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  if (result.status !== 0) throw new Error(`npm run package failed; the end of ${path.relative(projectRoot, logFile)}:\n${tail(logFile, 30)}`);
  return extensionVsix;
}

async function serve() {
  const outDir = path.join(projectRoot, '.test-output', 'start');
  const codeServerDir = path.join(outDir, 'code-server');
  // The extensions are installed afresh each time; the profile (settings, progress) is kept.
  fs.rmSync(path.join(codeServerDir, 'extensions'), { recursive: true, force: true });
  if (!options['no-package']) {
    await step('packaging the extension (npm run package)', async () => packageExtensionQuietly(path.join(outDir, 'package.log')));
  } else if (!fs.existsSync(extensionVsix)) {
    throw new Error(`${path.relative(projectRoot, extensionVsix)} is missing; run npm run package`);
  }
  const vsixFiles = [extensionVsix];
  if (options['with-python-stand-in']) vsixFiles.push(await pythonStandIn(outDir));
  let workspace = options.workspace;
  if (workspace === undefined) {
    const sample = prepareSampleWorkspace({ reset: options['reset-workspace'] });
    console.log(describeSampleWorkspace(sample, 'node scripts/vscode-rig.mjs serve --reset-workspace'));
    workspace = sample.workspace;
  }
  const prepared = await step(`installing the VSIX${vsixFiles.length === 1 ? '' : ' files'} into code-server`, () =>
    prepareCodeServer({ dir: codeServerDir, vsixFiles, keepUserSettings: true }),
  );
  // The same address as last time when it is free, so that an open tab or a bookmark still works.
  const portFile = path.join(outDir, 'port');
  let port = options.port === undefined ? undefined : Number(options.port);
  if (port === undefined) {
    const last = Number(fs.existsSync(portFile) ? fs.readFileSync(portFile, 'utf8').trim() : NaN);
    if (Number.isInteger(last) && last > 0 && (await portIsFree(last))) port = last;
  }
  const server = await step('starting code-server on 127.0.0.1', () => startCodeServer(prepared, { workspace, port }));
  cleanups.push(() => server.stop());
  fs.writeFileSync(portFile, `${new URL(server.origin).port}\n`);
  const rule = '─'.repeat(72);
  // The bare address opens the workspace code-server was started with.
  console.log(`\n${rule}\n  Python Mastery is running in code-server (VS Code in the browser). Open:\n\n      ${server.origin}/\n`);
  if (options['with-python-stand-in']) console.log('  The stand-in for the Python extension is installed: "Python: Select Interpreter" picks the interpreter.');
  console.log(`  Workspace: ${workspace}\n  Log: ${path.relative(projectRoot, prepared.logFile)}\n  Press Ctrl-C to stop.\n${rule}`);
  await server.exited;
}

async function main() {
  const started = Date.now();
  // Only the runs that open the workbench themselves need Chromium and Playwright's driver.
  assertRigInstalled({ browser: mode !== 'serve' });
  if (mode === 'serve') {
    await serve();
    return 0;
  }
  const runs = { test: runAllExtensionHostSuites, ui: runUiJourneys, bench: runEditorBench, startup: runStartupBench, 'lesson-bench': runLessonBench };
  const run = runs[mode];
  if (!run) throw new Error(`unknown mode "${mode}": use test, ui, bench, startup, lesson-bench or serve`);
  let result;
  try {
    result = await withDeadline(timeoutSeconds * 1000, `The ${mode === 'test' ? 'extension-host' : 'UI'} test run`, run());
  } catch (error) {
    await cleanUp();
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    console.log(`0 passed, 1 failed (the run did not complete; ${elapsed(started)})`);
    return 1;
  }
  await cleanUp();
  if ('screenshots' in result) console.log(`Screenshots: ${path.relative(projectRoot, result.screenshots)}`);
  console.log(`${result.passed} passed, ${result.failed} failed (${elapsed(started)})`);
  return result.failed === 0 && result.passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  async (error) => {
    await cleanUp();
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);

