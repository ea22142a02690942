/**
 * Writes the JSON Schemas of `track.yaml` and `lesson.yaml` (generated from the zod schemas) to
 * `dist/schemas/`, for the YAML extension: see `contributes.yamlValidation` in package.json.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LESSON_JSON_SCHEMA_FILE, TRACK_JSON_SCHEMA_FILE, lessonJsonSchema, trackJsonSchema } from '../src/core/curriculum/jsonSchema';

const projectRoot = path.resolve(__dirname, '..');
for (const [file, schema] of [
  [TRACK_JSON_SCHEMA_FILE, trackJsonSchema()],
  [LESSON_JSON_SCHEMA_FILE, lessonJsonSchema()],
] as const) {
  const out = path.join(projectRoot, file);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`schemas: ${TRACK_JSON_SCHEMA_FILE}, ${LESSON_JSON_SCHEMA_FILE}`);
