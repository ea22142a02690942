/**
 * Small facts about check runs that the editor needs at start-up, kept apart from the runner so
 * that reading them loads nothing heavy.
 */

/** The oldest Python the harness runs on. */
export const MIN_PYTHON: readonly [number, number] = [3, 8];

/** The name of the entry the runner adds for the check that was running when the process was stopped. */
export const RUNNING_CHECK_NAME = 'The check that was running';

/** Megabytes of memory a milestone's check may use when the milestone does not say (`memory`). */
export const DEFAULT_MEMORY_MB = 512;
