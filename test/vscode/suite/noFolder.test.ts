/**
 * A window with no folder open: lessons can be read, and a run asked for says to open a folder
 * first, with nothing written anywhere. These tests run in a code-server window opened empty.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MilestoneRunResult } from '../../../src/extension/milestoneRuns';
import { activateExtension } from './helpers';

describe('a window with no folder', function () {
  this.timeout(60_000);

  before(function () {
    if (vscode.workspace.workspaceFolders?.length) this.skip();
  });

  it('still lists the lessons', async () => {
    const api = await activateExtension();
    assert.ok(api.tracks.some((t) => t.id === 'twenty-three-days'));
  });

  it('a run says to open a folder first', async () => {
    await activateExtension();
    const result = await vscode.commands.executeCommand<MilestoneRunResult>('pythonMastery.runMilestone', 'twenty-three-days/day-1-types/mutability');
    assert.equal(result?.outcome, 'blocked');
    assert.equal(result.blocked?.reason, 'no-folder');
    assert.match(result.blocked!.message, /Open a folder to work in first/);
  });
});
