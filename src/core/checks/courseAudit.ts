/**
 * Orphans and gaps in a course: files that nothing uses and code milestones that nothing proves.
 * Pure file-system reading, no Python. The rules, for a course of tracks and a solutions folder
 * laid out as `<solutions>/<track>/<lesson>/<workspace path>`:
 *
 * Solutions
 * - Every folder `<solutions>/<track>/<lesson>/` belongs to a loaded lesson with a code milestone,
 *   and nothing else sits directly in `<solutions>/` or `<solutions>/<track>/`.
 * - Every file in a lesson's solution folder is a file that one of the lesson's code milestones
 *   lists in `files`, apart from `.variants/` (other right and wrong solutions per milestone,
 *   which have their own test) and empty `.gitkeep` files (folders the learner creates). (A copy of an untouched starter file is an orphan too: the solution is laid
 *   over the starter, so it adds nothing, and a copy that differs would let the solution pass
 *   through a file the learner is never asked to edit.)
 * - Every code milestone has a solution: at least one of its `files` is in the solution folder.
 *
 * Check files (`<lesson>/checks/`)
 * - Every `.py` file is the `check` of one of the lesson's milestones, unless it is a helper: its
 *   name, or the name of a folder between `checks/` and it, starts with `_` (`_common.py`,
 *   `__init__.py`, `_data/…`), or it sits in a sub-folder that holds an `__init__.py` (a package
 *   of helpers). Other files (data the checks read) are not check files and are not audited.
 *
 * Starter files (`<lesson>/starter/`) are accounted for when
 * 1. a code milestone of the lesson lists them in `files`; or
 * 2. their name makes them support files: `__init__.py`, `__main__.py`, `conftest.py`,
 *    `test_*.py`, `*_test.py`; or
 * 3. the lesson points at them: their workspace path (`week1/day2/bench.py`) is written in the
 *    lesson text, in a milestone (a prompt, a summary, a snippet…) or in one of its check files,
 *    or their file name is written in an accounted-for starter file in the same folder; or
 * 4. an accounted-for Python file imports them (absolute, relative, or a neighbour imported as
 *    a script would), or, for a Python module, an accounted-for file in the same folder or one
 *    above writes its module name as a string (`"shouting"`, `"plugins.shouting"`), as dynamic
 *    imports and plugin settings do; repeated until nothing changes.
 * Any other starter file is an orphan.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Lesson, Track } from '../curriculum/model';
import { lessonsOf } from '../curriculum/model';

export type AuditFindingKind =
  | 'orphan-solution-folder'
  | 'orphan-solution-file'
  | 'missing-solution'
  | 'orphan-check'
  | 'orphan-starter';

export interface AuditFinding {
  kind: AuditFindingKind;
  /** Absolute path of the file or folder the finding is about. */
  path: string;
  /** `track`, `track/lesson` or `track/lesson/milestone`, when it belongs to one. */
  key?: string;
  /** One sentence for the course author, saying what to do. */
  message: string;
}

export interface AuditOptions {
  /** The solutions folder: `<solutions>/<track>/<lesson>/…`. */
  solutionsDir: string;
  /** Tracks that failed to load: their solution folders are not called orphans. */
  unloadedTracks?: Iterable<string>;
}

const IGNORED = new Set(['__pycache__', '.DS_Store']);
/** The folder in a lesson's solutions that holds variant solutions, not the reference one. */
export const VARIANTS_DIR = '.variants';
const SUPPORT_NAMES = new Set(['__init__.py', '__main__.py', 'conftest.py']);

export function auditCourse(tracks: readonly Track[], options: AuditOptions): AuditFinding[] {
  const findings: AuditFinding[] = [];
  findings.push(...auditSolutionFolders(tracks, options));
  for (const track of tracks) {
    for (const lesson of lessonsOf(track)) {
      findings.push(...auditLessonSolutions(lesson, path.join(options.solutionsDir, track.id, lesson.id)));
      findings.push(...auditChecks(lesson));
      findings.push(...auditStarter(lesson));
    }
  }
  return findings;
}

