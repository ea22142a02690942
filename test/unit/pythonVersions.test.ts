/**
 * The harness on every Python this machine has: 3.8 to 3.13 must run checks, older ones must be
 * refused with a message that names the version. Interpreters not installed are skipped.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CheckRunner } from '../../src/core/checks/runner';
import { tempDir } from './tempTree';

const PROJECT = path.resolve(__dirname, '..', '..');
const FIXTURE = path.join(PROJECT, 'bench', 'fixture');
const runner = new CheckRunner({ harnessPath: path.join(PROJECT, 'harness', 'run_checks.py') });

/** Finds `pythonX.Y` among pyenv's versions, Debian's and PATH. */
function findPython(version: string): string | undefined {
  const candidates: string[] = [];
  const pyenvRoot = process.env.PYENV_ROOT ?? path.join(os.homedir(), '.pyenv');
  const versionsDir = path.join(pyenvRoot, 'versions');
  if (fs.existsSync(versionsDir)) {
    for (const dir of fs.readdirSync(versionsDir)) {
      if (dir === version || dir.startsWith(`${version}.`)) candidates.push(path.join(versionsDir, dir, 'bin', `python${version}`));
    }
  }
  candidates.push(`/usr/bin/python${version}`, `/usr/local/bin/python${version}`);
  return candidates.find((c) => fs.existsSync(c));
}

async function runFixture(python: string, learnerSource?: string) {
  const workspace = path.join(tempDir(), 'workspace');
  fs.cpSync(path.join(FIXTURE, 'workspace'), workspace, { recursive: true });
  if (learnerSource !== undefined) fs.writeFileSync(path.join(workspace, 'stack.py'), learnerSource);
  return runner.run({
    interpreter: python, checkFile: path.join(FIXTURE, 'checks', 'check_stack.py'), workspace,
    targets: ['stack.py'], anchor: 'Stack', timeoutSeconds: 10,
  });
}

const BROKEN_STACK = 'class Stack:\n    def __init__(self):\n        self.items = []\n    def push(self, item):\n        self.items.insert(0, item)\n    def pop(self):\n        return self.items.pop()\n    def peek(self):\n        return self.items[0]\n    def __len__(self):\n        return len(self.items)\n';

describe('the harness on each Python version', function () {
  this.timeout(30_000);

  for (const version of ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13']) {
    it(`runs checks on Python ${version}: passes good code, fails broken code at its line`, async function () {
      const python = findPython(version);
      if (!python) this.skip();
      const good = await runFixture(python!);
      assert.equal(good.status, 'pass', JSON.stringify(good.problem ?? good.checks));
      assert.ok(good.python?.version.startsWith(`${version}.`), good.python?.version);
      const bad = await runFixture(python!, BROKEN_STACK);
      assert.equal(bad.status, 'fail', JSON.stringify(bad.problem ?? bad.checks));
      const located = bad.checks.find((c) => c.status === 'fail')?.location;
      assert.equal(located?.file, 'stack.py');
    });
  }

  for (const version of ['2.7', '3.6', '3.7']) {
    it(`refuses Python ${version}, naming the version and the way out`, async function () {
      const python = findPython(version);
      if (!python) this.skip();
      const run = await runFixture(python!);
      assert.equal(run.status, 'error');
      assert.equal(run.problem?.kind, 'python-too-old', JSON.stringify(run));
      assert.match(run.problem!.message, new RegExp(`${version.replace('.', '\\.')}\\.\\d+.*3\\.8 or newer`));
    });
  }
});
