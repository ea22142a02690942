/**
 * Turns the text of a progress file (or of an export) into milestone records, telling apart the
 * three ways that can go: it is readable (perhaps after upgrading an older format), it comes from
 * a newer release than this one, or it is damaged.
 */

import * as z from 'zod';
import type { MilestoneKey } from '../curriculum/model';
import { type ActivityLog, activityFromFileForm, activityToFileForm } from './activity';
import { type MilestoneProgress, copyOf } from './milestoneProgress';
import { CURRENT_PROGRESS_VERSION, progressFileSchema } from './progressSchema';
import { OLDEST_PROGRESS_VERSION, migrateToCurrent } from './progressMigrations';

export type ProgressRecords = Map<MilestoneKey, MilestoneProgress>;

export type DecodedProgress =
  | { kind: 'readable'; milestones: ProgressRecords; activity: ActivityLog; upgradedFrom?: number }
  | { kind: 'newer'; version: number }
  | { kind: 'damaged'; reason: string };

export function decodeProgress(text: string, now: Date): DecodedProgress {
  const parsed = parseJson(text);
  if (!parsed.ok) return { kind: 'damaged', reason: parsed.reason };

  const version = versionOf(parsed.value);
  if (version === undefined) {
    return { kind: 'damaged', reason: 'it has no format version' };
  }
  if (version > CURRENT_PROGRESS_VERSION) return { kind: 'newer', version };
  if (version < OLDEST_PROGRESS_VERSION) {
    return { kind: 'damaged', reason: `format ${version} is not one Python Mastery ever wrote` };
  }
  return upgradedAndValidated(parsed.value, version, now);
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  const withoutByteOrderMark = text.replace(/^\uFEFF/, '');
  if (withoutByteOrderMark.trim() === '') return { ok: false, reason: 'it is empty' };
  try {
    return { ok: true, value: JSON.parse(withoutByteOrderMark) };
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
}

function versionOf(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const version = (value as { version?: unknown }).version;
  return typeof version === 'number' && Number.isInteger(version) ? version : undefined;
}

function upgradedAndValidated(value: unknown, version: number, now: Date): DecodedProgress {
  try {
    const upgraded = migrateToCurrent(value, version, CURRENT_PROGRESS_VERSION, now);
    const file = progressFileSchema.parse(upgraded);
    const milestones: ProgressRecords = new Map(
      Object.entries(file.milestones).map(([key, progress]) => [key, copyOf(progress)]),
    );
    const activity = activityFromFileForm(file.activity);
    return version === CURRENT_PROGRESS_VERSION
      ? { kind: 'readable', milestones, activity }
      : { kind: 'readable', milestones, activity, upgradedFrom: version };
  } catch (error) {
    return { kind: 'damaged', reason: describeInvalidContent(error) };
  }
}

function describeInvalidContent(error: unknown): string {
  if (!(error instanceof z.ZodError)) return `it could not be upgraded (${String(error)})`;
  const [first] = error.issues;
  const extra = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  const detail = first ? `${describePath(first.path)}: ${innermostMessage(first)}${extra}` : 'no details';
  return `its content does not fit the progress format (${detail})`;
}

/** A bad record key is reported as "Invalid key in record" with the reason nested inside. */
function innermostMessage(issue: z.core.$ZodIssue): string {
  const nested = 'issues' in issue && Array.isArray(issue.issues) ? issue.issues[0] : undefined;
  return nested && 'message' in nested ? `${issue.message}: ${nested.message}` : issue.message;
}

function describePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the top level' : path.map(String).join(' › ');
}

/** The file text for a set of records and the days worked: stable key order, untouched milestones left out. */
export function encodeProgress(milestones: ProgressRecords, activity: ActivityLog = new Map()): string {
  const sortedKeys = [...milestones.keys()].sort();
  const file = {
    version: CURRENT_PROGRESS_VERSION,
    milestones: Object.fromEntries(sortedKeys.map((key) => [key, milestones.get(key)])),
    activity: activityToFileForm(activity),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
