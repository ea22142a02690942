/**
 * The "Curriculum" view: tracks > modules > lessons > milestones.
 * Selecting a lesson opens it in the lesson panel.
 */
import * as vscode from 'vscode';
import type { Lesson, Milestone, MilestoneKind, Module, Track } from '../core/curriculum/model';
import { COMMAND_PREFIX } from './commands';

export const CURRICULUM_VIEW_ID = 'pythonMastery.curriculum';

export type CurriculumNode =
  | { kind: 'track'; track: Track }
  | { kind: 'module'; track: Track; module: Module }
  | { kind: 'lesson'; module: Module; track: Track; lesson: Lesson }
  | { kind: 'milestone'; module: Module; track: Track; lesson: Lesson; milestone: Milestone };

const MILESTONE_ICONS: Record<MilestoneKind, string> = {
  code: 'code',
  predict: 'eye',
  quiz: 'checklist',
  reflect: 'comment-discussion',
};

const MILESTONE_KIND_LABELS: Record<MilestoneKind, string> = {
  code: 'Code',
  predict: 'Predict the output',
  quiz: 'Quiz',
  reflect: 'Reflect',
};

export class CurriculumTreeProvider implements vscode.TreeDataProvider<CurriculumNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<CurriculumNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly tracks: () => readonly Track[]) {}

  /** Redraws the whole tree, e.g. after the curriculum was reloaded. */
  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(node?: CurriculumNode): CurriculumNode[] {
    if (!node) return this.tracks().map((track) => ({ kind: 'track', track }));
    switch (node.kind) {
      case 'track':
        return node.track.modules.map((module) => ({ kind: 'module', track: node.track, module }));
      case 'module':
        return node.module.lessons.map((lesson) => ({ kind: 'lesson', track: node.track, module: node.module, lesson }));
      case 'lesson':
        return node.lesson.milestones.map((milestone) => ({ ...node, kind: 'milestone', milestone }));
      case 'milestone':
        return [];
    }
  }

  getParent(node: CurriculumNode): CurriculumNode | undefined {
    switch (node.kind) {
      case 'track':
        return undefined;
      case 'module':
        return { kind: 'track', track: node.track };
      case 'lesson':
        return { kind: 'module', track: node.track, module: node.module };
      case 'milestone':
        return { kind: 'lesson', track: node.track, module: node.module, lesson: node.lesson };
    }
  }

  getTreeItem(node: CurriculumNode): vscode.TreeItem {
    const { Collapsed, None } = vscode.TreeItemCollapsibleState;
    switch (node.kind) {
      case 'track': {
        const item = new vscode.TreeItem(node.track.title, Collapsed);
        item.id = `track:${node.track.id}`;
        item.contextValue = 'track';
        item.iconPath = new vscode.ThemeIcon('mortar-board');
        item.tooltip = node.track.summary ?? node.track.title;
        if (node.track.origin === 'workspace') item.description = 'this workspace';
        item.accessibilityInformation = { label: [node.track.title, 'track', item.description].filter(Boolean).join(', ') };
        return item;
      }
      case 'module': {
        const item = new vscode.TreeItem(node.module.title, Collapsed);
        item.id = `module:${node.track.id}/${node.module.id}`;
        item.contextValue = 'module';
        item.iconPath = new vscode.ThemeIcon('folder-library');
        item.accessibilityInformation = { label: `${node.module.title}, module` };
        return item;
      }
      case 'lesson': {
        const { lesson } = node;
        const item = new vscode.TreeItem(lesson.title, lesson.milestones.length > 0 ? Collapsed : None);
        item.id = `lesson:${lesson.key}`;
        item.contextValue = 'lesson';
        item.iconPath = new vscode.ThemeIcon('book');
        item.description = lesson.estimate === undefined ? undefined : `${lesson.estimate} min`;
        item.tooltip = lesson.summary ?? lesson.title;
        item.accessibilityInformation = { label: [lesson.title, 'lesson', item.description].filter(Boolean).join(', ') };
        item.command = { command: `${COMMAND_PREFIX}openLesson`, title: 'Open Lesson', arguments: [lesson.key] };
        return item;
      }
      case 'milestone': {
        const { milestone } = node;
        const item = new vscode.TreeItem(milestone.title, None);
        item.id = `milestone:${milestone.key}`;
        item.contextValue = `milestone.${milestone.kind}`;
        item.iconPath = new vscode.ThemeIcon(MILESTONE_ICONS[milestone.kind]);
        item.description = MILESTONE_KIND_LABELS[milestone.kind];
        item.tooltip = milestone.summary ?? milestone.title;
        item.accessibilityInformation = { label: `${milestone.title}, ${MILESTONE_KIND_LABELS[milestone.kind]} milestone` };
        return item;
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