/** `kind path: message`, with the path relative to `base` when it lies inside it. */
export function formatFinding(finding: AuditFinding, base?: string): string {
  const shown = base && !path.relative(base, finding.path).startsWith('..') ? path.relative(base, finding.path) : finding.path;
  return `${finding.kind} ${shown.split(path.sep).join('/')}: ${finding.message}`;
}

function auditSolutionFolders(tracks: readonly Track[], options: AuditOptions): AuditFinding[] {
  const root = options.solutionsDir;
  if (!isDirectory(root)) return [];
  const findings: AuditFinding[] = [];
  const unloaded = new Set(options.unloadedTracks ?? []);
  const byId = new Map(tracks.map((t) => [t.id, t]));
  for (const entry of entries(root)) {
    const full = path.join(root, entry.name);
    if (!isDirectory(full)) {
      findings.push({ kind: 'orphan-solution-folder', path: full, message: 'A file directly in the solutions folder belongs to no lesson: solutions go in <track>/<lesson>/.' });
      continue;
    }
    if (unloaded.has(entry.name)) continue;
    const track = byId.get(entry.name);
    if (!track) {
      findings.push({ kind: 'orphan-solution-folder', path: full, key: entry.name, message: `No track "${entry.name}" uses these solutions: remove the folder or rename it to its track's id.` });
      continue;
    }
    const lessons = new Map(lessonsOf(track).map((l) => [l.id, l]));
    for (const lessonEntry of entries(full)) {
      const lessonDir = path.join(full, lessonEntry.name);
      const key = `${track.id}/${lessonEntry.name}`;
      if (!isDirectory(lessonDir)) {
        findings.push({ kind: 'orphan-solution-folder', path: lessonDir, key: track.id, message: `A file directly in the track's solutions belongs to no lesson: solutions go in ${track.id}/<lesson>/.` });
        continue;
      }
      const lesson = lessons.get(lessonEntry.name);
      if (!lesson) {
        findings.push({ kind: 'orphan-solution-folder', path: lessonDir, key, message: `Track "${track.id}" has no lesson "${lessonEntry.name}": remove the folder or rename it to its lesson's id.` });
      } else if (!lesson.milestones.some((m) => m.kind === 'code')) {
        findings.push({ kind: 'orphan-solution-folder', path: lessonDir, key, message: 'The lesson has no code milestone, so nothing uses a solution: remove the folder.' });
      }
    }
  }
  return findings;
}

function isFolderMarker(solutionDir: string, file: string): boolean {
  if (path.posix.basename(file) !== '.gitkeep') return false;
  try {
    return fs.statSync(path.join(solutionDir, ...file.split('/'))).size === 0;
  } catch {
    return false;
  }
}

function auditLessonSolutions(lesson: Lesson, solutionDir: string): AuditFinding[] {
  const code = lesson.milestones.filter((m) => m.kind === 'code');
  if (code.length === 0) return [];
  const findings: AuditFinding[] = [];
  const solutionFiles = new Set(isDirectory(solutionDir) ? listFiles(solutionDir).filter((f) => !f.startsWith(`${VARIANTS_DIR}/`)) : []);
  const targets = new Set(code.flatMap((m) => m.files));
  for (const file of solutionFiles) {
    // An empty `.gitkeep` stands for a folder the learner creates: git cannot hold an empty one.
    if (targets.has(file) || isFolderMarker(solutionDir, file)) continue;
    findings.push({
      kind: 'orphan-solution-file', path: path.join(solutionDir, ...file.split('/')), key: lesson.key,
      message: `No code milestone of ${lesson.key} lists "${file}" in its files, so the learner is never asked to write it: remove it from the solution, or add it to a milestone's files.`,
    });
  }
  for (const milestone of code) {
    if (milestone.files.some((f) => solutionFiles.has(f))) continue;
    findings.push({
      kind: 'missing-solution', path: solutionDir, key: milestone.key,
      message: `The code milestone has no reference solution: add ${milestone.files.map((f) => `${lesson.key}/${f}`).join(' or ')} under the solutions folder.`,
    });
  }
  return findings;
}

