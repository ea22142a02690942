import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findMissingRequirements, parseRequirement, probeInterpreter } from '../../src/core/python/probe';

const PYTHON = process.env.PYMASTERY_TEST_PYTHON ?? 'python3';
const PYENV = path.join(os.homedir(), '.pyenv', 'versions');

function pyenvPython(prefix: string): string | undefined {
  if (!fs.existsSync(PYENV)) return undefined;
  const version = fs.readdirSync(PYENV).find((v) => v.startsWith(prefix));
  const exe = version && path.join(PYENV, version, 'bin', 'python');
  return exe && fs.existsSync(exe) ? exe : undefined;
}

describe('interpreter probe', () => {
  it('reports the version and executable of a real Python', async () => {
    const result = await probeInterpreter([PYTHON]);
    assert.ok(result.ok, JSON.stringify(result));
    assert.match(result.info.version, /^3\.\d+\.\d+$/);
    assert.ok(path.isAbsolute(result.info.executable));
  });

  it('takes a command with arguments, not only a path', async () => {
    const result = await probeInterpreter([PYTHON, '-I']);
    assert.ok(result.ok, JSON.stringify(result));
  });

  it('a missing program is "not found", with what to do', async () => {
    const result = await probeInterpreter(['/nonexistent/python3']);
    assert.ok(!result.ok);
    assert.equal(result.problem.kind, 'not-found');
    assert.match(result.problem.message, /Select Interpreter/);
  });

  it('an empty command is "not found"', async () => {
    const result = await probeInterpreter([]);
    assert.ok(!result.ok && result.problem.kind === 'not-found');
  });

  it('a program that is not Python says so', async () => {
    const result = await probeInterpreter(['/bin/echo']);
    assert.ok(!result.ok);
    assert.equal(result.problem.kind, 'not-python');
  });

  it('a file that is not a program cannot be started', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'probe-')), 'python');
    fs.writeFileSync(file, 'not a program');
    const result = await probeInterpreter([file]);
    assert.ok(!result.ok);
    assert.ok(['not-runnable', 'not-python'].includes(result.problem.kind), result.problem.kind);
  });

  for (const old of ['3.7', '2.7']) {
    const exe = pyenvPython(old);
    (exe ? it : it.skip)(`Python ${old} is too old, and the message names its version`, async () => {
      const result = await probeInterpreter([exe!]);
      assert.ok(!result.ok);
      assert.equal(result.problem.kind, 'too-old');
      assert.match(result.problem.message, new RegExp(`Python ${old.replace('.', '\\.')}`));
      assert.match(result.problem.message, /3\.8 or newer/);
    });
  }
});

describe('required modules', () => {
  it('parses an import name with an optional install name', () => {
    assert.deepEqual(parseRequirement('bs4 (beautifulsoup4)'), { module: 'bs4', installName: 'beautifulsoup4' });
    assert.deepEqual(parseRequirement('pytest'), { module: 'pytest', installName: 'pytest' });
  });

  it('finds which modules the interpreter cannot import, without importing them', async () => {
    const result = await findMissingRequirements([PYTHON], [parseRequirement('json'), parseRequirement('no_such_module_xyz (no-such-package)')]);
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.missing.map((r) => r.installName), ['no-such-package']);
  });

  it('a broken interpreter is a problem, not a list', async () => {
    const result = await findMissingRequirements(['/nonexistent/python3'], [parseRequirement('json')]);
    assert.ok(!result.ok);
  });
});
