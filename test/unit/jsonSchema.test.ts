/**
 * The JSON Schemas of track.yaml and lesson.yaml that the build writes for the YAML extension:
 * they are there, every key carries a description for hover, and they agree with the zod schemas
 * (which the loader uses) on the whole built-in curriculum and on broken documents.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import {
  LESSON_JSON_SCHEMA_FILE,
  TRACK_JSON_SCHEMA_FILE,
  lessonJsonSchema,
  trackJsonSchema,
} from '../../src/core/curriculum/jsonSchema';
import { lessonSchema, trackSchema } from '../../src/core/curriculum/schema';

const PROJECT = path.resolve(__dirname, '..', '..');
const CURRICULUM = path.join(PROJECT, 'curriculum');

type Schema = { [key: string]: unknown };

/**
 * A validator for the part of JSON Schema (draft-07) the generated schemas use. A keyword it does
 * not know is an error, so a schema can never pass here by using something left unchecked.
 */
const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'default']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function validate(schema: Schema, value: unknown, at = '$'): string[] {
  const errors: string[] = [];
  const sub = (s: unknown, v: unknown, where: string) => validate(s as Schema, v, where);
  for (const [keyword, expected] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case 'type': {
        const actual = typeOf(value);
        const ok = expected === actual || (expected === 'number' && actual === 'integer');
        if (!ok) errors.push(`${at}: expected ${String(expected)}, got ${actual}`);
        break;
      }
      case 'enum':
        if (!(expected as unknown[]).includes(value)) errors.push(`${at}: not one of ${JSON.stringify(expected)}`);
        break;
      case 'const':
        if (value !== expected) errors.push(`${at}: must be ${JSON.stringify(expected)}`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(expected as string, 'u').test(value)) errors.push(`${at}: does not match ${String(expected)}`);
        break;
      case 'minLength':
        if (typeof value === 'string' && [...value].length < (expected as number)) errors.push(`${at}: shorter than ${String(expected)}`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (expected as number)) errors.push(`${at}: below ${String(expected)}`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (expected as number)) errors.push(`${at}: above ${String(expected)}`);
        break;
      case 'exclusiveMinimum':
        if (typeof value === 'number' && value <= (expected as number)) errors.push(`${at}: not above ${String(expected)}`);
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (expected as number)) errors.push(`${at}: fewer than ${String(expected)} items`);
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((item, i) => errors.push(...sub(expected, item, `${at}[${i}]`)));
        break;
      case 'contains':
        if (Array.isArray(value) && !value.some((item, i) => sub(expected, item, `${at}[${i}]`).length === 0)) errors.push(`${at}: no item matches "contains"`);
        break;
      case 'properties':
        if (typeOf(value) === 'object') {
          for (const [key, propertySchema] of Object.entries(expected as Schema)) {
            if (key in (value as object)) errors.push(...sub(propertySchema, (value as Schema)[key], `${at}.${key}`));
          }
        }
        break;
      case 'required':
        if (typeOf(value) === 'object') {
          for (const key of expected as string[]) if (!(key in (value as object))) errors.push(`${at}: missing ${key}`);
        }
        break;
      case 'additionalProperties':
        assert.equal(expected, false, 'only additionalProperties: false is used');
        if (typeOf(value) === 'object') {
          const known = Object.keys((schema.properties ?? {}) as Schema);
          for (const key of Object.keys(value as object)) if (!known.includes(key)) errors.push(`${at}: unknown key ${key}`);
        }
        break;
      case 'minProperties':
        if (typeOf(value) === 'object' && Object.keys(value as object).length < (expected as number)) errors.push(`${at}: fewer than ${String(expected)} keys`);
        break;
      case 'maxProperties':
        if (typeOf(value) === 'object' && Object.keys(value as object).length > (expected as number)) errors.push(`${at}: more than ${String(expected)} keys`);
        break;
      case 'oneOf':
      case 'anyOf': {
        const matches = (expected as Schema[]).filter((option) => validate(option, value, at).length === 0).length;
        if (keyword === 'oneOf' ? matches !== 1 : matches === 0) errors.push(`${at}: ${matches} of the ${keyword} options match`);
        break;
      }
      default:
        throw new Error(`${at}: the test's validator does not know the keyword "${keyword}"`);
    }
  }
  return errors;
}

function filesNamed(dir: string, name: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : filesNamed(full, name);
    return entry.name === name ? [full] : [];
  });
}

const read = (file: string): Schema => JSON.parse(fs.readFileSync(path.join(PROJECT, file), 'utf8')) as Schema;
const milestoneKinds = (lesson: Schema) => ((((lesson.properties as Schema).milestones as Schema).items as Schema).oneOf as Schema[]);

