/** Finds the Python interpreters this machine has, for the suites that run on each version. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The versions the harness supports. */
export const SUPPORTED_PYTHONS = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13'] as const;

/** `pythonX.Y` from pyenv's versions, Debian's or /usr/local, or undefined when not installed. */
export function findPython(version: string): string | undefined {
  const pyenvVersions = path.join(process.env.PYENV_ROOT ?? path.join(os.homedir(), '.pyenv'), 'versions');
  const candidates = fs.existsSync(pyenvVersions)
    ? fs.readdirSync(pyenvVersions)
        .filter((dir) => dir === version || dir.startsWith(`${version}.`))
        .map((dir) => path.join(pyenvVersions, dir, 'bin', `python${version}`))
    : [];
  candidates.push(`/usr/bin/python${version}`, `/usr/local/bin/python${version}`);
  return candidates.find((candidate) => fs.existsSync(candidate));
}
