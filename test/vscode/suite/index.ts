/**
 * Runs the extension-host suites (every `*.test.js` bundled beside this file) with mocha, inside
 * a running VS Code. Two runners use it: `@vscode/test-electron` calls `run()`, and the test
 * driver extension used with code-server calls `runSuites()` and reports each event.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export type SuiteEvent =
  | { event: 'start'; total: number }
  | { event: 'pass'; title: string; durationMs: number }
  | { event: 'fail'; title: string; error: string }
  | { event: 'end'; passed: number; failed: number };

export interface SuiteOptions {
  /** The folder holding the bundled `*.test.js` files. */
  suitesDir: string;
  /** Called for every test event, in order. */
  onEvent?: (event: SuiteEvent) => void;
  /** Only run tests whose full title matches. */
  grep?: string;
}

export async function runSuites(options: SuiteOptions): Promise<{ passed: number; failed: number }> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  if (options.grep) mocha.grep(options.grep);
  const files = fs
    .readdirSync(options.suitesDir)
    .filter((file) => file.endsWith('.test.js'))
    .sort();
  for (const file of files) mocha.addFile(path.join(options.suitesDir, file));
  const emit = options.onEvent ?? (() => undefined);
  return new Promise((resolve) => {
    let passed = 0;
    let failed = 0;
    const runner = mocha.run(() => {
      emit({ event: 'end', passed, failed });
      resolve({ passed, failed });
    });
    runner.on('start', () => emit({ event: 'start', total: runner.total }));
    runner.on('pass', (test) => {
      passed++;
      emit({ event: 'pass', title: test.fullTitle(), durationMs: test.duration ?? 0 });
    });
    runner.on('fail', (test, error: unknown) => {
      failed++;
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      emit({ event: 'fail', title: test.fullTitle(), error: message });
    });
  });
}

/** The entry point `@vscode/test-electron` calls: fails when any test fails. */
export async function run(): Promise<void> {
  const { passed, failed } = await runSuites({ suitesDir: __dirname, grep: process.env.PYTHON_MASTERY_TEST_GREP });
  console.log(`${passed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} extension-host tests failed`);
}
