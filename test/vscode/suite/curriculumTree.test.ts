import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CurriculumNode } from '../../../src/extension/curriculumTree';
import { activateExtension, shippedCurriculum, testHooks } from './helpers';

async function children(node?: CurriculumNode): Promise<CurriculumNode[]> {
  const hooks = await testHooks();
  return (await hooks.curriculumTree.getChildren(node)) ?? [];
}

async function item(node: CurriculumNode): Promise<vscode.TreeItem> {
  const hooks = await testHooks();
  return hooks.curriculumTree.getTreeItem(node);
}

function label(treeItem: vscode.TreeItem): string {
  return typeof treeItem.label === 'string' ? treeItem.label : (treeItem.label?.label ?? '');
}

describe('curriculum tree', () => {
  it('lists the tracks at the top level, titled and in order', async () => {
    const roots = await children();
    const api = await activateExtension();
    const expected = [...shippedCurriculum().tracks, ...api.tracks.filter((t) => t.origin === 'workspace')];
    assert.deepEqual(
      await Promise.all(roots.map(async (node) => label(await item(node)))),
      expected.map((t) => t.title),
    );
    for (const node of roots) assert.equal((await item(node)).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
  });

  it('nests modules under tracks and lessons under modules', async () => {
    const [track] = shippedCurriculum().tracks;
    assert.ok(track);
    const [trackNode] = await children();
    assert.ok(trackNode);
    const modules = await children(trackNode);
    assert.deepEqual(
      await Promise.all(modules.map(async (node) => label(await item(node)))),
      track.modules.map((m) => m.title),
    );
    const [firstModule] = modules;
    assert.ok(firstModule);
    const lessons = await children(firstModule);
    assert.deepEqual(
      await Promise.all(lessons.map(async (node) => label(await item(node)))),
      track.modules[0]?.lessons.map((l) => l.title),
    );
  });

  it('opens a lesson when its item is selected and lists its milestones beneath it', async () => {
    const [trackNode] = await children();
    assert.ok(trackNode);
    const [moduleNode] = await children(trackNode);
    assert.ok(moduleNode);
    const [lessonNode] = await children(moduleNode);
    assert.ok(lessonNode && lessonNode.kind === 'lesson');
    const lessonItem = await item(lessonNode);
    assert.equal(lessonItem.contextValue, 'lesson');
    assert.equal(lessonItem.command?.command, 'pythonMastery.openLesson');
    assert.deepEqual(lessonItem.command?.arguments, [lessonNode.lesson.key]);

    const milestones = await children(lessonNode);
    assert.deepEqual(
      milestones.map((node) => (node.kind === 'milestone' ? node.milestone.key : '')),
      lessonNode.lesson.milestones.map((m) => m.key),
    );
    for (const node of milestones) {
      const milestoneItem = await item(node);
      assert.equal(milestoneItem.collapsibleState, vscode.TreeItemCollapsibleState.None);
      assert.match(String(milestoneItem.contextValue), /^milestone\.(code|predict|quiz|reflect)$/);
      assert.deepEqual(await children(node), []);
    }
  });

  it('gives every item a unique id and a parent that leads back to the root', async () => {
    const hooks = await testHooks();
    const seen = new Set<string>();
    const walk = async (node: CurriculumNode | undefined, depth: number): Promise<void> => {
      for (const child of await children(node)) {
        const id = (await item(child)).id;
        assert.ok(id, 'every item has an id');
        assert.ok(!seen.has(id), `id ${id} is unique`);
        seen.add(id);
        const parent = hooks.curriculumTree.getParent(child);
        assert.equal(parent === undefined ? undefined : (await item(parent)).id, node === undefined ? undefined : (await item(node)).id);
        await walk(child, depth + 1);
      }
    };
    await walk(undefined, 0);
    assert.ok(seen.size > 3);
  });
});
