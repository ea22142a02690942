/** The progress store: what the extension imports from core/progress. */

export {
  ProgressStore,
  type Disposable,
  type ImportMode,
  type ImportResult,
  type ProgressChange,
  type ProgressStoreOptions,
  type ProgressSummary,
  type ProgressWarningKind,
  type ImportComparison,
} from './progressStore';
export type {
  AttemptOutcome,
  MilestoneAnswer,
  MilestoneProgress,
  MilestoneStatus,
  PredictAnswer,
  QuizAnswer,
  ReflectAnswer,
} from './milestoneProgress';
export { CURRENT_PROGRESS_VERSION } from './progressSchema';
export type { ActivityEntry } from './activity';
