/**
 * Stops a process and everything it started. On POSIX the harness runs as the leader of its own
 * process group (spawned `detached`), so one signal to the group reaches the learner's children
 * too. A child that left the group (`os.setsid()`) is found on Linux by walking /proc from the
 * harness, which adopts every orphan below it (it is a child subreaper, see
 * harness/pymastery/_reaper.py), so this must run while the harness is alive. On Windows
 * `taskkill /T` walks the tree.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';

/**
 * `whileAlive`: the process is still running, so what it adopted can still be found below it
 * (Linux); once it has exited, only its group is left to stop.
 */
export function killProcessTree(child: ChildProcess, whileAlive = false): void {
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
  if (whileAlive) killDescendants(child);
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

/** Kills every process below `child` (Linux), leaving `child` itself running. */
export function killDescendants(child: ChildProcess): void {
  if (child.pid === undefined || process.platform !== 'linux') return;
  for (const pid of descendantsOf(child.pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

/** The live processes below `root`, read from /proc; empty where it cannot be read. */
export function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return [];
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'latin1');
    } catch {
      continue;
    }
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (state === 'Z' || ppid === undefined) continue;
    const list = children.get(Number(ppid)) ?? [];
    list.push(Number(entry));
    children.set(Number(ppid), list);
  }
  const found: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    for (const child of children.get(stack.pop()!) ?? []) {
      found.push(child);
      stack.push(child);
    }
  }
  return found;
}
