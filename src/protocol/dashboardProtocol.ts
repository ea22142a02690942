/**
 * The messages between the progress dashboard's webview and the extension, declared once and
 * typed on both sides. The extension sends the whole report whenever progress changes; the page
 * asks for it when it loads and asks the extension to open a lesson or a track's next lesson.
 * Imports neither side: only the report's shape, from the core.
 */
import type { CalendarDay, PaceReport, ProgressReport, TrackReport } from '../core/progress/progressReport';

export type { CalendarDay, PaceReport, ProgressReport, TrackReport };

/** Extension → webview. */
export type DashboardUpdate = { type: 'report'; report: ProgressReport };

/** Webview → extension. */
export type DashboardRequest =
  | { type: 'ready' }
  | { type: 'continueTrack'; trackId: string };

export const DASHBOARD_VIEW_TYPE = 'pythonMastery.dashboard';
