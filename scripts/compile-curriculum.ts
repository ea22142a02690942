/**
 * Compiles the built-in curriculum (`curriculum/`) into `dist/curriculum.json`, and renders every
 * lesson for the panel into `dist/lessons/<track>/<lesson>.json`: Markdown and highlighting run
 * here, once, so that opening a built-in lesson only reads a file.
 * Prints every problem as `file:line:column: severity: message`; exits 1 on any error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_CURRICULUM_DIR, COMPILED_CURRICULUM_FILE, compileCurriculum, formatDiagnostic } from '../src/core/curriculum/compiled';
import { loadCurriculum } from '../src/core/curriculum/loader';
import { milestonesOf, lessonsOf } from '../src/core/curriculum/model';
import { renderLesson } from '../src/core/lessons/renderLesson';
import { RENDERED_LESSONS_DIR, renderedLessonFile } from '../src/core/lessons/rendered';

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

// Rendered lessons: the folder is written afresh, so a removed lesson leaves nothing behind.
const renderedDir = path.join(projectRoot, RENDERED_LESSONS_DIR);
fs.rmSync(renderedDir, { recursive: true, force: true });
let renderedBytes = 0;
for (const lesson of load.tracks.flatMap(lessonsOf)) {
  const file = renderedLessonFile(projectRoot, lesson.key);
  const rendered = JSON.stringify(renderLesson(lesson, fs.readFileSync(lesson.text, 'utf8')));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, rendered);
  renderedBytes += rendered.length;
}

const lessons = load.tracks.flatMap(lessonsOf).length;
const milestones = load.tracks.flatMap(milestonesOf).length;
console.log(`curriculum: ${load.tracks.length} tracks, ${lessons} lessons, ${milestones} milestones → ${COMPILED_CURRICULUM_FILE} (${(json.length / 1024).toFixed(1)} KiB), lessons rendered → ${RENDERED_LESSONS_DIR} (${(renderedBytes / 1024).toFixed(1)} KiB)`);
