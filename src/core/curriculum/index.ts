/**
 * Lookups over loaded tracks: a milestone by its key, the lesson and track it belongs to, and the
 * code milestones that target a workspace file (for CodeLens and diagnostics).
 */
import type { CodeMilestone, Lesson, Milestone, MilestoneKey, Track } from './model';

export interface MilestonePlace {
  track: Track;
  lesson: Lesson;
  milestone: Milestone;
}

export class CurriculumIndex {
  private readonly tracksById = new Map<string, Track>();
  private readonly lessonsByKey = new Map<string, { track: Track; lesson: Lesson }>();
  private readonly milestonesByKey = new Map<MilestoneKey, MilestonePlace>();
  private readonly milestonesByFile = new Map<string, CodeMilestone[]>();

  constructor(readonly tracks: readonly Track[]) {
    for (const track of tracks) {
      this.tracksById.set(track.id, track);
      for (const module of track.modules) {
        for (const lesson of module.lessons) {
          this.lessonsByKey.set(lesson.key, { track, lesson });
          for (const milestone of lesson.milestones) {
            this.milestonesByKey.set(milestone.key, { track, lesson, milestone });
            if (milestone.kind !== 'code') continue;
            for (const file of milestone.files) {
              const list = this.milestonesByFile.get(file) ?? [];
              list.push(milestone);
              this.milestonesByFile.set(file, list);
            }
          }
        }
      }
    }
  }

  track(id: string): Track | undefined {
    return this.tracksById.get(id);
  }

  lesson(key: string): { track: Track; lesson: Lesson } | undefined {
    return this.lessonsByKey.get(key);
  }

  milestone(key: MilestoneKey): MilestonePlace | undefined {
    return this.milestonesByKey.get(key);
  }

  /** Code milestones that target `workspacePath` (relative, forward slashes). */
  milestonesForFile(workspacePath: string): readonly CodeMilestone[] {
    return this.milestonesByFile.get(workspacePath) ?? [];
  }

  get milestoneCount(): number {
    return this.milestonesByKey.size;
  }
}
