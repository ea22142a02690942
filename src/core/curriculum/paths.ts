/**
 * Every path a curriculum names is relative and stays inside the curriculum's root folder, so a
 * track written by someone else cannot read or run files elsewhere on the learner's machine.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type ResolvedPath =
  | { ok: true; absolute: string; isDirectory: boolean }
  | { ok: false; problem: string };

/** Whether `relative` is written as a path that stays put: not absolute, no `..`, no empty segment. */
export function pathSpellingProblem(relative: string): string | undefined {
  if (path.posix.isAbsolute(relative) || path.win32.isAbsolute(relative) || /^[A-Za-z]:/.test(relative)) {
    return `"${relative}" is an absolute path; write it relative to this file`;
  }
  const segments = relative.split(/[\\/]/);
  if (segments.includes('..')) return `"${relative}" contains ".."; paths must stay inside the curriculum folder`;
  if (segments.some((s, i) => s === '' && i < segments.length - 1)) return `"${relative}" has an empty path segment`;
  return undefined;
}

/**
 * Resolves `relative` against `base` and checks that the file exists and that, links followed,
 * it is still inside `root` (itself given with links already followed).
 */
export function resolveInside(realRoot: string, base: string, relative: string): ResolvedPath {
  const spelling = pathSpellingProblem(relative);
  if (spelling) return { ok: false, problem: spelling };
  const absolute = path.join(base, relative);
  let real: string;
  try {
    real = fs.realpathSync(absolute);
  } catch {
    return { ok: false, problem: `"${relative}" does not exist (looked for ${absolute})` };
  }
  if (!isInside(realRoot, real)) {
    return { ok: false, problem: `"${relative}" is a link that leaves the curriculum folder (it points to ${real})` };
  }
  return { ok: true, absolute, isDirectory: fs.statSync(real).isDirectory() };
}

export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export interface TreeEntry {
  /** Relative to the walked folder, with forward slashes. */
  relative: string;
  absolute: string;
}

/**
 * Lists the files below `dir`, sorted. Links are followed only while they stay inside
 * `realRoot`; a link that leaves it is reported through `onEscape` and skipped.
 */
export function listFiles(dir: string, realRoot: string, onEscape: (entry: TreeEntry, target: string) => void): TreeEntry[] {
  const files: TreeEntry[] = [];
  const walk = (folder: string, prefix: string) => {
    const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name === '__pycache__' || entry.name === '.DS_Store') continue;
      const absolute = path.join(folder, entry.name);
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = fs.realpathSync(absolute);
        } catch {
          onEscape({ relative, absolute }, '(a broken link)');
          continue;
        }
        if (!isInside(realRoot, target)) {
          onEscape({ relative, absolute }, target);
          continue;
        }
        isDirectory = fs.statSync(target).isDirectory();
      }
      if (isDirectory) walk(absolute, relative);
      else files.push({ relative, absolute });
    }
  };
  walk(dir, '');
  return files;
}
