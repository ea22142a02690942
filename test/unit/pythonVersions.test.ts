/**
 * The harness on every Python this machine has: 3.8 to 3.13 must run checks, older ones must be
 * refused with a message that names the version. Interpreters not installed are skipped.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CheckRunner } from '../../src/core/checks/runner';
import { findPython, SUPPORTED_PYTHONS } from '../support/pythons';
import { tempDir } from './tempTree';

const PROJECT = path.resolve(__dirname, '..', '..');
const FIXTURE = path.join(PROJECT, 'bench', 'fixture');
const runner = new CheckRunner({ harnessPath: path.join(PROJECT, 'harness', 'run_checks.py') });

async function runFixture(python: string, learnerSource?: string) {
  const workspace = path.join(tempDir(), 'workspace');
  fs.cpSync(path.join(FIXTURE, 'workspace'), workspace, { recursive: true });
  if (learnerSource !== undefined) fs.writeFileSync(path.join(workspace, 'stack.py'), learnerSource);
  return runner.run({
    interpreter: [python], checkFile: path.join(FIXTURE, 'checks', 'check_stack.py'), workspace,
    targets: ['stack.py'], anchor: 'Stack', timeoutSeconds: 10,
  });
}

const BROKEN_STACK = 'class Stack:\n    def __init__(self):\n        self.items = []\n    def push(self, item):\n        self.items.insert(0, item)\n    def pop(self):\n        return self.items.pop()\n    def peek(self):\n        return self.items[0]\n    def __len__(self):\n        return len(self.items)\n';

describe('the harness on each Python version', function () {
  this.timeout(30_000);

  for (const version of SUPPORTED_PYTHONS) {
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
