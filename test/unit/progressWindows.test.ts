/**
 * Two VS Code windows on one progress file: each has its own store, and neither may lose the
 * other's attempts, answers or passes, whichever saves first and however their saves interleave.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ProgressStore, type ProgressChange, type ProgressStoreOptions } from '../../src/core/progress';
import { rebaseProgress } from '../../src/core/progress/mergeProgress';
import { lockFileFor, withFileLock } from '../../src/core/progress/fileLock';

const GREET = 'basics/variables/greet';
const SWAP = 'basics/variables/swap';
const QUIZ = 'basics/variables/types-quiz';
const WHY = 'basics/variables/why';
const LOOP = 'loops/counting/count';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually(what: string, probe: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe('ProgressStore: two windows on one file', () => {
  let folder: string;
  let file: string;
  let warnings: string[];
  const stores: ProgressStore[] = [];

  beforeEach(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'progress-windows-'));
    file = path.join(folder, 'progress.json');
    warnings = [];
  });

  afterEach(async () => {
    await Promise.allSettled(stores.splice(0).map((store) => store.dispose()));
    await fs.rm(folder, { recursive: true, force: true });
  });

  /** A window's store; the watcher is off unless asked, so each test decides when files are re-read. */
  async function window(options: ProgressStoreOptions = {}): Promise<ProgressStore> {
    const store = await ProgressStore.open(file, { onWarning: (m) => warnings.push(m), saveDelayMs: 10, watch: false, ...options });
    stores.push(store);
    return store;
  }

  async function onDisk(): Promise<any> {
    return JSON.parse(await fs.readFile(file, 'utf8'));
  }

  it('keeps both windows\' attempts when both save: the counts add up', async () => {
    const a = await window();
    const b = await window();
    a.recordAttempt(GREET, 'fail');
    a.recordAttempt(GREET, 'fail');
    b.recordAttempt(GREET, 'fail');
    b.recordAttempt(SWAP, 'fail');
    await a.flush();
    await b.flush();
    const saved = await onDisk();
    assert.equal(saved.milestones[GREET].attempts, 3);
    assert.equal(saved.milestones[SWAP].attempts, 1);
    assert.equal(b.get(GREET).attempts, 3, 'the later window now reads the sum too');
    assert.deepEqual(warnings, []);
  });

  it('a pass in one window survives a later failing run saved by the other', async () => {
    const a = await window();
    const b = await window();
    a.recordAttempt(GREET, 'fail');
    a.recordAttempt(GREET, 'pass');
    await a.flush();
    b.recordAttempt(GREET, 'fail');
    await b.flush();
    const saved = (await onDisk()).milestones[GREET];
    assert.equal(saved.status, 'passed');
    assert.equal(saved.attempts, 3);
    assert.equal(saved.firstPassedAt, a.get(GREET).firstPassedAt);
  });

  it('keeps each window\'s answers, and the newer answer to the same milestone', async () => {
    const a = await window();
    const b = await window();
    a.recordAnswer(QUIZ, { kind: 'quiz', selected: [0] }, 'fail');
    b.recordAnswer(WHY, { kind: 'reflect', text: 'Isolation.', done: true });
    await a.flush();
    await b.flush();
    let saved = (await onDisk()).milestones;
    assert.deepEqual(saved[QUIZ].answer, { kind: 'quiz', selected: [0] });
    assert.deepEqual(saved[WHY].answer, { kind: 'reflect', text: 'Isolation.', done: true });

    await b.reloadFromDisk();
    b.recordAnswer(QUIZ, { kind: 'quiz', selected: [1, 2] }, 'pass');
    await b.flush();
    await a.flush();
    saved = (await onDisk()).milestones;
    assert.deepEqual(saved[QUIZ].answer, { kind: 'quiz', selected: [1, 2] }, 'a window that did not change the answer does not put back its old one');
    assert.equal(saved[QUIZ].status, 'passed');
  });

  it('many interleaved saves from two windows lose no attempt', async () => {
    const a = await window({ saveDelayMs: 1 });
    const b = await window({ saveDelayMs: 1 });
    const rounds = 25;
    for (let i = 0; i < rounds; i++) {
      a.recordAttempt(i % 2 ? GREET : SWAP, 'fail');
      b.recordAttempt(i % 3 ? GREET : LOOP, 'fail');
      if (i % 4 === 0) await Promise.all([a.flush(), b.flush()]);
      else await sleep(Math.random() * 3);
    }
    await Promise.all([a.flush(), b.flush()]);
    await a.flush();
    const saved = (await onDisk()).milestones;
    const total = [GREET, SWAP, LOOP].reduce((sum, key) => sum + (saved[key]?.attempts ?? 0), 0);
    assert.equal(total, 2 * rounds);
    const days = Object.values((await onDisk()).activity as Record<string, Record<string, number>>)
      .flatMap((tracks) => Object.values(tracks))
      .reduce((sum, n) => sum + n, 0);
    assert.equal(days, 2 * rounds, 'the days worked add up too');
  });

  it('two processes saving at once lose no attempt', async () => {
    const store = path.resolve(__dirname, '..', '..', 'src', 'core', 'progress', 'index.ts');
    const script = `
      const { ProgressStore } = require(${JSON.stringify(store)});
      (async () => {
        const store = await ProgressStore.open(process.argv[1], { saveDelayMs: 1, watch: process.argv[2] === 'watch' });
        for (let i = 0; i < 30; i++) {
          store.recordAttempt(i % 2 ? ${JSON.stringify(GREET)} : ${JSON.stringify(SWAP)}, i === 29 ? 'pass' : 'fail');
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 4));
        }
        await store.dispose();
      })().catch((error) => { console.error(error); process.exit(1); });`;
    const run = (mode: string) => new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['-r', 'tsx/cjs', '-e', script, file, mode], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(stderr))));
    });
    await Promise.all([run('watch'), run('no-watch')]);
    const saved = (await onDisk()).milestones;
    assert.equal(saved[GREET].attempts + saved[SWAP].attempts, 60);
    assert.equal(saved[GREET].status, 'passed');
  });

  it('takes in what the other window saved as the file changes, with a change event', async () => {
    const a = await window();
    const b = await window({ watch: true });
    const changes: ProgressChange[] = [];
    b.onDidChange((change) => changes.push(change));
    a.recordAttempt(GREET, 'pass');
    await a.flush();
    await eventually('the other window to see the pass', () => b.get(GREET).status === 'passed');
    assert.ok(changes.some((c) => c.external && c.keys.includes(GREET)));
  });

  it('a reset in one window is not undone by the other', async () => {
    const a = await window();
    a.recordAttempt(GREET, 'pass');
    a.recordAttempt(SWAP, 'fail');
    await a.flush();
    const b = await window();
    assert.equal(b.get(GREET).status, 'passed');
    b.reset(GREET);
    await b.flush();
    a.recordAttempt(SWAP, 'fail');
    await a.flush();
    const saved = (await onDisk()).milestones;
    assert.equal(saved[GREET], undefined, 'the reset stands');
    assert.equal(saved[SWAP].attempts, 2);
    assert.equal(a.get(GREET).status, 'not-started', 'and the first window sees it');
  });

  it('after the other window reset a milestone, only this window\'s newer attempts remain', () => {
    const base = { status: 'passed' as const, attempts: 2, hintLevel: 1, firstPassedAt: '2025-03-01T09:00:00.000Z', lastAttemptAt: '2025-03-01T09:00:00.000Z' };
    const local = { ...base, attempts: 3, lastAttemptAt: '2025-03-01T10:00:00.000Z' };
    assert.deepEqual(rebaseProgress(base, local, undefined), { status: 'in-progress', attempts: 1, hintLevel: 0, lastAttemptAt: '2025-03-01T10:00:00.000Z' });
    assert.equal(rebaseProgress(base, base, undefined), undefined, 'nothing new here: the reset stands');
    assert.equal(rebaseProgress(base, undefined, { ...base, attempts: 5 }), undefined, 'a reset here wins');
  });

  it('an import that replaces everything is written as it is', async () => {
    const a = await window();
    a.recordAttempt(GREET, 'pass');
    a.recordAttempt(SWAP, 'pass');
    await a.flush();
    const b = await window();
    const result = b.import(JSON.stringify({ version: 3, milestones: { [LOOP]: { status: 'in-progress', attempts: 1, hintLevel: 0 } } }), 'replace');
    assert.equal(result.ok, true);
    await b.flush();
    assert.deepEqual(Object.keys((await onDisk()).milestones), [LOOP]);
  });

  it('waits for the other window\'s lock, and takes over a lock left by a crash', async () => {
    const order: string[] = [];
    const held = withFileLock(file, async () => {
      order.push('first in');
      await sleep(80);
      order.push('first out');
    });
    await sleep(10);
    await withFileLock(file, async () => {
      order.push('second in');
    });
    await held;
    assert.deepEqual(order, ['first in', 'first out', 'second in']);

    await fs.writeFile(lockFileFor(file), '99999 left-behind');
    const old = new Date(Date.now() - 60_000);
    await fs.utimes(lockFileFor(file), old, old);
    const a = await window();
    a.recordAttempt(GREET, 'fail');
    await a.flush();
    assert.equal((await onDisk()).milestones[GREET].attempts, 1);
    await assert.rejects(fs.stat(lockFileFor(file)), { code: 'ENOENT' }, 'the lock is released after the save');
  });

  it('a file from a newer release saved by the other window stops this one from saving, with the clear message', async () => {
    const a = await window();
    a.recordAttempt(GREET, 'fail');
    await a.flush();
    const newer = JSON.stringify({ version: 99, milestones: {} });
    await fs.writeFile(file, newer);
    a.recordAttempt(GREET, 'fail');
    await a.flush();
    assert.equal(await fs.readFile(file, 'utf8'), newer, 'the newer file is left untouched');
    assert.equal(a.readOnly, true);
    assert.match(warnings.join('\n'), /newer version of Python Mastery \(format 99; this version reads up to format 3\)/);
    assert.equal(a.get(GREET).attempts, 2, 'progress stays in memory');
  });

  it('a damaged file written from outside is set aside, and this window\'s progress saved in its place', async () => {
    const a = await window();
    a.recordAttempt(GREET, 'pass');
    await a.flush();
    await fs.writeFile(file, '{ not json');
    a.recordAttempt(SWAP, 'fail');
    await a.flush();
    const saved = (await onDisk()).milestones;
    assert.equal(saved[GREET].status, 'passed');
    assert.equal(saved[SWAP].attempts, 1);
    assert.match(warnings.join('\n'), /was damaged by something outside this window \(it is not valid JSON\)/);
    assert.ok((await fs.readdir(folder)).some((name) => name.startsWith('progress.json.corrupt-')));
  });

  it('a folder it cannot write to: a clear message, nothing lost, and saved once it can', async () => {
    // Permissions do not stop root, so the folder is made unwritable by putting a file in its place.
    const sub = path.join(folder, 'storage');
    const store = await ProgressStore.open(path.join(sub, 'progress.json'), { onWarning: (m) => warnings.push(m), saveDelayMs: 10, watch: false });
    stores.push(store);
    await fs.rm(sub, { recursive: true, force: true });
    await fs.writeFile(sub, '');
    store.recordAttempt(GREET, 'pass');
    await assert.rejects(store.flush());
    store.recordAttempt(SWAP, 'fail');
    await sleep(60);
    assert.equal(warnings.length, 1, 'said once, not at every change');
    assert.match(warnings[0]!, /could not save your progress to .*storage.progress\.json \(/);
    assert.match(warnings[0]!, /export your progress to keep a copy elsewhere/);
    assert.equal(store.get(GREET).status, 'passed', 'kept in memory');
    assert.equal(JSON.parse(store.export()).milestones[GREET].status, 'passed', 'and can be exported');

    await fs.rm(sub);
    store.recordAttempt(SWAP, 'fail');
    await store.flush();
    const saved = JSON.parse(await fs.readFile(path.join(sub, 'progress.json'), 'utf8')).milestones;
    assert.equal(saved[GREET].status, 'passed');
    assert.equal(saved[SWAP].attempts, 2, 'every change made while it could not save is there');
  });

  it('says at once when the progress folder is read-only', async function () {
    if (process.getuid?.() === 0 || process.platform === 'win32') this.skip(); // root writes anywhere
    const readOnly = path.join(folder, 'read-only');
    await fs.mkdir(readOnly, { mode: 0o555 });
    const store = await ProgressStore.open(path.join(readOnly, 'progress.json'), { onWarning: (m) => warnings.push(m), watch: false });
    stores.push(store);
    assert.match(warnings.join('\n'), /cannot be written to \(permission denied\)/);
    await fs.chmod(readOnly, 0o755);
  });
});
