import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ProgressStore, type MilestoneProgress, type ProgressChange } from '../../src/core/progress';

const GREET = 'basics/variables/greet';
const SWAP = 'basics/variables/swap';
const QUIZ = 'basics/variables/types-quiz';
const LOOP = 'basics/loops/count';

function exportOf(milestones: Record<string, MilestoneProgress>, version = 2): string {
  return JSON.stringify({ version, milestones });
}

describe('ProgressStore: export and import', () => {
  let folder: string;
  let warnings: string[];
  const stores: ProgressStore[] = [];

  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'progress-import-'));
    warnings = [];
  });

  afterEach(async () => {
    await Promise.allSettled(stores.splice(0).map((store) => store.dispose()));
    await fs.rm(folder, { recursive: true, force: true });
  });

  async function open(name = 'progress.json'): Promise<ProgressStore> {
    let minute = 0;
    const store = await ProgressStore.open(path.join(folder, name), {
      onWarning: (message) => warnings.push(message),
      now: () => new Date(Date.UTC(2025, 2, 1, 9, minute++)),
      saveDelayMs: 60_000,
    });
    stores.push(store);
    return store;
  }

  /** A learner with a pass, a failure and a quiz answer. */
  async function storeWithProgress(name?: string): Promise<ProgressStore> {
    const store = await open(name);
    store.recordAttempt(GREET, 'fail');
    store.recordAttempt(GREET, 'pass');
    store.revealHint(SWAP, 2);
    store.recordAttempt(SWAP, 'fail');
    store.recordAnswer(QUIZ, { kind: 'quiz', selected: [1] }, 'pass');
    return store;
  }

  it('exports the versioned file format, which another store imports exactly with replace', async () => {
    const source = await storeWithProgress('a.json');
    const exported = source.export();
    assert.equal(JSON.parse(exported).version, 3);

    const target = await open('b.json');
    const result = target.import(exported, 'replace');
    assert.deepEqual(result, { ok: true, added: 3, updated: 0, unchanged: 0, removed: 0 });
    assert.equal(target.export(), exported);
  });

  it('replace makes the import the whole of the progress and counts what it added, changed and removed', async () => {
    const store = await storeWithProgress();
    const keptAsIs = store.get(GREET);
    const result = store.import(
      exportOf({
        [GREET]: keptAsIs,
        [SWAP]: { status: 'in-progress', attempts: 7, hintLevel: 0 },
        [LOOP]: { status: 'in-progress', attempts: 1, hintLevel: 0 },
      }),
      'replace',
    );
    assert.deepEqual(result, { ok: true, added: 1, updated: 1, unchanged: 1, removed: 1 });
    assert.deepEqual(store.keys(), [LOOP, GREET, SWAP]);
    assert.equal(store.get(SWAP).hintLevel, 0, 'replace does not keep the better value');
  });

  describe('merge keeps the better of two records', () => {
    it('a pass beats no pass, and the earliest pass time stands', async () => {
      const store = await open();
      store.recordAttempt(SWAP, 'fail'); // in progress here
      const localPass = store.recordAttempt(GREET, 'pass');
      const result = store.import(
        exportOf({
          [SWAP]: { status: 'passed', attempts: 1, hintLevel: 0, firstPassedAt: '2025-02-01T08:00:00.000Z', lastAttemptAt: '2025-02-01T08:00:00.000Z' },
          [GREET]: { status: 'passed', attempts: 1, hintLevel: 0, firstPassedAt: '2025-01-15T08:00:00.000Z', lastAttemptAt: '2025-01-15T08:00:00.000Z' },
        }),
        'merge',
      );
      assert.deepEqual(result, { ok: true, added: 0, updated: 2, unchanged: 0, removed: 0 });
      assert.equal(store.get(SWAP).status, 'passed');
      assert.equal(store.get(SWAP).firstPassedAt, '2025-02-01T08:00:00.000Z');
      assert.equal(store.get(GREET).firstPassedAt, '2025-01-15T08:00:00.000Z');
      assert.equal(store.get(GREET).lastAttemptAt, localPass.lastAttemptAt, 'the latest attempt time stands');
    });

    it('a local pass is not lost to an imported failure, and counts take the larger value', async () => {
      const store = await open();
      store.recordAttempt(GREET, 'pass');
      const before = store.get(GREET);
      store.import(
        exportOf({ [GREET]: { status: 'in-progress', attempts: 9, hintLevel: 3, lastAttemptAt: '2025-01-01T00:00:00.000Z' } }),
        'merge',
      );
      assert.deepEqual(store.get(GREET), { ...before, attempts: 9, hintLevel: 3 });
    });

    it('takes the answer from the record that is further along, or the only one there is', async () => {
      const store = await open();
      store.recordAnswer(QUIZ, { kind: 'quiz', selected: [0] }, 'fail');
      store.recordAttempt(GREET, 'fail');
      store.import(
        exportOf({
          [QUIZ]: {
            status: 'passed',
            attempts: 2,
            hintLevel: 0,
            firstPassedAt: '2025-01-01T00:00:00.000Z',
            lastAttemptAt: '2025-01-01T00:00:00.000Z',
            answer: { kind: 'quiz', selected: [2] },
          },
          [GREET]: { status: 'in-progress', attempts: 0, hintLevel: 0, answer: { kind: 'predict', text: 'hi' } },
        }),
        'merge',
      );
      assert.deepEqual(store.get(QUIZ).answer, { kind: 'quiz', selected: [2] });
      assert.deepEqual(store.get(GREET).answer, { kind: 'predict', text: 'hi' });
    });

    it('leaves milestones the import does not mention alone and reports identical records as unchanged', async () => {
      const store = await storeWithProgress();
      const exported = store.export();
      store.recordAttempt(LOOP, 'fail');
      assert.deepEqual(store.import(exported, 'merge'), { ok: true, added: 0, updated: 0, unchanged: 3, removed: 0 });
      assert.equal(store.get(LOOP).attempts, 1);
    });
  });

  it('announces one change with every changed milestone, and saves it', async () => {
    const store = await storeWithProgress();
    await store.flush();
    const changes: ProgressChange[] = [];
    store.onDidChange((change) => changes.push(change));
    store.import(exportOf({ [LOOP]: { status: 'in-progress', attempts: 1, hintLevel: 0 } }), 'replace');
    assert.deepEqual(changes, [{ keys: [LOOP, GREET, SWAP, QUIZ].sort() }]);
    await store.flush();
    const saved = JSON.parse(await fs.readFile(store.file, 'utf8'));
    assert.deepEqual(Object.keys(saved.milestones), [LOOP]);
  });

  it('says beforehand what an import would add, change and forget, without changing anything', async () => {
    const store = await storeWithProgress();
    const before = store.export();
    const comparison = store.compareImport(
      exportOf({
        [GREET]: store.get(GREET),
        [SWAP]: { status: 'in-progress', attempts: 7, hintLevel: 0 },
        [LOOP]: { status: 'in-progress', attempts: 1, hintLevel: 0 },
      }),
    );
    assert.deepEqual(comparison, { ok: true, incoming: 3, onlyThere: 1, onlyHere: 1, differing: 1, same: 1 });
    assert.equal(store.export(), before);
    const bad = store.compareImport('{ nope');
    assert.equal(bad.ok, false);
    if (!bad.ok) assert.match(bad.error, /not valid JSON/);
  });

  it('carries the days worked: merge keeps the larger count of each day, replace takes the import\'s', async () => {
    const source = await storeWithProgress('a.json');
    const exported = JSON.parse(source.export());
    assert.deepEqual(exported.activity, { '2025-03-01': { basics: 4 } });
    const target = await open('b.json');
    target.recordAttempt(LOOP, 'fail');
    target.import(JSON.stringify(exported), 'merge');
    assert.deepEqual(target.activity(), [{ day: '2025-03-01', track: 'basics', attempts: 4 }]);
    target.import(JSON.stringify(exported), 'merge');
    assert.deepEqual(target.activity(), [{ day: '2025-03-01', track: 'basics', attempts: 4 }], 'the same export twice counts once');
    target.import(JSON.stringify({ ...exported, activity: { '2025-01-01': { basics: 1 } } }), 'replace');
    assert.deepEqual(target.activity(), [{ day: '2025-01-01', track: 'basics', attempts: 1 }]);
  });

  it('imports an export made by an older release, upgrading it', async () => {
    const store = await open();
    const result = store.import(
      JSON.stringify({
        version: 1,
        milestones: { [GREET]: { passed: true, attempts: 2, hintsShown: 1, passedAt: '2024-12-01T10:00:00.000Z' } },
      }),
      'merge',
    );
    assert.deepEqual(result, { ok: true, added: 1, updated: 0, unchanged: 0, removed: 0 });
    assert.equal(store.get(GREET).firstPassedAt, '2024-12-01T10:00:00.000Z');
  });

  describe('bad input changes nothing', () => {
    const badInputs: Array<[string, string, RegExp]> = [
      ['text that is not JSON', 'my progress', /not a Python Mastery progress export: it is not valid JSON/],
      ['an empty string', '', /it is empty/],
      ['JSON without a version', '{"milestones": {}}', /no format version/],
      [
        'a record of the wrong shape',
        exportOf({ [GREET]: { status: 'done', attempts: 1, hintLevel: 0 } as unknown as MilestoneProgress }),
        /milestones › basics\/variables\/greet › status/,
      ],
      [
        'a quiz answer with a negative choice',
        exportOf({ [QUIZ]: { status: 'in-progress', attempts: 1, hintLevel: 0, answer: { kind: 'quiz', selected: [-1] } } }),
        /answer › selected/,
      ],
      ['an export from a newer release', '{"version": 9, "milestones": {}}', /newer version of Python Mastery \(format 9\); update the extension/],
    ];

    for (const mode of ['merge', 'replace'] as const) {
      for (const [description, input, error] of badInputs) {
        it(`${mode}: rejects ${description} with a clear error, leaving progress, events and file untouched`, async () => {
          const store = await storeWithProgress();
          await store.flush();
          const fileBefore = await fs.readFile(store.file, 'utf8');
          const exportBefore = store.export();
          let changes = 0;
          store.onDidChange(() => changes++);

          const result = store.import(input, mode);

          assert.equal(result.ok, false);
          if (!result.ok) assert.match(result.error, error);
          assert.equal(store.export(), exportBefore);
          assert.equal(changes, 0);
          await store.flush();
          assert.equal(await fs.readFile(store.file, 'utf8'), fileBefore);
          assert.deepEqual(warnings, []);
        });
      }
    }
  });
});
