// The learner workspace `npm start` opens: sample-workspace/ in the project folder (git ignores
// it). It is made from the fixture test/vscode/fixtures/learner-workspace the first time and kept
// from then on, since it holds the code written in it. Resetting it moves it, whole, to
// sample-workspace.backups/<date and time>/ first. Node's own modules only.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sampleWorkspaceDir = path.join(projectRoot, 'sample-workspace');
export const sampleWorkspaceBackups = path.join(projectRoot, 'sample-workspace.backups');
export const sampleWorkspaceFixture = path.join(projectRoot, 'test', 'vscode', 'fixtures', 'learner-workspace');

/** `2026-11-23T13-45-02`, a name that sorts by time and is valid on every file system. */
function timestamp(date = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}-${pad(date.getMinutes())}-${pad(date.getSeconds())}`;
}

/**
 * Makes sure the sample workspace exists and returns `{ workspace, created, backup }`: `created`
 * when it was made from the fixture now, `backup` the folder the old one was moved to when `reset`.
 */
export function prepareSampleWorkspace({ reset = false } = {}) {
  let backup;
  if (reset && fs.existsSync(sampleWorkspaceDir)) {
    fs.mkdirSync(sampleWorkspaceBackups, { recursive: true });
    backup = path.join(sampleWorkspaceBackups, timestamp());
    for (let n = 2; fs.existsSync(backup); n++) backup = path.join(sampleWorkspaceBackups, `${timestamp()}-${n}`);
    fs.renameSync(sampleWorkspaceDir, backup);
  }
  const created = !fs.existsSync(sampleWorkspaceDir);
  if (created) {
    // Copied beside the target and renamed into place, so an interrupted copy is never taken for a workspace.
    const partial = `${sampleWorkspaceDir}.partial`;
    fs.rmSync(partial, { recursive: true, force: true });
    fs.cpSync(sampleWorkspaceFixture, partial, { recursive: true });
    fs.renameSync(partial, sampleWorkspaceDir);
  }
  return { workspace: sampleWorkspaceDir, created, backup };
}

/** One or two lines saying where the workspace is and what happened to it. */
export function describeSampleWorkspace({ workspace, created, backup }, resetHint = 'npm start -- --reset-workspace') {
  const lines = [];
  if (backup) lines.push(`The previous sample workspace was moved to ${backup}`);
  if (created) lines.push(`Sample workspace (new, from ${path.relative(projectRoot, sampleWorkspaceFixture)}): ${workspace}`);
  else lines.push(`Sample workspace (kept from earlier runs; ${resetHint} starts it afresh): ${workspace}`);
  return lines.join('\n');
}
