/**
 * A test-driver extension, installed beside Python Mastery in code-server. On start-up it runs the
 * extension-host suites bundled beside it and appends one JSON line per test event to the
 * results file named in `run.json`, which the rig outside the browser reads.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import type { SuiteEvent, runSuites as RunSuites } from '../suite/index';

interface DriverRun {
  /** Where to append the events, one JSON object per line. */
  resultsFile: string;
  grep?: string;
}

export function activate(context: vscode.ExtensionContext): void {
  const runFile = path.join(context.extensionPath, 'run.json');
  const run = JSON.parse(fs.readFileSync(runFile, 'utf8')) as DriverRun;
  const report = (event: SuiteEvent | { event: 'crash'; error: string }) => fs.appendFileSync(run.resultsFile, `${JSON.stringify(event)}\n`);
  // The suites are bundled on their own, beside this file, so that both runners load the same code.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const suites = require(path.join(__dirname, 'index.js')) as { runSuites: typeof RunSuites };
  // Give the workbench a moment to settle so the suites start from a quiet window.
  setTimeout(() => {
    suites
      .runSuites({ suitesDir: __dirname, onEvent: report, ...(run.grep ? { grep: run.grep } : {}) })
      .catch((error: unknown) => report({ event: 'crash', error: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
  }, 500);
}

export function deactivate(): void {}
