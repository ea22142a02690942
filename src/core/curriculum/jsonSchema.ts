/**
 * JSON Schemas for `track.yaml` and `lesson.yaml`, generated from the zod schemas in `schema.ts`,
 * for the YAML extension's completion, hover and validation. The build writes them to
 * `dist/schemas/`; the loader never uses them (zod stays the one source of truth).
 *
 * They describe the files as authors write them (zod's input side: keys with a default are
 * optional) and target JSON Schema draft-07, the version the YAML extension supports in full.
 * The two refinements zod keeps in code are spelled out here: a schedule has exactly one key,
 * and a quiz has a choice marked `correct: true`.
 */
import * as z from 'zod';
import { lessonSchema, quizChoicesSchema, scheduleSchema, trackSchema } from './schema';

export const JSON_SCHEMA_DIR = 'dist/schemas';
export const TRACK_JSON_SCHEMA_FILE = `${JSON_SCHEMA_DIR}/track.schema.json`;
export const LESSON_JSON_SCHEMA_FILE = `${JSON_SCHEMA_DIR}/lesson.schema.json`;

type JsonObject = { [key: string]: unknown };

/** zod bounds every integer by the safe range; an author gains nothing from reading that. */
function tidy(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tidy);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'maximum' && value === Number.MAX_SAFE_INTEGER) || (key === 'minimum' && value === Number.MIN_SAFE_INTEGER)) continue;
    out[key] = tidy(value);
  }
  return out;
}

function generate(schema: z.ZodType, title: string): JsonObject {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-07',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === scheduleSchema) Object.assign(jsonSchema, { minProperties: 1, maxProperties: 1 });
      if (zodSchema === quizChoicesSchema) {
        const correct = { const: true, description: 'At least one choice is marked correct: true.' };
        Object.assign(jsonSchema, { contains: { type: 'object', properties: { correct }, required: ['correct'] } });
      }
    },
  }) as JsonObject;
  const { $schema, ...rest } = tidy(json) as JsonObject;
  return { $schema, title, ...rest };
}

export function trackJsonSchema(): JsonObject {
  return generate(trackSchema, 'Python Mastery track.yaml');
}

export function lessonJsonSchema(): JsonObject {
  return generate(lessonSchema, 'Python Mastery lesson.yaml');
}
