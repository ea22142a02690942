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
const IMPORTS_NODE = /(?:from\s+|require\(\s*|import\(\s*)['"]node:/;
const imports = (file: string) => [...fs.readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);

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

  it('the protocols between the extension and its pages import neither side, nor anything of Node or VS Code', () => {
    const files = sourceFiles(path.join(SRC, 'protocol'));
    assert.ok(files.length >= 2);
    // The pure core's types may be shared (the dashboard's report); nothing else from outside.
    const offenders = files.filter((file) => imports(file).some((spec) => !spec.startsWith('./') && !spec.startsWith('../core/')));
    assert.deepEqual(offenders.map((f) => path.relative(SRC, f)), []);
  });

  it('the webview imports nothing of VS Code or Node, and only the protocol and the shared page translations from outside itself', () => {
    const files = sourceFiles(path.join(SRC, 'webview'));
    assert.ok(files.length >= 3);
    const offenders = files.filter((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return IMPORTS_VSCODE.test(text) || IMPORTS_NODE.test(text) || imports(file).some((spec) => spec.startsWith('../') && !spec.startsWith('../../protocol/') && !spec.startsWith('../lesson/') && spec !== '../translations');
    });
    assert.deepEqual(offenders.map((f) => path.relative(SRC, f)), []);
  });

  it('the start-up bundle carries no Markdown library, highlighter, schema library or lesson panel', function () {
    const bundle = path.join(SRC, '..', 'dist', 'extension.js');
    if (!fs.existsSync(bundle)) this.skip(); // `npm test` builds before it tests
    const text = fs.readFileSync(bundle, 'utf8');
    const markers = {
      'markdown-it': 'Wrong `markdown-it` preset',
      'highlight.js': 'Could not find the language',
      zod: 'ZodError',
      'the lesson panel (dist/lessonPanel.js)': 'Opening the lesson',
    };
    const found = Object.entries(markers).filter(([, marker]) => text.includes(marker)).map(([name]) => name);
    assert.deepEqual(found, []);
  });
});
