// `npm run test:electron`: the extension-host suites (test/vscode/suite) in desktop VS Code,
// through @vscode/test-electron, with this folder as the extension under development.
//
// VS Code is taken from VSCODE_EXECUTABLE_PATH (the Electron binary, e.g. /usr/share/code/code)
// when set; otherwise @vscode/test-electron downloads the version in VSCODE_VERSION (default:
// the lowest version package.json's engines.vscode accepts), which needs internet access. On
// Linux without a display, run it under `xvfb-run -a`. Ends with "N passed, N failed".
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { bundleSuites, learnerWorkspaceFixture, npmRun, projectRoot } from '../test/rig/builds.mjs';
import { QUIET_USER_SETTINGS } from '../test/rig/codeServerRig.mjs';

const outDir = path.join(projectRoot, '.test-output', 'electron');
const timeoutSeconds = Number(process.env.PYTHON_MASTERY_RIG_TIMEOUT ?? 600);

async function main() {
  fs.rmSync(path.join(outDir, 'suites'), { recursive: true, force: true });
  npmRun('build');
  const { outDir: suitesDir } = await bundleSuites(path.join(outDir, 'suites'));
  const workspace = path.join(outDir, 'learner-workspace');
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.cpSync(learnerWorkspaceFixture, workspace, { recursive: true });
  const userDataDir = path.join(outDir, 'user-data');
  fs.rmSync(userDataDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(QUIET_USER_SETTINGS, null, 2));

  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH || undefined;
  const engines = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).engines.vscode;
  const version = process.env.VSCODE_VERSION ?? String(engines).replace(/^[\^~>=]+/, '');
  console.log(vscodeExecutablePath ? `VS Code: ${vscodeExecutablePath}` : `VS Code ${version}, downloaded by @vscode/test-electron`);
  return runTests({
    ...(vscodeExecutablePath ? { vscodeExecutablePath } : { version, cachePath: path.join(outDir, 'vscode-downloads') }),
    extensionDevelopmentPath: projectRoot,
    extensionTestsPath: path.join(suitesDir, 'index.js'),
    extensionTestsEnv: {
      // The suites look inside the extension through a command that exists only with this set.
      PYTHON_MASTERY_TEST_HOOKS: '1',
      ...(process.env.PYTHON_MASTERY_TEST_GREP ? { PYTHON_MASTERY_TEST_GREP: process.env.PYTHON_MASTERY_TEST_GREP } : {}),
    },
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--disable-gpu',
      `--user-data-dir=${userDataDir}`,
      `--extensions-dir=${path.join(outDir, 'extensions')}`,
    ],
  });
}

const deadline = setTimeout(() => {
  console.error(`The extension-host test run did not finish within ${timeoutSeconds}s.`);
  console.log('0 passed, 1 failed (the run did not complete)');
  process.exit(1);
}, timeoutSeconds * 1000);

main().then(
  (exitCode) => {
    clearTimeout(deadline);
    // The suites print their own "N passed, N failed" line from inside VS Code.
    process.exit(exitCode);
  },
  (error) => {
    clearTimeout(deadline);
    console.error(error instanceof Error ? error.message : String(error));
    console.log('0 passed, 1 failed (VS Code could not run the suites)');
    process.exit(1);
  },
);
