/**
 * Gives the core's messages in this bundle the learner's language. Imported first by every entry
 * point that carries core code (dist/extension.js and the bundles loaded on first use), because
 * each bundle has its own copy of `@vscode/l10n`.
 */
import * as vscode from 'vscode';
import { useTranslations } from '../core/translations';

useTranslations(vscode.l10n.bundle);
