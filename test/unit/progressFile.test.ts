import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ProgressStore, type ProgressStoreOptions } from '../../src/core/progress';
import { dayOf } from '../../src/core/progress/activity';

const GREET = 'basics/variables/greet';
const OPENED_AT = new Date('2025-03-01T09:00:00.000Z');
const BACKUP_STAMP = '2025-03-01T09-00-00-000Z';

const VALID_FILE = JSON.stringify({
  version: 3,
  milestones: {
    [GREET]: {
      status: 'passed',
      attempts: 2,
      hintLevel: 1,
      firstPassedAt: '2025-02-01T10:00:00.000Z',
      lastAttemptAt: '2025-02-01T10:00:00.000Z',
    },
  },
  activity: { '2025-02-01': { basics: 2 } },
});

describe('ProgressStore: the progress file on disk', () => {
  let folder: string;
  let file: string;
  let warnings: string[];
  const stores: ProgressStore[] = [];

  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'progress-file-'));
    file = path.join(folder, 'progress.json');
    warnings = [];
  });

  afterEach(async () => {
    await Promise.allSettled(stores.splice(0).map((store) => store.dispose()));
    await fs.rm(folder, { recursive: true, force: true });
  });

  async function open(options: ProgressStoreOptions = {}): Promise<ProgressStore> {
    const store = await ProgressStore.open(file, {
      onWarning: (message) => warnings.push(message),
      now: () => new Date(OPENED_AT),
      saveDelayMs: 20,
      ...options,
    });
    stores.push(store);
    return store;
  }

  async function filesInFolder(): Promise<string[]> {
    return (await fs.readdir(folder)).sort();
  }

  describe('damaged files', () => {
    const damaged: Array<[string, Buffer, RegExp]> = [
      ['an empty file', Buffer.alloc(0), /it is empty/],
      ['a file of blank lines', Buffer.from('\n\n  \n'), /it is empty/],
      ['truncated JSON', Buffer.from(VALID_FILE.slice(0, VALID_FILE.length / 2)), /not valid JSON/],
      ['binary garbage', Buffer.from([0x00, 0xff, 0xfe, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a]), /not valid JSON/],
      ['JSON that is not an object', Buffer.from('[1, 2, 3]'), /no format version/],
      ['an object without a version', Buffer.from('{"milestones": {}}'), /no format version/],
      ['a version that was never written', Buffer.from('{"version": 0, "milestones": {}}'), /format 0/],
      [
        'a record with a field of the wrong type',
        Buffer.from(JSON.stringify({ version: 2, milestones: { [GREET]: { status: 'passed', attempts: 'two', hintLevel: 0 } } })),
        /does not fit the progress format \(milestones › basics\/variables\/greet › attempts/,
      ],
      [
        'a passed record without its pass time',
        Buffer.from(JSON.stringify({ version: 2, milestones: { [GREET]: { status: 'passed', attempts: 1, hintLevel: 0 } } })),
        /firstPassedAt/,
      ],
      [
        'a key that is not track/lesson/milestone',
        Buffer.from(JSON.stringify({ version: 2, milestones: { greet: { status: 'in-progress', attempts: 1, hintLevel: 0 } } })),
        /track\/lesson\/milestone/,
      ],
    ];

    for (const [description, bytes, reason] of damaged) {
      it(`keeps ${description} aside with its original bytes, warns with the backup path, and starts fresh`, async () => {
        await fs.writeFile(file, bytes);
        const store = await open();

        const backup = `${file}.corrupt-${BACKUP_STAMP}`;
        assert.deepEqual(await fs.readFile(backup), bytes, 'the backup holds exactly the original bytes');
        assert.deepEqual(store.keys(), [], 'the store starts fresh');
        assert.equal(store.readOnly, false);
        assert.equal(warnings.length, 1);
        assert.ok(warnings[0]!.includes(backup), `the warning names the backup: ${warnings[0]}`);
        assert.match(warnings[0]!, reason);
        assert.match(warnings[0]!, /Import Progress/, 'the warning says what the learner can do');

        store.recordAttempt(GREET, 'fail');
        await store.flush();
        assert.equal(JSON.parse(await fs.readFile(file, 'utf8')).milestones[GREET].attempts, 1);
      });
    }

    it('never overwrites an earlier backup made at the same moment', async () => {
      await fs.writeFile(file, 'first damage');
      await open();
      await fs.writeFile(file, 'second damage');
      await open();
      const backups = (await filesInFolder()).filter((name) => name.includes('.corrupt-'));
      assert.equal(backups.length, 2);
      const contents = await Promise.all(backups.map((name) => fs.readFile(path.join(folder, name), 'utf8')));
      assert.deepEqual(contents.sort(), ['first damage', 'second damage']);
    });

    it('reads a file that starts with a byte-order mark, as some editors save it', async () => {
      await fs.writeFile(file, `\uFEFF${VALID_FILE}`);
      const store = await open();
      assert.equal(store.get(GREET).status, 'passed');
      assert.deepEqual(warnings, []);
    });

    it('runs read-only, without touching anything, when the progress path cannot be read', async () => {
      await fs.mkdir(file);
      const store = await open();
      assert.equal(store.readOnly, true);
      assert.equal(warnings.length, 1);
      assert.match(warnings[0]!, /could not read your progress file .*progress\.json \(it is a folder, not a file\)/);
      store.recordAttempt(GREET, 'pass');
      await store.flush();
      assert.ok((await fs.stat(file)).isDirectory());
      assert.deepEqual(await filesInFolder(), ['progress.json']);
    });
  });

  describe('atomic writes', () => {
    it('leaves no temporary file behind and replaces the file as a whole', async () => {
      await fs.writeFile(file, VALID_FILE);
      const before = await fs.stat(file);
      const store = await open();
      store.recordAttempt(GREET, 'fail');
      await store.flush();
      const after = await fs.stat(file);
      assert.notEqual(after.ino, before.ino, 'the new content arrives by rename, not by rewriting in place');
      assert.deepEqual(await filesInFolder(), ['progress.json']);
    });

    it('recovers from a crash that left a stray temporary file and a truncated target: backup, warning, fresh start', async () => {
      const stray = `${file}.4242-0123456789ab.tmp`;
      await fs.writeFile(stray, VALID_FILE.slice(0, 40));
      const truncated = VALID_FILE.slice(0, 57);
      await fs.writeFile(file, truncated);

      const store = await open();
      assert.deepEqual(store.keys(), []);
      assert.equal(warnings.length, 1);
      assert.equal(await fs.readFile(`${file}.corrupt-${BACKUP_STAMP}`, 'utf8'), truncated);
      assert.equal(await fs.readFile(stray, 'utf8'), VALID_FILE.slice(0, 40), 'another writer’s temporary file is not touched');

      store.recordAttempt(GREET, 'pass');
      await store.flush();
      assert.equal(JSON.parse(await fs.readFile(file, 'utf8')).milestones[GREET].status, 'passed');
    });

    it('loads the previous file intact when a crash happened before the rename', async () => {
      await fs.writeFile(file, VALID_FILE);
      await fs.writeFile(`${file}.4242-0123456789ab.tmp`, '{"version": 2, "milest');
      const store = await open();
      assert.equal(store.get(GREET).attempts, 2);
      assert.deepEqual(warnings, []);
    });
  });

  describe('migrations', () => {
    const version1 = {
      version: 1,
      milestones: {
        'basics/variables/greet': {
          passed: true,
          attempts: 3,
          hintsShown: 2,
          passedAt: '2024-11-02T09:00:00.000Z',
          lastAttemptAt: '2024-11-02T09:05:00.000Z',
        },
        'basics/variables/old-pass': { passed: true, attempts: 1, hintsShown: 0, lastAttemptAt: '2024-10-01T08:00:00.000Z' },
        'basics/variables/swap': { passed: false, attempts: 2, hintsShown: 1, lastAttemptAt: '2024-11-03T09:00:00.000Z' },
        'basics/variables/opened': { passed: false, attempts: 0, hintsShown: 0 },
        'basics/variables/quiz': { passed: false, attempts: 0, hintsShown: 0, quizAnswer: [2, 0] },
        'basics/variables/predict': { passed: true, attempts: 1, hintsShown: 0, passedAt: '2024-11-04T09:00:00.000Z', prediction: '42\n' },
        'basics/variables/why': { passed: false, attempts: 0, hintsShown: 0, reflection: 'Clarity.', reflectionDone: true },
      },
    };

    it('upgrades a version-1 file: passed flag to status, hintsShown to hintLevel, loose answers to one tagged answer', async () => {
      await fs.writeFile(file, JSON.stringify(version1));
      const store = await open();
      assert.deepEqual(warnings, []);
      assert.deepEqual(store.get('basics/variables/greet'), {
        status: 'passed',
        attempts: 3,
        hintLevel: 2,
        firstPassedAt: '2024-11-02T09:00:00.000Z',
        lastAttemptAt: '2024-11-02T09:05:00.000Z',
      });
      assert.equal(store.get('basics/variables/old-pass').firstPassedAt, '2024-10-01T08:00:00.000Z', 'a pass without a time takes the last attempt’s');
      assert.equal(store.get('basics/variables/swap').status, 'in-progress');
      assert.equal(store.get('basics/variables/opened').status, 'not-started');
      assert.deepEqual(store.get('basics/variables/quiz').answer, { kind: 'quiz', selected: [0, 2] });
      assert.equal(store.get('basics/variables/quiz').status, 'in-progress');
      assert.deepEqual(store.get('basics/variables/predict').answer, { kind: 'predict', text: '42\n' });
      assert.deepEqual(store.get('basics/variables/why').answer, { kind: 'reflect', text: 'Clarity.', done: true });
    });

    it('keeps a copy of the version-1 file and writes the current version with the next save', async () => {
      const original = JSON.stringify(version1);
      await fs.writeFile(file, original);
      const store = await open();
      assert.equal(await fs.readFile(`${file}.v1.bak`, 'utf8'), original);
      assert.equal(await fs.readFile(file, 'utf8'), original, 'opening alone does not rewrite the file');

      store.recordAttempt('basics/variables/swap', 'pass');
      await store.flush();
      const saved = JSON.parse(await fs.readFile(file, 'utf8'));
      assert.equal(saved.version, 3);
      assert.equal(saved.milestones['basics/variables/swap'].status, 'passed');
      assert.equal(saved.milestones['basics/variables/greet'].hintLevel, 2);
    });

    it('upgrades a version-2 file: the days worked are seeded from each last attempt and first pass', async () => {
      const version2 = {
        version: 2,
        milestones: {
          [GREET]: { status: 'passed', attempts: 3, hintLevel: 1, firstPassedAt: '2025-02-01T12:00:00.000Z', lastAttemptAt: '2025-02-03T12:00:00.000Z' },
          'basics/variables/swap': { status: 'in-progress', attempts: 1, hintLevel: 0, lastAttemptAt: '2025-02-03T12:30:00.000Z' },
          'loops/counting/count': { status: 'in-progress', attempts: 0, hintLevel: 1 },
        },
      };
      const original = JSON.stringify(version2);
      await fs.writeFile(file, original);
      const store = await open();
      assert.deepEqual(warnings, []);
      assert.deepEqual(store.get(GREET), version2.milestones[GREET]);
      // Days are the learner's own: local days of those times.
      const first = dayOf(new Date('2025-02-01T12:00:00.000Z'));
      const last = dayOf(new Date('2025-02-03T12:00:00.000Z'));
      assert.deepEqual(store.activity(), [
        { day: first, track: 'basics', attempts: 1 },
        { day: last, track: 'basics', attempts: 2 },
      ]);
      assert.equal(await fs.readFile(`${file}.v2.bak`, 'utf8'), original, 'the version-2 file is kept for a downgrade');
      store.recordAttempt(GREET, 'fail');
      await store.flush();
      const saved = JSON.parse(await fs.readFile(file, 'utf8'));
      assert.equal(saved.version, 3);
      assert.deepEqual(saved.activity, { [first]: { basics: 1 }, [last]: { basics: 2 }, [dayOf(OPENED_AT)]: { basics: 1 } });
    });

    it('treats a version-1 file that does not fit version 1 as damaged', async () => {
      await fs.writeFile(file, JSON.stringify({ version: 1, milestones: { [GREET]: { passed: 'yes' } } }));
      const store = await open();
      assert.deepEqual(store.keys(), []);
      assert.equal(warnings.length, 1);
      assert.ok(await fs.stat(`${file}.corrupt-${BACKUP_STAMP}`));
    });
  });

  describe('a file from a newer release', () => {
    const newer = JSON.stringify({ version: 4, learner: { streak: 4 }, milestones: {} });

    it('leaves the file untouched and runs read-only, saying to update the extension', async () => {
      await fs.writeFile(file, newer);
      const store = await open();
      assert.equal(store.readOnly, true);
      assert.deepEqual(store.keys(), []);
      assert.equal(warnings.length, 1);
      assert.match(warnings[0]!, /newer version of Python Mastery \(format 4; this version reads up to format 3\)/);
      assert.match(warnings[0]!, /update the extension/);

      store.recordAttempt(GREET, 'pass');
      assert.equal(store.get(GREET).status, 'passed', 'changes still work in memory');
      await store.flush();
      await store.dispose();
      assert.equal(await fs.readFile(file, 'utf8'), newer);
      assert.deepEqual(await filesInFolder(), ['progress.json']);
    });
  });
});
