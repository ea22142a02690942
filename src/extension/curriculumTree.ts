/**
 * The "Curriculum" view: tracks > modules > lessons > milestones, each with its state (not started,
 * in progress, failed, passed) as a coloured codicon and, above the milestones, how many are passed
 * ("7/12"). Selecting a lesson opens it; milestones have their actions in the context menu.
 *
 * It keeps no state of its own: every item is drawn from the run pipeline and the progress store
 * when VS Code asks, and the items whose state may have changed are redrawn on every run and every
 * progress change. The nodes are made once per curriculum load, so VS Code can match them up.
 */
import * as vscode from 'vscode';
import type { Lesson, Milestone, MilestoneKey, Module, Track } from '../core/curriculum/model';
import { COMMAND_PREFIX } from './commands';
import { type Counts, difficultyLabel, fraction, lessonKeys, milestoneKindLabel, type MilestoneStates, moduleKeys, stateIcon, stateLabel, trackKeys } from './milestoneStates';

export const CURRICULUM_VIEW_ID = 'pythonMastery.curriculum';

export type CurriculumNode =
  | { kind: 'track'; track: Track }
  | { kind: 'module'; track: Track; module: Module }
  | { kind: 'lesson'; module: Module; track: Track; lesson: Lesson }
  | { kind: 'milestone'; module: Module; track: Track; lesson: Lesson; milestone: Milestone };

type NodeOf<K extends CurriculumNode['kind']> = Extract<CurriculumNode, { kind: K }>;

/** The nodes of one curriculum load, made once so that redraws and reveals find the same objects. */
class NodeCache {
  readonly roots: NodeOf<'track'>[] = [];
  readonly children = new Map<CurriculumNode, CurriculumNode[]>();
  readonly parents = new Map<CurriculumNode, CurriculumNode>();
  readonly lessons = new Map<string, NodeOf<'lesson'>>();
  readonly milestones = new Map<MilestoneKey, NodeOf<'milestone'>>();

  constructor(tracks: readonly Track[]) {
    for (const track of tracks) {
      const trackNode: NodeOf<'track'> = { kind: 'track', track };
      this.roots.push(trackNode);
      this.children.set(trackNode, track.modules.map((module) => {
        const moduleNode: NodeOf<'module'> = { kind: 'module', track, module };
        this.parents.set(moduleNode, trackNode);
        this.children.set(moduleNode, module.lessons.map((lesson) => {
          const lessonNode: NodeOf<'lesson'> = { kind: 'lesson', track, module, lesson };
          this.parents.set(lessonNode, moduleNode);
          this.lessons.set(lesson.key, lessonNode);
          this.children.set(lessonNode, lesson.milestones.map((milestone) => {
            const milestoneNode: NodeOf<'milestone'> = { kind: 'milestone', track, module, lesson, milestone };
            this.parents.set(milestoneNode, lessonNode);
            this.milestones.set(milestone.key, milestoneNode);
            return milestoneNode;
          }));
          return lessonNode;
        }));
        return moduleNode;
      }));
    }
  }
}

