/**
 * Measures how long `require` of a bundle takes in a fresh Node process, with 'vscode' answered
 * by a stand-in: every name of the real API, each a value that accepts any property access, call
 * or `new`. The names must be own properties of the stand-in, because a bundle's ES-module interop
 * copies the module's own properties before it reads `vscode.l10n` and the rest.
 */
import { spawnSync } from 'node:child_process';

/** Milliseconds to `require(bundle)`. `apiNames`: the names the `vscode` module exports. */
export function requireTimeMs(bundle: string, apiNames: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const script = `
    const Module = require('module');
    const resolve = Module._resolveFilename;
    const stub = new Proxy(function () {}, { get: () => stub, apply: () => stub, construct: () => stub });
    const names = ${JSON.stringify(apiNames)};
    const api = Object.fromEntries(names.map((name) => [name, stub]));
    Module._resolveFilename = function (request, ...rest) { return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest); };
    require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: api };
    const started = performance.now();
    require(${JSON.stringify(bundle)});
    process.stdout.write(String(performance.now() - started));`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env });
  if (run.status !== 0) throw new Error(`could not load ${bundle}: ${run.stderr}`);
  return Number(run.stdout);
}

/** The names `@types/vscode` declares at the top of the `vscode` module. */
export function declaredApiNames(typesFile: string, read: (file: string) => string): string[] {
  const names = new Set<string>();
  for (const match of read(typesFile).matchAll(/^\texport (?:namespace|class|enum|function|const|let) (\w+)/gm)) names.add(match[1]!);
  return [...names];
}
