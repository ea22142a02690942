/**
 * The learner's language for the core's messages. The core speaks through `l10n.t` from
 * `@vscode/l10n`, which needs no editor: unconfigured, it gives the English text back. The
 * extension hands it `vscode.l10n.bundle` (see src/extension/translations.ts); every bundle that
 * carries core code does this once, since each has its own copy of `@vscode/l10n`.
 */
import * as l10n from '@vscode/l10n';

export type TranslationBundle = Record<string, string | { message: string; comment: string[] }>;

export function useTranslations(contents: TranslationBundle | undefined): void {
  if (contents && Object.keys(contents).length > 0) l10n.config({ contents });
}