function auditChecks(lesson: Lesson): AuditFinding[] {
  const checksDir = path.join(lesson.dir, 'checks');
  if (!isDirectory(checksDir)) return [];
  const named = new Set(lesson.milestones.flatMap((m) => (m.kind === 'code' ? [path.resolve(m.check)] : [])));
  const findings: AuditFinding[] = [];
  for (const file of listFiles(checksDir)) {
    if (!file.endsWith('.py')) continue;
    const full = path.join(checksDir, ...file.split('/'));
    if (named.has(path.resolve(full)) || isCheckHelper(checksDir, file)) continue;
    findings.push({
      kind: 'orphan-check', path: full, key: lesson.key,
      message: `No milestone of ${lesson.key} names checks/${file} as its check: name it in a milestone, remove it, or mark it as a helper by starting its name with "_".`,
    });
  }
  return findings;
}

/** A helper module of the checks: `_`-named, or inside a sub-package of `checks/`. */
function isCheckHelper(checksDir: string, file: string): boolean {
  const parts = file.split('/');
  if (parts.some((part) => part.startsWith('_'))) return true;
  for (let depth = 1; depth < parts.length; depth++) {
    if (fs.existsSync(path.join(checksDir, ...parts.slice(0, depth), '__init__.py'))) return true;
  }
  return false;
}

function auditStarter(lesson: Lesson): AuditFinding[] {
  if (!lesson.starter || lesson.starterFiles.length === 0) return [];
  const starter = lesson.starter;
  const files = lesson.starterFiles;
  const source = new Map<string, string>();
  const read = (file: string) => {
    if (!source.has(file)) source.set(file, readText(path.join(starter, ...file.split('/'))));
    return source.get(file)!;
  };

  const accounted = new Set<string>();
  for (const milestone of lesson.milestones) if (milestone.kind === 'code') for (const f of milestone.files) accounted.add(f);
  for (const file of files) if (isSupportName(path.posix.basename(file))) accounted.add(file);

  // What the lesson says: its text, every milestone, every check file.
  const said = [
    readText(lesson.text),
    ...lesson.milestones.flatMap((m) => textsOf(m)),
    ...lesson.milestones.flatMap((m) => (m.kind === 'code' ? [readText(m.check)] : [])),
  ].join('\n');
  for (const file of files) if (mentions(said, file)) accounted.add(file);

  const known = new Set(files);
  let grew = true;
  while (grew) {
    grew = false;
    for (const file of [...accounted]) {
      if (!known.has(file)) continue;
      const text = read(file);
      const folder = path.posix.dirname(file);
      const reached = file.endsWith('.py') ? importedFiles(file, text, known) : [];
      const strings = stringLiterals(text);
      for (const other of files) {
        if (accounted.has(other)) continue;
        const sameFolderMention = path.posix.dirname(other) === folder && mentions(text, path.posix.basename(other));
        if (sameFolderMention || reached.includes(other) || namesModule(strings, folder, other)) {
          accounted.add(other);
          grew = true;
        }
      }
    }
  }

  return files.filter((f) => !accounted.has(f)).map((file) => ({
    kind: 'orphan-starter' as const, path: path.join(starter, ...file.split('/')), key: lesson.key,
    message: `Nothing in ${lesson.key} uses starter/${file}: no milestone lists it in its files, no lesson text, milestone or check names it, and no file the learner works on imports it. Add it to a milestone, point the learner at it, or remove it.`,
  }));
}

/** Every string in a milestone: title, summary, prompt, snippet, hints, choices… */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

