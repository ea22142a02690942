/**
 * Turns the whole files of variant solutions into patches: every file under
 * `test/solutions/<track>/<lesson>/.variants/<milestone>/<right-|wrong-name>/` that the lesson's
 * reference solution also has is replaced by its change, added to the variant's `changes.patch`
 * (a unified diff against the reference solution). Files the reference solution lacks stay whole.
 * Write a variant as whole files, run this, and only the lines that make it right or wrong are
 * kept, so a variant does not have to be remade when the rest of the reference solution changes.
 *
 *   npm run variants:pack [-- FOLDER]   (FOLDER: a lesson, milestone or variant folder; all by default)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyPatch, createTwoFilesPatch, parsePatch } from 'diff';

const SOLUTIONS = path.resolve(__dirname, '..', 'test', 'solutions');
const PATCH_FILE = 'changes.patch';

function filesBelow(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === '__pycache__') return [];
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesBelow(path.join(dir, entry.name), relative) : [relative];
  });
}

function* variantsBelow(dir: string): Generator<{ reference: string; variant: string }> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = path.join(dir, entry.name);
    if (entry.name !== '.variants') {
      yield* variantsBelow(folder);
      continue;
    }
    for (const milestone of fs.readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      for (const variant of fs.readdirSync(path.join(folder, milestone.name), { withFileTypes: true }).filter((e) => e.isDirectory())) {
        yield { reference: dir, variant: path.join(folder, milestone.name, variant.name) };
      }
    }
  }
}

function removeEmptyFolders(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const folder = path.join(dir, entry.name);
    removeEmptyFolders(folder);
    if (fs.readdirSync(folder).length === 0) fs.rmdirSync(folder);
  }
}

/** Packs one variant; returns how many whole files became changes. */
function pack(reference: string, variant: string): number {
  const patchFile = path.join(variant, PATCH_FILE);
  const existing = fs.existsSync(patchFile) ? parsePatch(fs.readFileSync(patchFile, 'utf8')) : [];
  const patched = new Set(existing.map((p) => (p.newFileName ?? '').replace(/^b\//, '')));
  let patch = fs.existsSync(patchFile) ? fs.readFileSync(patchFile, 'utf8') : '';
  let packed = 0;
  for (const relative of filesBelow(variant)) {
    if (relative === PATCH_FILE) continue;
    const original = path.join(reference, relative);
    if (!fs.existsSync(original)) continue;
    if (patched.has(relative)) throw new Error(`${variant}: ${relative} is both a whole file and a change in ${PATCH_FILE}`);
    const before = fs.readFileSync(original, 'utf8');
    const after = fs.readFileSync(path.join(variant, relative), 'utf8');
    const change = createTwoFilesPatch(`a/${relative}`, `b/${relative}`, before, after, undefined, undefined, { context: 3 });
    if (applyPatch(before, change) !== after) throw new Error(`${variant}: the change to ${relative} does not reproduce the file`);
    patch += change;
    fs.rmSync(path.join(variant, relative));
    packed++;
  }
  if (packed > 0) fs.writeFileSync(patchFile, patch);
  removeEmptyFolders(variant);
  return packed;
}

const start = path.resolve(process.argv[2] ?? SOLUTIONS);
let variants = 0;
let files = 0;
const found = [...variantsBelow(start)];
// A variant folder (or a milestone's) given directly: find its reference solution above it.
if (found.length === 0 && start.includes(`${path.sep}.variants${path.sep}`)) {
  const reference = start.slice(0, start.indexOf(`${path.sep}.variants${path.sep}`));
  const rest = path.relative(path.join(reference, '.variants'), start).split(path.sep);
  const milestones = rest.length === 1 ? fs.readdirSync(start).map((v) => path.join(start, v)) : [start];
  for (const variant of milestones.filter((v) => fs.statSync(v).isDirectory())) found.push({ reference, variant });
}
for (const { reference, variant } of found) {
  variants++;
  files += pack(reference, variant);
}
console.log(`${variants} variants looked at, ${files} whole files turned into changes.`);
