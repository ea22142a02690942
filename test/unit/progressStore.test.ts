import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ProgressStore, type ProgressChange, type ProgressStoreOptions } from '../../src/core/progress';

const GREET = 'basics/variables/greet';
const QUIZ = 'basics/variables/types-quiz';
const PREDICT = 'basics/variables/predict-print';
const REFLECT = 'basics/variables/why-names';

/** A clock the test moves by hand: each call to `tick` advances it one minute. */
function manualClock(start = '2025-03-01T09:00:00.000Z') {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    tick: () => {
      current = new Date(current.getTime() + 60_000);
    },
  };
}

async function readJson(file: string): Promise<any> {
  return JSON.parse(await fs.readFile(file, 'utf8'));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ProgressStore: recording progress', () => {
  let folder: string;
  let file: string;
  let warnings: string[];
  const stores: ProgressStore[] = [];

  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'progress-store-'));
    file = path.join(folder, 'progress.json');
    warnings = [];
  });

  afterEach(async () => {
    await Promise.allSettled(stores.splice(0).map((store) => store.dispose()));
    await fs.rm(folder, { recursive: true, force: true });
  });

  async function open(options: ProgressStoreOptions = {}, at = file): Promise<ProgressStore> {
    const store = await ProgressStore.open(at, { onWarning: (m) => warnings.push(m), saveDelayMs: 30, ...options });
    stores.push(store);
    return store;
  }

  describe('opening', () => {
    it('starts fresh without a warning, and without writing, when the file does not exist', async () => {
      const store = await open();
      assert.deepEqual(store.keys(), []);
      assert.equal(store.readOnly, false);
      assert.deepEqual(warnings, []);
      await assert.rejects(fs.stat(file), { code: 'ENOENT' });
    });

    it('creates the folder of the progress file when it is missing', async () => {
      const nested = path.join(folder, 'globalStorage', 'python-mastery', 'progress.json');
      await open({}, nested);
      assert.ok((await fs.stat(path.dirname(nested))).isDirectory());
      assert.deepEqual(warnings, []);
    });

    it('reports an untouched milestone as not started with no attempts and no hints', async () => {
      const store = await open();
      assert.deepEqual(store.get(GREET), { status: 'not-started', attempts: 0, hintLevel: 0 });
    });
  });

  describe('attempts and passing', () => {
    it('counts a failing attempt and marks the milestone in progress', async () => {
      const clock = manualClock();
      const store = await open({ now: clock.now });
      const progress = store.recordAttempt(GREET, 'fail');
      assert.equal(progress.status, 'in-progress');
      assert.equal(progress.attempts, 1);
      assert.equal(progress.firstPassedAt, undefined);
      assert.equal(progress.lastAttemptAt, '2025-03-01T09:00:00.000Z');
    });

    it('sets firstPassedAt on the first pass and never moves it on later passes or failures', async () => {
      const clock = manualClock();
      const store = await open({ now: clock.now });
      store.recordAttempt(GREET, 'fail');
      clock.tick();
      store.recordAttempt(GREET, 'pass');
      clock.tick();
      store.recordAttempt(GREET, 'pass');
      clock.tick();
      const progress = store.recordAttempt(GREET, 'fail');
      assert.equal(progress.firstPassedAt, '2025-03-01T09:01:00.000Z');
      assert.equal(progress.status, 'passed', 'a later failure does not take a pass away');
      assert.equal(progress.attempts, 4);
      assert.equal(progress.lastAttemptAt, '2025-03-01T09:03:00.000Z');
    });

    it('rejects keys that are not track/lesson/milestone', async () => {
      const store = await open();
      for (const bad of ['', 'basics', 'basics/variables', 'a/b/c/d', 'a//c', 'a/b c/d']) {
        assert.throws(() => store.recordAttempt(bad, 'pass'), /not a milestone key/, bad);
      }
      assert.deepEqual(store.keys(), []);
    });

    it('hands out copies, so changing a returned record does not change the store', async () => {
      const store = await open();
      const progress = store.recordAnswer(QUIZ, { kind: 'quiz', selected: [1] });
      progress.attempts = 99;
      if (progress.answer?.kind === 'quiz') progress.answer.selected.push(3);
      assert.deepEqual(store.get(QUIZ), {
        status: 'in-progress',
        attempts: 0,
        hintLevel: 0,
        answer: { kind: 'quiz', selected: [1] },
      });
    });
  });

  describe('hints', () => {
    it('raises the hint level one at a time and stops at the number of hints', async () => {
      const store = await open();
      assert.deepEqual([1, 2, 3, 3].map(() => store.revealHint(GREET, 3)), [1, 2, 3, 3]);
      assert.equal(store.get(GREET).hintLevel, 3);
      assert.equal(store.get(GREET).status, 'in-progress', 'asking for a hint starts the milestone');
    });

    it('changes nothing and announces nothing when the milestone has no hints', async () => {
      const store = await open();
      const changes: ProgressChange[] = [];
      store.onDidChange((change) => changes.push(change));
      assert.equal(store.revealHint(GREET, 0), 0);
      assert.deepEqual(store.get(GREET), { status: 'not-started', attempts: 0, hintLevel: 0 });
      assert.deepEqual(changes, []);
    });

    it('shows no more hints than the milestone has now, even if more were seen before', async () => {
      const store = await open();
      store.revealHint(GREET, 3);
      store.revealHint(GREET, 3);
      assert.equal(store.revealHint(GREET, 1), 1);
      assert.equal(store.get(GREET).hintLevel, 2, 'the level reached is kept');
    });
  });

  describe('answers', () => {
    it('keeps quiz selections sorted and without duplicates', async () => {
      const store = await open();
      const progress = store.recordAnswer(QUIZ, { kind: 'quiz', selected: [2, 0, 2] });
      assert.deepEqual(progress.answer, { kind: 'quiz', selected: [0, 2] });
    });

    it('keeps the predicted text exactly, whitespace included', async () => {
      const store = await open();
      const text = '3\n  [1, 2]\n';
      assert.deepEqual(store.recordAnswer(PREDICT, { kind: 'predict', text }).answer, { kind: 'predict', text });
    });

    it('keeps a reflection and whether it was ticked off', async () => {
      const store = await open();
      store.recordAnswer(REFLECT, { kind: 'reflect', text: 'Names document intent.', done: false });
      const progress = store.recordAnswer(REFLECT, { kind: 'reflect', text: 'Names document intent.', done: true }, 'pass');
      assert.deepEqual(progress.answer, { kind: 'reflect', text: 'Names document intent.', done: true });
      assert.equal(progress.status, 'passed');
    });

    it('refuses an answer the file could not hold, such as a negative quiz choice', async () => {
      const store = await open();
      assert.throws(() => store.recordAnswer(QUIZ, { kind: 'quiz', selected: [-1] }), /Not a valid quiz answer/);
      assert.throws(() => store.recordAnswer(QUIZ, { kind: 'quiz', selected: [0.5] }), /Not a valid quiz answer/);
      assert.deepEqual(store.keys(), []);
    });

    it('counts a graded answer as an attempt, and a saved draft as none', async () => {
      const store = await open();
      const draft = store.recordAnswer(PREDICT, { kind: 'predict', text: '4' });
      assert.equal(draft.attempts, 0);
      assert.equal(draft.status, 'in-progress');
      const graded = store.recordAnswer(PREDICT, { kind: 'predict', text: '5' }, 'fail');
      assert.equal(graded.attempts, 1);
      assert.equal(graded.status, 'in-progress');
      assert.deepEqual(graded.answer, { kind: 'predict', text: '5' });
    });
  });

  describe('reset and summary', () => {
    async function storeWithProgress(): Promise<ProgressStore> {
      const store = await open();
      store.recordAttempt('basics/variables/greet', 'pass');
      store.recordAttempt('basics/variables/swap', 'fail');
      store.recordAttempt('basics/variables-extra/greet', 'pass');
      store.recordAttempt('basics/loops/count', 'pass');
      store.recordAttempt('web/http/get', 'fail');
      return store;
    }

    it('resets one milestone by its key', async () => {
      const store = await storeWithProgress();
      assert.equal(store.reset('basics/variables/greet'), 1);
      assert.equal(store.get('basics/variables/greet').status, 'not-started');
      assert.equal(store.get('basics/variables/swap').status, 'in-progress');
    });

    it('resets a lesson by whole path segments, not by text prefix', async () => {
      const store = await storeWithProgress();
      assert.equal(store.reset('basics/variables'), 2);
      assert.equal(store.get('basics/variables-extra/greet').status, 'passed');
      assert.equal(store.get('basics/loops/count').status, 'passed');
    });

    it('resets a whole track and leaves other tracks alone', async () => {
      const store = await storeWithProgress();
      assert.equal(store.reset('basics'), 4);
      assert.deepEqual(store.keys(), ['web/http/get']);
    });

    it('refuses an empty or malformed reset scope instead of forgetting everything', async () => {
      const store = await storeWithProgress();
      for (const bad of ['', '/', 'a/b/c/d']) assert.throws(() => store.reset(bad), /not a milestone key/);
      assert.equal(store.keys().length, 5);
    });

    it('summarises the given milestones, counting untouched ones as not started', async () => {
      const store = await storeWithProgress();
      const summary = store.summary([
        'basics/variables/greet',
        'basics/variables/swap',
        'basics/variables/never-opened',
        'basics/variables/greet',
      ]);
      assert.deepEqual(summary, { passed: 1, inProgress: 1, notStarted: 1, total: 3 });
    });
  });

  describe('change events', () => {
    it('tells listeners which milestones changed, until they dispose', async () => {
      const store = await open();
      const changes: ProgressChange[] = [];
      const subscription = store.onDidChange((change) => changes.push(change));
      store.recordAttempt(GREET, 'fail');
      store.revealHint(GREET, 2);
      subscription.dispose();
      store.recordAttempt(GREET, 'pass');
      assert.deepEqual(changes, [{ keys: [GREET] }, { keys: [GREET] }]);
    });

    it('still calls every listener and keeps the change when one listener throws', async () => {
      const errors: unknown[] = [];
      const store = await open({ onListenerError: (error) => errors.push(error) });
      let called = 0;
      store.onDidChange(() => {
        throw new Error('listener broke');
      });
      store.onDidChange(() => called++);
      store.recordAttempt(GREET, 'pass');
      assert.equal(called, 1);
      assert.equal(errors.length, 1);
      assert.equal(store.get(GREET).status, 'passed');
    });
  });

  describe('saving', () => {
    it('round-trips every field through the file', async () => {
      const clock = manualClock();
      const first = await open({ now: clock.now });
      first.recordAttempt(GREET, 'fail');
      first.revealHint(GREET, 2);
      clock.tick();
      first.recordAttempt(GREET, 'pass');
      first.recordAnswer(QUIZ, { kind: 'quiz', selected: [0, 3] }, 'pass');
      first.recordAnswer(PREDICT, { kind: 'predict', text: 'None\n' });
      first.recordAnswer(REFLECT, { kind: 'reflect', text: 'Because…', done: true });
      await first.dispose();

      const second = await open();
      for (const key of [GREET, QUIZ, PREDICT, REFLECT]) assert.deepEqual(second.get(key), first.get(key), key);
      assert.deepEqual(second.keys(), first.keys());
      assert.deepEqual(warnings, []);
    });

    it('writes the versioned format with untouched milestones left out', async () => {
      const store = await open({ now: manualClock().now });
      store.recordAttempt(GREET, 'pass');
      store.revealHint(QUIZ, 0);
      await store.flush();
      assert.deepEqual(await readJson(file), {
        version: 3,
        milestones: {
          [GREET]: {
            status: 'passed',
            attempts: 1,
            hintLevel: 0,
            firstPassedAt: '2025-03-01T09:00:00.000Z',
            lastAttemptAt: '2025-03-01T09:00:00.000Z',
          },
        },
        activity: { '2025-03-01': { basics: 1 } },
      });
    });

    it('coalesces rapid changes into one write after the save delay', async () => {
      const store = await open({ saveDelayMs: 40 });
      let writes = 0;
      store.onDidSave(() => writes++);
      for (let attempt = 0; attempt < 10; attempt++) store.recordAttempt(GREET, 'fail');
      await assert.rejects(fs.stat(file), { code: 'ENOENT' }, 'nothing is written straight away');
      await sleep(150);
      assert.equal(writes, 1);
      assert.equal((await readJson(file)).milestones[GREET].attempts, 10);
    });

    it('flush writes pending changes at once and resolves only when they are on disk', async () => {
      const store = await open({ saveDelayMs: 60_000 });
      let writes = 0;
      store.onDidSave(() => writes++);
      store.recordAttempt(GREET, 'pass');
      await store.flush();
      assert.equal(writes, 1);
      assert.equal((await readJson(file)).milestones[GREET].status, 'passed');
      await store.flush();
      assert.equal(writes, 1, 'a flush with nothing pending does not write');
    });

    it('serialises concurrent flushes: each resolves with its changes on disk and the last state wins', async () => {
      const store = await open({ saveDelayMs: 60_000 });
      let writes = 0;
      store.onDidSave(() => writes++);
      const flushes: Promise<void>[] = [];
      for (let attempt = 1; attempt <= 5; attempt++) {
        store.recordAttempt(GREET, 'fail');
        const attemptsAtFlush = attempt;
        flushes.push(
          store.flush().then(async () => {
            const saved = (await readJson(file)).milestones[GREET].attempts;
            assert.ok(saved >= attemptsAtFlush, `flush ${attemptsAtFlush} resolved before its change was saved`);
          }),
        );
      }
      await Promise.all(flushes);
      assert.equal((await readJson(file)).milestones[GREET].attempts, 5);
      assert.ok(writes >= 1 && writes <= 5, `expected 1–5 writes, got ${writes}`);
      assert.deepEqual(await fs.readdir(folder), ['progress.json'], 'no temporary files are left behind');
    });

    it('saves a change made while a write is running with the next save', async () => {
      const store = await open({ saveDelayMs: 60_000 });
      store.recordAttempt(GREET, 'fail');
      const firstFlush = store.flush();
      store.recordAttempt(GREET, 'pass');
      await firstFlush;
      await store.flush();
      assert.equal((await readJson(file)).milestones[GREET].status, 'passed');
    });

    it('warns once, in words the learner can act on, when saving fails, and saves again after a later change', async () => {
      const store = await open({ saveDelayMs: 20 });
      await fs.mkdir(file); // a folder where the file should go makes every write fail
      store.recordAttempt(GREET, 'fail');
      await sleep(100);
      store.recordAttempt(GREET, 'fail');
      await sleep(100);
      assert.equal(warnings.length, 1);
      assert.match(warnings[0]!, /could not save your progress to .*progress\.json/);
      assert.match(warnings[0]!, /check that the folder exists/);
      await assert.rejects(store.flush(), 'flush reports the failure to its caller');

      await fs.rm(file, { recursive: true });
      store.recordAttempt(GREET, 'pass');
      await store.flush();
      assert.equal((await readJson(file)).milestones[GREET].attempts, 3);
    });

    it('saves pending changes on dispose and refuses changes afterwards', async () => {
      const store = await open({ saveDelayMs: 60_000 });
      store.recordAttempt(GREET, 'pass');
      await store.dispose();
      assert.equal((await readJson(file)).milestones[GREET].status, 'passed');
      assert.throws(() => store.recordAttempt(GREET, 'fail'), /disposed/);
    });
  });
});
