/** The names a curriculum's files and folders go by (see docs/curriculum-format.md). */
import * as path from 'node:path';

export const TRACK_FILE = 'track.yaml';
export const LESSON_FILE = 'lesson.yaml';
export const STARTER_DIR = 'starter';
/** Where a workspace keeps tracks of its own, relative to the workspace folder. */
export const WORKSPACE_CURRICULUM_DIR = path.join('.pymastery', 'curriculum');
