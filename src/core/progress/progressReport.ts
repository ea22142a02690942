/**
 * What the progress dashboard shows, worked out from the curriculum and the learner's records:
 * completion per track and module, the days worked as a calendar, and each track's pace against
 * its own schedule (where the learner stands, and when they will finish at the pace they keep).
 * Pure: the extension gathers the inputs, the dashboard only draws the result.
 */

import { lessonsOf, milestonesOf, type MilestoneKey, type Track } from '../curriculum/model';
import { dayOf, type ActivityEntry } from './activity';
import type { MilestoneProgress } from './milestoneProgress';

/** Without a schedule, a track is planned from its lessons' estimates at this much study a day. */
export const DEFAULT_MINUTES_PER_DAY = 60;
/** A lesson without an estimate counts this long. */
export const DEFAULT_LESSON_MINUTES = 60;
/** How many weeks the calendar shows, this one included. */
export const CALENDAR_WEEKS = 20;

export interface Completion {
  passed: number;
  inProgress: number;
  total: number;
}

export interface ModuleReport extends Completion {
  id: string;
  title: string;
}

export interface PacePoint {
  /** Days since the track's first day of work; 0 is that day. */
  day: number;
  /** Milestones passed by the end of that day. */
  passed: number;
}

export interface PaceReport {
  /** How the schedule was set: by the track, or from its lessons' estimates. */
  scheduleSource: 'days' | 'weeks' | 'estimates';
  /** The whole schedule, in days. */
  scheduleDays: number;
  /** The first day the learner worked on the track (`YYYY-MM-DD`); undefined before they start. */
  started?: string;
  /** Today, counted from `started` as day 1. */
  dayNumber?: number;
  /** Milestones the schedule expects passed by the end of today. */
  planned?: number;
  /** The learner's passes by day, one point per day something was passed, and today. */
  points: PacePoint[];
  plannedFinish?: string;
  /** At the learner's pace so far; undefined until something is passed. */
  projectedFinish?: string;
  /** Positive: days ahead of the schedule; negative: behind. */
  daysAhead?: number;
  status: 'not-started' | 'no-passes-yet' | 'ahead' | 'on-track' | 'behind' | 'finished';
  /** The day the last milestone was passed, once the track is finished. */
  finishedOn?: string;
}

export interface TrackReport extends Completion {
  id: string;
  title: string;
  modules: ModuleReport[];
  pace: PaceReport;
}

export interface CalendarDay {
  day: string;
  attempts: number;
  /** 0 for the oldest week shown. */
  week: number;
  /** 0 Monday … 6 Sunday. */
  weekday: number;
  future: boolean;
}

export interface ProgressReport {
  today: string;
  overall: Completion;
  tracks: TrackReport[];
  calendar: CalendarDay[];
  /** Days with at least one attempt, ever. */
  activeDays: number;
  /** Days with an attempt in a row, ending today or yesterday. */
  streak: number;
}

export interface ReportInputs {
  tracks: readonly Track[];
  progress(key: MilestoneKey): MilestoneProgress;
  activity: readonly ActivityEntry[];
  now: Date;
}

export function buildProgressReport({ tracks, progress, activity, now }: ReportInputs): ProgressReport {
  const today = dayOf(now);
  const trackReports = tracks.map((track) => trackReport(track, progress, activity.filter((a) => a.track === track.id), today));
  const overall = trackReports.reduce<Completion>(
    (sum, t) => ({ passed: sum.passed + t.passed, inProgress: sum.inProgress + t.inProgress, total: sum.total + t.total }),
    { passed: 0, inProgress: 0, total: 0 },
  );
  const perDay = new Map<string, number>();
  for (const entry of activity) perDay.set(entry.day, (perDay.get(entry.day) ?? 0) + entry.attempts);
  return {
    today,
    overall,
    tracks: trackReports,
    calendar: calendar(perDay, today),
    activeDays: [...perDay.values()].filter((n) => n > 0).length,
    streak: streak(perDay, today),
  };
}

function completion(keys: readonly MilestoneKey[], progress: (key: MilestoneKey) => MilestoneProgress): Completion {
  let passed = 0;
  let inProgress = 0;
  for (const key of keys) {
    const status = progress(key).status;
    if (status === 'passed') passed++;
    else if (status === 'in-progress') inProgress++;
  }
  return { passed, inProgress, total: keys.length };
}

function trackReport(track: Track, progress: (key: MilestoneKey) => MilestoneProgress, activity: readonly ActivityEntry[], today: string): TrackReport {
  const keys = milestonesOf(track).map((m) => m.key);
  const modules = track.modules.map((module) => ({
    id: module.id,
    title: module.title,
    ...completion(module.lessons.flatMap((l) => l.milestones.map((m) => m.key)), progress),
  }));
  const counts = completion(keys, progress);
  return { id: track.id, title: track.title, ...counts, modules, pace: pace(track, keys, progress, activity, today) };
}