/** Every `properties` map anywhere in the schema, with where it is. */
function propertyMaps(schema: unknown, at = '$'): Array<[string, Schema]> {
  if (Array.isArray(schema)) return schema.flatMap((item, i) => propertyMaps(item, `${at}[${i}]`));
  if (schema === null || typeof schema !== 'object') return [];
  const own: Array<[string, Schema]> = 'properties' in schema ? [[at, (schema as Schema).properties as Schema]] : [];
  return [...own, ...Object.entries(schema).flatMap(([key, value]) => (key === 'properties' ? Object.entries(value as Schema).flatMap(([k, v]) => propertyMaps(v, `${at}.${k}`)) : propertyMaps(value, `${at}.${key}`)))];
}

const GOOD_TRACK = {
  id: 'a-track',
  title: 'A track',
  schedule: { days: 10 },
  modules: [{ id: 'one', title: 'One', lessons: ['first-lesson'] }],
};
const GOOD_LESSON = {
  id: 'first-lesson',
  title: 'First lesson',
  milestones: [
    { id: 'write-it', kind: 'code', title: 'Write it', files: ['a.py'], check: 'checks/write_it.py', hints: ['One', 'Two'] },
    { id: 'guess', kind: 'predict', title: 'Guess', snippet: 'print(1)', compare: 'pattern' },
    { id: 'pick', kind: 'quiz', title: 'Pick', question: 'Which?', choices: [{ text: 'a', correct: true }, { text: 'b' }] },
    { id: 'think', kind: 'reflect', title: 'Think', prompt: 'Why?' },
  ],
};

/** Broken documents, each a change to a good one; both schemas must reject every one. */
const BROKEN_TRACKS: Record<string, Schema> = {
  'an unknown key': { ...GOOD_TRACK, author: 'someone' },
  'a missing title': { ...GOOD_TRACK, title: undefined },
  'an unknown key in a module': { ...GOOD_TRACK, modules: [{ ...GOOD_TRACK.modules[0], lesson: ['x'] }] },
  'a bad id': { ...GOOD_TRACK, id: 'A Track' },
  'two schedule keys': { ...GOOD_TRACK, schedule: { days: 10, weeks: 2 } },
  'a string order': { ...GOOD_TRACK, order: 'first' },
};
const BROKEN_LESSONS: Record<string, Schema> = {
  'an unknown key': { ...GOOD_LESSON, author: 'someone' },
  'a missing title': { ...GOOD_LESSON, title: undefined },
  'no milestones': { ...GOOD_LESSON, milestones: [] },
  'a wrong kind': { ...GOOD_LESSON, milestones: [{ ...GOOD_LESSON.milestones[3], kind: 'essay' }] },
  "another kind's key": { ...GOOD_LESSON, milestones: [{ ...GOOD_LESSON.milestones[3], snippet: 'print(1)' }] },
  'a milestone without a title': { ...GOOD_LESSON, milestones: [{ ...GOOD_LESSON.milestones[1], title: undefined }] },
  'a difficulty out of its enum': { ...GOOD_LESSON, milestones: [{ ...GOOD_LESSON.milestones[3], difficulty: 'brutal' }] },
  'a timeout above the limit': { ...GOOD_LESSON, milestones: [{ ...GOOD_LESSON.milestones[0], timeout: 600 }] },
  'a quiz with no correct choice': { ...GOOD_LESSON, milestones: [{ ...GOOD_LESSON.milestones[2], choices: [{ text: 'a' }, { text: 'b' }] }] },
};
// JSON has no undefined: a key set to undefined above means the key is left out.
const json = (document: unknown): unknown => JSON.parse(JSON.stringify(document));

