/**
 * An exclusive lock beside a file (`<file>.lock`), so that two VS Code windows saving progress
 * take turns: each reads what the other saved, merges, and writes while it holds the lock.
 *
 * The lock is a file created with `wx` (it fails if the file exists, atomically, on every platform
 * and on network drives that honour O_EXCL). A window that crashes while holding it leaves it
 * behind, so a lock older than `staleMs` is taken over. A save holds it for milliseconds.
 */

import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';

export interface FileLockOptions {
  /** A lock file older than this is left over from a crash and is taken over; 10 s by default. */
  staleMs?: number;
  /** How long to wait for another window's lock before taking it over anyway; 5 s by default. */
  timeoutMs?: number;
}

const DEFAULT_STALE_MS = 10_000;
const DEFAULT_TIMEOUT_MS = 5_000;

export function lockFileFor(file: string): string {
  return `${file}.lock`;
}

/** Runs `task` while holding the lock of `file`; releases it however `task` ends. */
export async function withFileLock<T>(file: string, task: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const lock = lockFileFor(file);
  const token = `${process.pid} ${randomBytes(6).toString('hex')}`;
  await acquire(lock, token, options);
  try {
    return await task();
  } finally {
    await release(lock, token);
  }
}

async function acquire(lock: string, token: string, options: FileLockOptions): Promise<void> {
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.writeFile(lock, token, { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (await isStale(lock, staleMs) || Date.now() > deadline) {
      // Another process may take it over at the same moment: only one `wx` create wins after the rm.
      await fs.rm(lock, { force: true });
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(100, 10 * 2 ** Math.min(attempt, 4)) + Math.random() * 10));
  }
}

async function isStale(lock: string, staleMs: number): Promise<boolean> {
  try {
    const stat = await fs.stat(lock);
    return Date.now() - stat.mtimeMs > staleMs;
  } catch {
    return false;
  }
}

/** Removes the lock only if it is still ours: after a takeover it belongs to someone else. */
async function release(lock: string, token: string): Promise<void> {
  try {
    if ((await fs.readFile(lock, 'utf8')) === token) await fs.rm(lock, { force: true });
  } catch {
    // Gone already.
  }
}