export class CurriculumTreeProvider implements vscode.TreeDataProvider<CurriculumNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<CurriculumNode | CurriculumNode[] | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private cache: NodeCache | undefined;
  private cachedTracks: readonly Track[] | undefined;

  constructor(private readonly tracks: () => readonly Track[], private readonly states: MilestoneStates) {}

  /** Redraws the whole tree, e.g. after the curriculum was reloaded. */
  refresh(): void {
    this.changed.fire(undefined);
  }

  /** Redraws the given milestones and everything above them (their counts change too). */
  refreshMilestones(keys: Iterable<MilestoneKey>): void {
    const nodes = this.nodes();
    const dirty = new Set<CurriculumNode>();
    for (const key of keys) {
      let node: CurriculumNode | undefined = nodes.milestones.get(key);
      while (node && !dirty.has(node)) {
        dirty.add(node);
        node = nodes.parents.get(node);
      }
    }
    if (dirty.size > 0) this.changed.fire([...dirty]);
  }

  /** The node of a lesson, for revealing it. */
  lessonNode(key: string): CurriculumNode | undefined {
    return this.nodes().lessons.get(key);
  }

  getChildren(node?: CurriculumNode): CurriculumNode[] {
    const nodes = this.nodes();
    return node ? (nodes.children.get(node) ?? []) : nodes.roots;
  }

  getParent(node: CurriculumNode): CurriculumNode | undefined {
    return this.nodes().parents.get(node);
  }

  getTreeItem(node: CurriculumNode): vscode.TreeItem {
    switch (node.kind) {
      case 'track': return this.trackItem(node);
      case 'module': return this.moduleItem(node);
      case 'lesson': return this.lessonItem(node);
      case 'milestone': return this.milestoneItem(node);
    }
  }

  private nodes(): NodeCache {
    const tracks = this.tracks();
    if (!this.cache || this.cachedTracks !== tracks) {
      this.cache = new NodeCache(tracks);
      this.cachedTracks = tracks;
    }
    return this.cache;
  }

  private trackItem({ track }: NodeOf<'track'>): vscode.TreeItem {
    const keys = trackKeys(track);
    const counts = this.states.counts(keys);
    const item = new vscode.TreeItem(track.title, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `track:${track.id}`;
    item.contextValue = 'track';
    item.iconPath = stateIcon(this.states.ofGroup(keys));
    const workspace = track.origin === 'workspace';
    item.description = [fraction(counts), workspace ? vscode.l10n.t('this workspace') : undefined].filter(Boolean).join(' · ');
    item.tooltip = tooltip(track.title, track.summary, passedOf(counts), workspace ? vscode.l10n.t('A track of this workspace') : undefined);
    item.accessibilityInformation = { label: vscode.l10n.t('{0}, track, {1}', track.title, passedOf(counts)) };
    return item;
  }

  private moduleItem({ track, module }: NodeOf<'module'>): vscode.TreeItem {
    const keys = moduleKeys(module);
    const counts = this.states.counts(keys);
    const item = new vscode.TreeItem(module.title, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `module:${track.id}/${module.id}`;
    item.contextValue = 'module';
    item.iconPath = stateIcon(this.states.ofGroup(keys));
    item.description = fraction(counts);
    const lessons = module.lessons.length === 1 ? vscode.l10n.t('{0}, 1 lesson', track.title) : vscode.l10n.t('{0}, {1} lessons', track.title, module.lessons.length);
    item.tooltip = tooltip(module.title, lessons, passedOf(counts));
    item.accessibilityInformation = { label: vscode.l10n.t('{0}, module, {1}', module.title, passedOf(counts)) };
    return item;
  }

  private lessonItem({ lesson }: NodeOf<'lesson'>): vscode.TreeItem {
    const keys = lessonKeys(lesson);
    const counts = this.states.counts(keys);
    const state = this.states.ofGroup(keys);
    const { Collapsed, None } = vscode.TreeItemCollapsibleState;
    const item = new vscode.TreeItem(lesson.title, lesson.milestones.length > 0 ? Collapsed : None);
    item.id = `lesson:${lesson.key}`;
    item.contextValue = 'lesson';
    item.iconPath = stateIcon(state);
    const estimate = lesson.estimate === undefined ? undefined : vscode.l10n.t('{0} min', lesson.estimate);
    item.description = [fraction(counts), estimate].filter(Boolean).join(' · ');
    item.tooltip = tooltip(lesson.title, lesson.summary, estimate ? vscode.l10n.t('{0} · about {1}', passedOf(counts), estimate) : passedOf(counts));
    item.accessibilityInformation = { label: [lesson.title, vscode.l10n.t('lesson'), stateLabel(state), passedOf(counts), estimate].filter(Boolean).join(', ') };
    item.command = { command: `${COMMAND_PREFIX}openLesson`, title: vscode.l10n.t('Open Lesson'), arguments: [lesson.key] };
    return item;
  }

  private milestoneItem({ milestone }: NodeOf<'milestone'>): vscode.TreeItem {
    const state = this.states.of(milestone.key);
    const item = new vscode.TreeItem(milestone.title, vscode.TreeItemCollapsibleState.None);
    item.id = `milestone:${milestone.key}`;
    item.contextValue = `milestone.${milestone.kind}`;
    item.iconPath = stateIcon(state);
    const kind = milestone.difficulty ? `${milestoneKindLabel(milestone.kind)} · ${difficultyLabel(milestone.difficulty)}` : milestoneKindLabel(milestone.kind);
    item.description = kind;
    item.tooltip = tooltip(milestone.title, milestone.summary, `${kind} · ${stateLabel(state)}`);
    item.accessibilityInformation = { label: vscode.l10n.t('{0}, {1} milestone, {2}', milestone.title, kind, stateLabel(state)) };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The full title (the row cuts it off at the default side bar width), the summary and the state. */
function tooltip(title: string, summary: string | undefined, ...lines: Array<string | undefined>): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  markdown.appendMarkdown('**');
  markdown.appendText(title);
  markdown.appendMarkdown('**');
  if (summary) {
    markdown.appendMarkdown('\n\n');
    markdown.appendText(summary);
  }
  for (const line of lines) {
    if (!line) continue;
    markdown.appendMarkdown('\n\n');
    markdown.appendText(line);
  }
  return markdown;
}

/**
 * The view itself: the provider, the tree view, and what keeps them current. Selects the current
 * lesson as it changes, when the view is on show.
 */
export class CurriculumTree implements vscode.Disposable {
  readonly provider: CurriculumTreeProvider;
  readonly view: vscode.TreeView<CurriculumNode>;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(tracks: () => readonly Track[], states: MilestoneStates) {
    this.provider = new CurriculumTreeProvider(tracks, states);
    this.view = vscode.window.createTreeView(CURRICULUM_VIEW_ID, { treeDataProvider: this.provider, showCollapseAll: true });
    this.subscriptions.push(this.provider, this.view);
  }

  /** Selects the lesson `key` (expanding its track and module); focuses the view when asked. */
  async reveal(lessonKey: string, options: { focus?: boolean } = {}): Promise<boolean> {
    const node = this.provider.lessonNode(lessonKey);
    if (!node) return false;
    await this.view.reveal(node, { select: true, focus: options.focus ?? false, expand: false });
    return true;
  }

  /** The lesson selected in the tree, if a lesson or milestone is. */
  get selectedLessonKey(): string | undefined {
    const [node] = this.view.selection;
    return node && (node.kind === 'lesson' || node.kind === 'milestone') ? node.lesson.key : undefined;
  }

  dispose(): void {
    for (const subscription of this.subscriptions.splice(0)) subscription.dispose();
  }
}

/** "3 of 7 milestones passed". */
function passedOf(counts: Counts): string {
  return vscode.l10n.t('{0} of {1} milestones passed', counts.passed, counts.total);
}