describe('JSON Schemas for the YAML extension', () => {
  const schemas = { track: read(TRACK_JSON_SCHEMA_FILE), lesson: read(LESSON_JSON_SCHEMA_FILE) };

  it('are written by the build, and match what the zod schemas generate now', () => {
    for (const file of [TRACK_JSON_SCHEMA_FILE, LESSON_JSON_SCHEMA_FILE]) assert.ok(fs.existsSync(path.join(PROJECT, file)), `${file} (run npm run build)`);
    assert.deepEqual(schemas.track, trackJsonSchema());
    assert.deepEqual(schemas.lesson, lessonJsonSchema());
  });

  it('are JSON Schema draft-07 objects with properties, required keys and no unknown keys', () => {
    for (const schema of Object.values(schemas)) {
      assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
      assert.equal(schema.type, 'object');
      assert.equal(typeof schema.properties, 'object');
      assert.equal(schema.additionalProperties, false);
      assert.ok(typeof schema.description === 'string' && typeof schema.title === 'string');
    }
    assert.deepEqual(schemas.track.required, ['id', 'title', 'modules']);
    assert.deepEqual(schemas.lesson.required, ['id', 'title', 'milestones']);
    // Keys with a default are optional to authors, and the default is offered.
    assert.equal(((schemas.track.properties as Schema).order as Schema).default, 100);
    assert.equal(((schemas.lesson.properties as Schema).text as Schema).default, 'lesson.md');
  });

  it('offer the four milestone kinds, each a strict object told apart by its kind', () => {
    const kinds = milestoneKinds(schemas.lesson);
    assert.deepEqual(kinds.map((kind) => ((kind.properties as Schema).kind as Schema).const), ['code', 'predict', 'quiz', 'reflect']);
    for (const kind of kinds) {
      assert.equal(kind.additionalProperties, false);
      assert.ok((kind.required as string[]).includes('kind') && (kind.required as string[]).includes('title'));
    }
    const code = kinds[0]!.properties as Schema;
    assert.deepEqual((code.difficulty as Schema).enum, ['easy', 'medium', 'hard']);
    assert.equal((code.timeout as Schema).default, 10);
    assert.equal((code.timeout as Schema).maximum, 120);
    assert.deepEqual(((kinds[1]!.properties as Schema).compare as Schema).enum, ['exact', 'pattern']);
  });

  it('describe every key, at the top level, in each milestone kind and in every nested object', () => {
    const undescribed = (properties: Schema) => Object.entries(properties).filter(([, value]) => typeof (value as Schema).description !== 'string' || !(value as Schema).description);
    for (const schema of Object.values(schemas)) assert.deepEqual(undescribed(schema.properties as Schema).map(([key]) => key), []);
    for (const kind of milestoneKinds(schemas.lesson)) assert.deepEqual(undescribed(kind.properties as Schema).map(([key]) => key), []);
    const everywhere = Object.values(schemas).flatMap((schema) => propertyMaps(schema)).flatMap(([at, properties]) => undescribed(properties).map(([key]) => `${at}.${key}`));
    assert.deepEqual(everywhere, []);
    // Nothing the validator below does not know, and nothing beyond draft-07.
    assert.ok(!JSON.stringify(schemas).includes('"$defs"') && !JSON.stringify(schemas).includes('"$ref"'));
  });

  describe('agree with zod on the built-in curriculum', function () {
    this.timeout(30_000); // parsing some fifty lesson.yaml files takes seconds on a busy machine
    const tracks = filesNamed(CURRICULUM, 'track.yaml');
    const lessons = filesNamed(CURRICULUM, 'lesson.yaml');

    it('finds the curriculum', () => {
      assert.ok(tracks.length >= 4, `${tracks.length} tracks`);
      assert.ok(lessons.length >= 40, `${lessons.length} lessons`);
    });

    for (const [kind, files, zodSchema] of [
      ['track', tracks, trackSchema],
      ['lesson', lessons, lessonSchema],
    ] as const) {
      it(`every ${kind}.yaml passes zod and the JSON Schema`, () => {
        const failures: string[] = [];
        for (const file of files) {
          const document: unknown = parse(fs.readFileSync(file, 'utf8'));
          const where = path.relative(PROJECT, file);
          const parsed = zodSchema.safeParse(document);
          if (!parsed.success) failures.push(`${where}: zod: ${parsed.error.message}`);
          failures.push(...validate(schemas[kind], document).map((error) => `${where}: JSON Schema: ${error}`));
        }
        assert.deepEqual(failures, []);
      });
    }
  });

  describe('agree with zod on written documents', () => {
    it('both accept a good track and a good lesson with every milestone kind', () => {
      assert.ok(trackSchema.safeParse(GOOD_TRACK).success);
      assert.deepEqual(validate(schemas.track, GOOD_TRACK), []);
      assert.ok(lessonSchema.safeParse(GOOD_LESSON).success);
      assert.deepEqual(validate(schemas.lesson, GOOD_LESSON), []);
    });

    for (const [kind, broken, zodSchema] of [
      ['track', BROKEN_TRACKS, trackSchema],
      ['lesson', BROKEN_LESSONS, lessonSchema],
    ] as const) {
      for (const [what, document] of Object.entries(broken)) {
        it(`both reject a ${kind} with ${what}`, () => {
          assert.equal(zodSchema.safeParse(json(document)).success, false, 'zod accepted it');
          assert.notDeepEqual(validate(schemas[kind], json(document)), [], 'the JSON Schema accepted it');
        });
      }
    }
  });
});
