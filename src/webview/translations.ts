/**
 * The extension's translations, for a page. The extension writes `vscode.l10n.bundle` into the
 * page's HTML (a `<script id="l10n-bundle" type="application/json">`); pages then call
 * `l10n.t` from `@vscode/l10n` as the extension calls `vscode.l10n.t`. Without a bundle (English,
 * or no translation for the learner's language) `l10n.t` gives the English text back.
 * Imported first, before any module that builds text.
 */
import * as l10n from '@vscode/l10n';

const element = document.getElementById('l10n-bundle');
if (element?.textContent) {
  try {
    const contents = JSON.parse(element.textContent) as unknown;
    if (contents && typeof contents === 'object' && Object.keys(contents).length > 0) {
      l10n.config({ contents: contents as Record<string, string> });
    }
  } catch (error) {
    console.error('Python Mastery: the page\'s translations could not be read', error);
  }
}
