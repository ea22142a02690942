/**
 * What the learner reaches for now and then, not at every start: the progress dashboard, reset,
 * export and import, and copying starter files. Bundled on its own (dist/learnerTools.js) and
 * required on first use, as engine.ts is, so that start-up stays light. Nothing here may import a
 * module that keeps state in the main bundle (the panels, the runs, the commands table).
 */
import './translations';
export { DashboardPanel } from './dashboardPanel';
export { exportProgress, importProgress, resetMilestone, type ResetOutcome } from './progressActions';
export { copyMissingStarterFiles, filesDifferingFromStarter, showDiffAgainstStarter } from './milestoneFiles';
