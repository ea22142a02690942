/**
 * Every string a learner reads can be translated: the extension's through `vscode.l10n.t`, the
 * pages' and the core's through `l10n.t` from `@vscode/l10n`, and the manifest's through
 * `package.nls.json`. `l10n/bundle.l10n.json` is the English source a translator starts from.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { getL10nJson, getL10nPseudoLocalized } from '@vscode/l10n-dev';
import { describeFinding } from '../../src/core/checks/findings';
import { useTranslations } from '../../src/core/translations';

const PROJECT = path.resolve(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

describe('translations', () => {
  it('package.json names only strings that package.nls.json has, and package.nls.json has no others', () => {
    const manifest = fs.readFileSync(path.join(PROJECT, 'package.json'), 'utf8');
    const nls = JSON.parse(fs.readFileSync(path.join(PROJECT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const used = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!));
    assert.ok(used.size > 30, `only ${used.size} manifest strings are translatable`);
    assert.deepEqual([...used].filter((key) => !(key in nls)), [], 'keys missing from package.nls.json');
    assert.deepEqual(Object.keys(nls).filter((key) => !used.has(key)), [], 'package.nls.json keys nothing uses');
  });

  it('the manifest has no English left in the places VS Code shows', () => {
    const contributes = (JSON.parse(fs.readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as { contributes: Record<string, unknown> }).contributes;
    const untranslated: string[] = [];
    const visit = (value: unknown, where: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${where}[${i}]`));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, `${where}.${k}`);
      else if (typeof value === 'string' && /\.(title|name|description|markdownDescription|contents|category|contextualTitle|altText)$/.test(where) && !/^%.+%$/.test(value)) {
        untranslated.push(`${where}: ${value}`);
      }
    };
    visit(contributes, 'contributes');
    assert.deepEqual(untranslated, []);
  });

  it('l10n/bundle.l10n.json holds exactly the strings the code translates (npm run l10n:export)', async function () {
    this.timeout(60_000);
    const files = [...sourceFiles(path.join(PROJECT, 'src'))].map((file) => ({ extension: '.ts', contents: fs.readFileSync(file, 'utf8') }));
    const fromCode = await getL10nJson(files);
    const committed = JSON.parse(fs.readFileSync(path.join(PROJECT, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, unknown>;
    const missing = Object.keys(fromCode).filter((key) => !(key in committed));
    const stale = Object.keys(committed).filter((key) => !(key in fromCode));
    assert.deepEqual({ missing, stale }, { missing: [], stale: [] }, 'run npm run l10n:export');
    assert.ok(Object.keys(fromCode).length > 300, `only ${Object.keys(fromCode).length} strings are translated`);
  });

  it('leaves no message, picker or status text in English outside l10n', () => {
    // A call that shows text to the learner, given a string literal or template directly.
    const direct = /(show(Information|Warning|Error)Message|setStatusBarMessage|showInputBox|createTerminal)\(\s*\{?\s*(\w+:\s*)?['`"]|(placeHolder|prompt|openLabel|saveLabel|tooltip|headline):\s*['`"][A-Z]/;
    // Text assigned to a status item: words, once icons (`$(book)`), values (`${…}`) and names are set aside.
    const assigned = /\.(text|tooltip|name)\s*=\s*(['`"])(.*)\2;/;
    const hasWords = (literal: string) => /[a-z]{2}/i.test(literal.replace(/\$\([^)]*\)|\$\{[^}]*\}|\bPython\b/g, ''));
    const offenders: string[] = [];
    for (const file of [...sourceFiles(path.join(PROJECT, 'src', 'extension')), ...sourceFiles(path.join(PROJECT, 'src', 'webview'))]) {
      if (file.endsWith('testHooks.ts')) continue;
      fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        const text = assigned.exec(line)?.[3];
        if ((direct.test(line) || (text !== undefined && hasWords(text))) && !/l10n\.t\(/.test(line)) offenders.push(`${path.relative(PROJECT, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    assert.deepEqual(offenders, []);
  });

  describe('with a translation loaded', () => {
    after(() => l10n.config({ contents: {} }));

    it("the core's messages come out in the learner's language", async function () {
      this.timeout(60_000);
      const file = path.join(PROJECT, 'src', 'core', 'checks', 'findings.ts');
      const english = await getL10nJson([{ extension: '.ts', contents: fs.readFileSync(file, 'utf8') }]);
      const pseudo = getL10nPseudoLocalized(english) as Record<string, string>;
      useTranslations(pseudo);
      const text = describeFinding({ title: 'greet', message: 'wrong', expected: "'hi'", actual: 'None', line: 1, column: 1, severity: 'error' });
      assert.match(text, /^greet: wrong\n/);
      assert.doesNotMatch(text, /Expected: 'hi'/);
      assert.ok(text.includes(pseudo['Expected: {0}']!.replace('{0}', "'hi'")), text);
    });
  });
});
