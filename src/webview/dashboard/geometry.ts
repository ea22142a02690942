/**
 * The arithmetic behind the dashboard's pictures, apart from the DOM so it can be tested in plain
 * Node: ring arcs, the pace chart's lines, the calendar's shades and the sentences beside them.
 */
import * as l10n from '@vscode/l10n';
import type { PaceReport, ProgressReport } from '../../protocol/dashboardProtocol';

export interface Point {
  x: number;
  y: number;
}

/** A ring's two arcs as stroke dash lengths along its circumference. */
export function ringDashes(passed: number, inProgress: number, total: number, radius: number): { circumference: number; passed: number; inProgress: number } {
  const circumference = 2 * Math.PI * radius;
  if (total <= 0) return { circumference, passed: 0, inProgress: 0 };
  return { circumference, passed: (circumference * passed) / total, inProgress: (circumference * inProgress) / total };
}

export function percent(passed: number, total: number): number {
  return total <= 0 ? 0 : Math.floor((100 * passed) / total);
}

export interface PaceLines {
  /** Days the x axis spans. */
  spanDays: number;
  total: number;
  plan: [Point, Point];
  /** The learner's passes so far, as a step line. */
  actual: Point[];
  /** From today on at the learner's pace, when there is one. */
  projection?: [Point, Point];
  today?: number;
}

/** The pace chart in data units: x in days from the start, y in milestones passed. */
export function paceLines(pace: PaceReport, total: number): PaceLines {
  const projectedDays = pace.started && pace.projectedFinish ? daysBetween(pace.started, pace.projectedFinish) + 1 : 0;
  const today = pace.dayNumber;
  const spanDays = Math.max(pace.scheduleDays, projectedDays, today ?? 0, 1);
  const actual: Point[] = [];
  for (const point of pace.points) {
    const previous = actual[actual.length - 1];
    if (previous && previous.y !== point.passed) actual.push({ x: point.day, y: previous.y });
    actual.push({ x: point.day, y: point.passed });
  }
  const last = actual[actual.length - 1];
  const lines: PaceLines = { spanDays, total, plan: [{ x: 0, y: 0 }, { x: pace.scheduleDays, y: total }], actual };
  if (today !== undefined) lines.today = today - 1;
  if (last && pace.projectedFinish && pace.status !== 'finished' && projectedDays > 0) {
    lines.projection = [last, { x: projectedDays - 1, y: total }];
  }
  return lines;
}

/** What the pace chart says, in words, for the caption and for screen readers. */
export function paceSentence(pace: PaceReport, passed: number, total: number, formatDay: (day: string) => string): string {
  const days = pace.scheduleDays;
  const schedule = pace.scheduleSource === 'estimates'
    ? (days === 1 ? l10n.t('about 1 day from the lessons\' estimates') : l10n.t('about {0} days from the lessons\' estimates', days))
    : (days === 1 ? l10n.t('1 day') : l10n.t('{0} days', days));
  switch (pace.status) {
    case 'not-started':
      return l10n.t('Not started yet. The schedule is {0}.', schedule);
    case 'no-passes-yet':
      return l10n.t('Day {0} of {1}. Pass a milestone to see when you will finish; the plan ends on {2}.', pace.dayNumber ?? 0, days, formatDay(pace.plannedFinish!));
    case 'finished':
      return l10n.t('Finished on {0}, {1}.', formatDay(pace.finishedOn!), describeLead(pace.daysAhead ?? 0, l10n.t('the plan')));
    default: {
      const planned = Math.floor(pace.planned ?? 0);
      return l10n.t('Day {0} of {1}: {2} of {3} passed, the plan expects {4} by today.', pace.dayNumber ?? 0, days, passed, total, planned) + ' ' +
        l10n.t('At this pace you finish on {0}, {1}.', formatDay(pace.projectedFinish!), describeLead(pace.daysAhead ?? 0, l10n.t('the plan ({0})', formatDay(pace.plannedFinish!))));
    }
  }
}

function describeLead(daysAhead: number, what: string): string {
  if (daysAhead === 0) return l10n.t('on the day of {0}', what);
  const days = Math.abs(daysAhead);
  if (daysAhead > 0) return days === 1 ? l10n.t('1 day before {0}', what) : l10n.t('{0} days before {1}', days, what);
  return days === 1 ? l10n.t('1 day after {0}', what) : l10n.t('{0} days after {1}', days, what);
}

/** 0 for no attempts, then 1–4 by quarters of the busiest day shown. */
export function heatLevel(attempts: number, busiest: number): number {
  if (attempts <= 0 || busiest <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((4 * attempts) / busiest)));
}

export function calendarSentence(report: ProgressReport): string {
  const shown = report.calendar.filter((c) => !c.future && c.attempts > 0).length;
  const weeks = Math.ceil(report.calendar.length / 7);
  const active = shown === 1 ? l10n.t('Active on 1 day in the last {0} weeks.', weeks) : l10n.t('Active on {0} days in the last {1} weeks.', shown, weeks);
  return report.streak > 1 ? `${active} ${l10n.t('You have worked {0} days in a row.', report.streak)}` : active;
}

function daysBetween(from: string, to: string): number {
  const noon = (day: string) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return new Date(y, m - 1, d, 12).getTime();
  };
  return Math.round((noon(to) - noon(from)) / 86_400_000);
}
