/**
 * Saving and setting aside the progress file so that a crash at any moment leaves either the old
 * file or the new one, never a truncated mix: the new content goes to a uniquely named file in
 * the same folder, is flushed to disk, and is then renamed over the old one.
 */

import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

export async function writeFileAtomically(file: string, content: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = temporaryNameFor(file);
  try {
    await writeAndSync(temporary, content);
    await renameWithRetry(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(path.dirname(file));
}

/** `progress.json.<pid>-<random>.tmp`: unique per write, so two writers never share one. */
export function temporaryNameFor(file: string): string {
  return `${file}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
}

async function writeAndSync(file: string, content: string): Promise<void> {
  const handle = await fs.open(file, 'wx');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** On Windows a virus scanner or indexer can hold the target open for a moment. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  const delaysMs = [20, 60, 180];
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const delay = delaysMs[attempt];
      if (delay === undefined || !isTransientLock(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

function isTransientLock(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return process.platform === 'win32' && (code === 'EPERM' || code === 'EACCES' || code === 'EBUSY');
}

/** Makes the rename itself durable where the platform allows it (not on Windows). */
async function syncDirectory(directory: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(directory, 'r');
    await handle.sync();
  } catch {
    // Best effort: the file content is already durable; only the rename might be replayed.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Moves `file` aside as `<file>.<label>-<timestamp>` (adding `-2`, `-3`… if taken) and returns
 * the new path. Renaming keeps the original bytes exactly.
 */
export async function moveAside(file: string, label: string, at: Date): Promise<string> {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  for (let suffix = 1; ; suffix++) {
    const candidate = suffix === 1 ? `${file}.${label}-${stamp}` : `${file}.${label}-${stamp}-${suffix}`;
    if (!(await exists(candidate))) {
      await fs.rename(file, candidate);
      return candidate;
    }
  }
}

/** Copies `file` to `<file>.<label>` unless that copy already exists; returns its path. */
export async function keepCopy(file: string, label: string): Promise<string> {
  const copy = `${file}.${label}`;
  await fs.copyFile(file, copy, fs.constants.COPYFILE_EXCL).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  return copy;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}