/** The schedule in days, and where it came from. */
export function scheduleDaysOf(track: Track): { days: number; source: PaceReport['scheduleSource'] } {
  const schedule = track.schedule;
  if (schedule && 'days' in schedule) return { days: schedule.days, source: 'days' };
  if (schedule && 'weeks' in schedule) return { days: schedule.weeks * 7, source: 'weeks' };
  const perDay = schedule && 'minutesPerDay' in schedule ? schedule.minutesPerDay : DEFAULT_MINUTES_PER_DAY;
  const minutes = lessonsOf(track).reduce((sum, lesson) => sum + (lesson.estimate ?? DEFAULT_LESSON_MINUTES), 0);
  return { days: Math.max(1, Math.ceil(minutes / perDay)), source: 'estimates' };
}

function pace(
  track: Track,
  keys: readonly MilestoneKey[],
  progress: (key: MilestoneKey) => MilestoneProgress,
  activity: readonly ActivityEntry[],
  today: string,
): PaceReport {
  const { days: scheduleDays, source: scheduleSource } = scheduleDaysOf(track);
  const passDays = keys
    .map((key) => progress(key).firstPassedAt)
    .filter((time): time is string => time !== undefined)
    .map((time) => dayOf(new Date(time)))
    .sort();
  const workedDays = activity.filter((a) => a.attempts > 0).map((a) => a.day).sort();
  const started = [workedDays[0], passDays[0]].filter((d): d is string => d !== undefined).sort()[0];
  if (started === undefined) return { scheduleSource, scheduleDays, points: [], status: 'not-started' };

  const total = keys.length;
  const elapsed = Math.max(1, daysBetween(started, today) + 1);
  const points: PacePoint[] = [{ day: 0, passed: 0 }];
  let passed = 0;
  for (const day of passDays) {
    passed++;
    const index = Math.max(0, daysBetween(started, day));
    const last = points[points.length - 1]!;
    if (last.day === index) last.passed = passed;
    else points.push({ day: index, passed });
  }
  const todayIndex = elapsed - 1;
  if (points[points.length - 1]!.day < todayIndex) points.push({ day: todayIndex, passed });

  const plannedFinish = addDays(started, scheduleDays - 1);
  const report: PaceReport = {
    scheduleSource,
    scheduleDays,
    started,
    dayNumber: elapsed,
    planned: Math.min(total, (total * elapsed) / scheduleDays),
    points,
    plannedFinish,
    status: 'no-passes-yet',
  };
  if (total > 0 && passed >= total) {
    const finishedOn = passDays[passDays.length - 1]!;
    return { ...report, status: 'finished', finishedOn, projectedFinish: finishedOn, daysAhead: daysBetween(finishedOn, plannedFinish) };
  }
  if (passed === 0) return report;
  // The pace so far, in milestones a day, carried on to the last milestone.
  const daysNeeded = Math.ceil((total * elapsed) / passed);
  const projectedFinish = addDays(started, daysNeeded - 1);
  const daysAhead = daysBetween(projectedFinish, plannedFinish);
  return { ...report, projectedFinish, daysAhead, status: daysAhead > 0 ? 'ahead' : daysAhead === 0 ? 'on-track' : 'behind' };
}

function calendar(perDay: ReadonlyMap<string, number>, today: string): CalendarDay[] {
  const todayWeekday = weekdayOf(today);
  const first = addDays(today, -(todayWeekday + 7 * (CALENDAR_WEEKS - 1)));
  const days: CalendarDay[] = [];
  for (let i = 0; i < CALENDAR_WEEKS * 7; i++) {
    const day = addDays(first, i);
    days.push({ day, attempts: perDay.get(day) ?? 0, week: Math.floor(i / 7), weekday: i % 7, future: day > today });
  }
  return days;
}

function streak(perDay: ReadonlyMap<string, number>, today: string): number {
  let day = (perDay.get(today) ?? 0) > 0 ? today : addDays(today, -1);
  let count = 0;
  while ((perDay.get(day) ?? 0) > 0) {
    count++;
    day = addDays(day, -1);
  }
  return count;
}

// Days as `YYYY-MM-DD`, counted at noon so that a change of summer time never skips or repeats one.

function noonOf(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date, 12);
}

export function addDays(day: string, count: number): string {
  const at = noonOf(day);
  at.setDate(at.getDate() + count);
  return dayOf(at);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((noonOf(to).getTime() - noonOf(from).getTime()) / 86_400_000);
}

/** 0 Monday … 6 Sunday. */
export function weekdayOf(day: string): number {
  return (noonOf(day).getDay() + 6) % 7;
}
