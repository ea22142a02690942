/**
 * Stops a process and everything it started. On POSIX the harness runs as the leader of its own
 * process group (spawned `detached`), so one signal to the group reaches the learner's children
 * too; on Windows `taskkill /T` walks the tree.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export function killProcessTree(child: ChildProcess): void {
  const pid = child.pid;
  if (pid === undefined) return;
  if (process.platform === 'win32') {
    try {
      spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true }).on('error', () => undefined);
    } catch {
      child.kill();
    }
    return;
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The group is already gone; make sure the leader is too.
    try {
      child.kill('SIGKILL');
    } catch {
      /* already exited */
    }
  }
}
