/**
 * Compiles the built-in curriculum (`curriculum/`) into `dist/curriculum.json`.
 * Prints every problem as `file:line:column: severity: message`; exits 1 on any error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_CURRICULUM_DIR, COMPILED_CURRICULUM_FILE, compileCurriculum, formatDiagnostic } from '../src/core/curriculum/compiled';
import { loadCurriculum } from '../src/core/curriculum/loader';
import { milestonesOf, lessonsOf } from '../src/core/curriculum/model';

const projectRoot = path.resolve(__dirname, '..');
const root = path.join(projectRoot, BUILTIN_CURRICULUM_DIR);
const load = loadCurriculum(root, { origin: 'builtin' });
for (const diagnostic of load.diagnostics) console.error(formatDiagnostic({ ...diagnostic, file: path.relative(projectRoot, diagnostic.file) }));
if (load.diagnostics.some((d) => d.severity === 'error')) {
  console.error('The built-in curriculum has errors; dist/curriculum.json was not written.');
  process.exit(1);
}
const out = path.join(projectRoot, COMPILED_CURRICULUM_FILE);
fs.mkdirSync(path.dirname(out), { recursive: true });
const json = compileCurriculum(root, load.tracks);
fs.writeFileSync(out, json);
const lessons = load.tracks.flatMap(lessonsOf).length;
const milestones = load.tracks.flatMap(milestonesOf).length;
console.log(`curriculum: ${load.tracks.length} tracks, ${lessons} lessons, ${milestones} milestones → ${COMPILED_CURRICULUM_FILE} (${(json.length / 1024).toFixed(1)} KiB)`);
