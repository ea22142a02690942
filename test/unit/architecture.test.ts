/** The boundaries the architecture promises, checked on the source itself. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const SRC = path.resolve(__dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const IMPORTS_VSCODE = /(?:from\s+|require\(\s*|import\(\s*)['"]vscode['"]/;

describe('architecture', () => {
  it('the core (curriculum, checks, progress) imports nothing from vscode', () => {
    const core = sourceFiles(path.join(SRC, 'core'));
    assert.ok(core.length >= 10, 'the core has its files');
    const offenders = core.filter((file) => IMPORTS_VSCODE.test(fs.readFileSync(file, 'utf8')));
    assert.deepEqual(offenders.map((f) => path.relative(SRC, f)), []);
  });

  it('the core never imports from the extension layer', () => {
    const offenders = sourceFiles(path.join(SRC, 'core')).filter((file) => /from\s+['"][./]*\/extension\//.test(fs.readFileSync(file, 'utf8')));
    assert.deepEqual(offenders.map((f) => path.relative(SRC, f)), []);
  });

  it('webview pages never import vscode, the extension layer or Node', () => {
    const pages = sourceFiles(path.join(SRC, 'webview'));
    assert.ok(pages.length > 0, 'there are webview pages');
    const offenders = pages.filter((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return IMPORTS_VSCODE.test(text) || /from\s+['"][./]*\/extension\//.test(text) || /from\s+['"]node:/.test(text);
    });
    assert.deepEqual(offenders.map((f) => path.relative(SRC, f)), []);
  });

  it('the protocol between the extension and its pages imports neither side', () => {
    const protocol = sourceFiles(path.join(SRC, 'protocol'));
    assert.ok(protocol.length > 0);
    const offenders = protocol.filter((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return IMPORTS_VSCODE.test(text) || /from\s+['"][./]*\/(extension|webview)\//.test(text);
    });
    assert.deepEqual(offenders.map((f) => path.relative(SRC, f)), []);
  });
});