/** Whether `text` names `file` as a whole path, not as the tail of a longer name or path. */
function mentions(text: string, file: string): boolean {
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w./\\\\-])${escaped}(?![\\w/\\\\-])`).test(text);
}

/** The short strings a file writes in quotes that could be module names: `shouting`, `plugins.shouting`. */
function stringLiterals(text: string): Set<string> {
  return new Set([...text.matchAll(/(["'])([A-Za-z_][\w.]*)\1/g)].map((m) => m[2]!));
}

/**
 * Whether `strings`, written by a file in `folder`, name the Python module `file` lying in that
 * folder or below it: its stem, or a dotted name ending in its stem.
 */
function namesModule(strings: ReadonlySet<string>, folder: string, file: string): boolean {
  if (!file.endsWith('.py')) return false;
  const base = folder === '.' ? '' : folder;
  if (base && !file.startsWith(`${base}/`)) return false;
  const stem = path.posix.basename(file, '.py');
  if (stem === '__init__' || stem === '__main__') return false;
  for (const name of strings) if (name === stem || name.endsWith(`.${stem}`)) return true;
  return false;
}

function isSupportName(name: string): boolean {
  return SUPPORT_NAMES.has(name) || /^test_.*\.py$/.test(name) || /^.+_test\.py$/.test(name);
}

/**
 * The workspace files among `known` that `text` (the Python file `file`) imports: absolute
 * imports from the workspace root, neighbours as a script run from its folder would find them,
 * and relative imports inside a package.
 */
export function importedFiles(file: string, text: string, known: ReadonlySet<string>): string[] {
  const folder = path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file);
  const candidates = new Set<string>();
  const addModule = (base: string, dotted: string) => {
    const parts = dotted.split('.').filter(Boolean);
    // `a.b.c` also imports the packages `a` and `a.b`.
    for (let n = 1; n <= parts.length; n++) {
      const stem = path.posix.join(base, ...parts.slice(0, n));
      candidates.add(`${stem}.py`);
      candidates.add(`${stem}/__init__.py`);
    }
  };
  const code = stripStringsAndComments(text);
  for (const match of code.matchAll(/^[ \t]*import[ \t]+([\w. \t,]+)/gm)) {
    for (const part of match[1]!.split(',')) {
      const name = part.trim().split(/\s+/)[0];
      if (!name) continue;
      addModule('', name);
      addModule(folder, name);
    }
  }
  for (const match of code.matchAll(/^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(?:\(([^)]*)\)|([^\n]*))/gm)) {
    const dots = match[1]!.length;
    const module = match[2]!;
    // `name as alias` imports `name`: keep the first word of each comma-separated part.
    const names = (match[3] ?? match[4] ?? '').split(',').map((n) => n.trim().split(/\s+/)[0]!).filter((n) => /^\w+$/.test(n));
    const bases: string[] = [];
    if (dots > 0) {
      let base = folder;
      for (let i = 1; i < dots; i++) base = path.posix.dirname(base) === '.' ? '' : path.posix.dirname(base);
      bases.push(base);
    } else {
      bases.push('', folder);
    }
    for (const base of bases) {
      if (module) addModule(base, module);
      // `from pkg import name` may import the submodule `pkg/name.py`.
      for (const name of names) addModule(path.posix.join(base, ...module.split('.').filter(Boolean)), name);
    }
  }
  return [...candidates].map((c) => c.replace(/^\.\//, '')).filter((c) => c !== file && known.has(c));
}

/** Python source with string literals and comments blanked, so that import-like text in them is not taken for an import. */
function stripStringsAndComments(text: string): string {
  return text.replace(/("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|#[^\n]*)/g, (m) => m.replace(/[^\n]/g, ' '));
}

function listFiles(dir: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const entry of entries(dir)) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    const full = path.join(dir, entry.name);
    if (isDirectory(full)) files.push(...listFiles(full, relative));
    else files.push(relative);
  }
  return files;
}

function entries(dir: string): fs.Dirent[] {
  return fs.readdirSync(dir, { withFileTypes: true })
    .filter((e) => !IGNORED.has(e.name))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
