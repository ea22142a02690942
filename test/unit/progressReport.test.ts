import * as assert from 'node:assert/strict';
import type { Lesson, Milestone, Track } from '../../src/core/curriculum/model';
import type { ActivityEntry } from '../../src/core/progress/activity';
import type { MilestoneProgress } from '../../src/core/progress/milestoneProgress';
import { addDays, buildProgressReport, daysBetween, scheduleDaysOf, weekdayOf } from '../../src/core/progress/progressReport';

function lesson(track: string, id: string, milestones: number, estimate?: number): Lesson {
  const list: Milestone[] = Array.from({ length: milestones }, (_, i) => ({
    id: `m${i}`, key: `${track}/${id}/m${i}`, title: `M${i}`, kind: 'reflect', prompt: 'Why?',
  }));
  return { id, key: `${track}/${id}`, title: id, estimate, objectives: [], questions: [], text: '', dir: '', starterFiles: [], milestones: list };
}

function track(id: string, schedule?: Track['schedule']): Track {
  return {
    id, title: `Track ${id}`, order: 1, origin: 'builtin', dir: '', schedule,
    modules: [
      { id: 'one', title: 'One', lessons: [lesson(id, 'a', 2, 90), lesson(id, 'b', 3, 30)] },
      { id: 'two', title: 'Two', lessons: [lesson(id, 'c', 5)] },
    ],
  };
}

/** Noon local time, so the local day is the day written. */
function at(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12).toISOString();
}

function passedOn(day: string): MilestoneProgress {
  return { status: 'passed', attempts: 1, hintLevel: 0, firstPassedAt: at(day), lastAttemptAt: at(day) };
}

function report(records: Record<string, MilestoneProgress>, activity: ActivityEntry[], today: string, tracks = [track('t', { days: 10 })]) {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return buildProgressReport({
    tracks,
    progress: (key) => records[key] ?? { status: 'not-started', attempts: 0, hintLevel: 0 },
    activity,
    now: new Date(y, m - 1, d, 18),
  });
}

describe('progress report', () => {
  it('counts completion per track and per module', () => {
    const r = report({ 't/a/m0': passedOn('2026-11-02'), 't/b/m1': { status: 'in-progress', attempts: 2, hintLevel: 0 } }, [], '2026-11-03');
    assert.deepEqual(r.overall, { passed: 1, inProgress: 1, total: 10 });
    const [t] = r.tracks;
    assert.deepEqual([t!.passed, t!.inProgress, t!.total], [1, 1, 10]);
    assert.deepEqual(t!.modules.map((m) => [m.id, m.passed, m.inProgress, m.total]), [['one', 1, 1, 5], ['two', 0, 0, 5]]);
  });

  it('a track not started has no pace yet, only its schedule', () => {
    const pace = report({}, [], '2026-11-03').tracks[0]!.pace;
    assert.deepEqual(pace, { scheduleSource: 'days', scheduleDays: 10, points: [], status: 'not-started' });
  });

  it('places the learner against the schedule and projects the finish at their pace', () => {
    const activity = [
      { day: '2026-11-01', track: 't', attempts: 3 },
      { day: '2026-11-03', track: 't', attempts: 2 },
      { day: '2026-11-03', track: 'other', attempts: 9 },
    ];
    const records = { 't/a/m0': passedOn('2026-11-01'), 't/a/m1': passedOn('2026-11-03'), 't/b/m0': passedOn('2026-11-03') };
    const pace = report(records, activity, '2026-11-04').tracks[0]!.pace;
    assert.equal(pace.started, '2026-11-01');
    assert.equal(pace.dayNumber, 4);
    assert.equal(pace.planned, 4, '10 milestones over 10 days: 4 by day 4');
    assert.deepEqual(pace.points, [{ day: 0, passed: 1 }, { day: 2, passed: 3 }, { day: 3, passed: 3 }]);
    assert.equal(pace.plannedFinish, '2026-11-10');
    // 3 passed in 4 days: 10 need 14 days.
    assert.equal(pace.projectedFinish, '2026-11-14');
    assert.equal(pace.daysAhead, -4);
    assert.equal(pace.status, 'behind');
  });

  it('says ahead when the pace beats the plan, and finished once every milestone passed', () => {
    const records: Record<string, MilestoneProgress> = {};
    for (const key of ['a/m0', 'a/m1', 'b/m0', 'b/m1', 'b/m2']) records[`t/${key}`] = passedOn('2026-11-01');
    const ahead = report(records, [{ day: '2026-11-01', track: 't', attempts: 5 }], '2026-11-02').tracks[0]!.pace;
    assert.equal(ahead.projectedFinish, '2026-11-04');
    assert.equal(ahead.status, 'ahead');
    assert.equal(ahead.daysAhead, 6);
    for (const key of ['c/m0', 'c/m1', 'c/m2', 'c/m3', 'c/m4']) records[`t/${key}`] = passedOn('2026-11-05');
    const done = report(records, [], '2026-11-09').tracks[0]!.pace;
    assert.equal(done.status, 'finished');
    assert.equal(done.finishedOn, '2026-11-05');
    assert.equal(done.daysAhead, 5);
  });

  it('takes the schedule from the track, or from its lessons\' estimates', () => {
    assert.deepEqual(scheduleDaysOf(track('t', { weeks: 3 })), { days: 21, source: 'weeks' });
    // 90 + 30 + 60 (no estimate) minutes.
    assert.deepEqual(scheduleDaysOf(track('t')), { days: 3, source: 'estimates' });
    assert.deepEqual(scheduleDaysOf(track('t', { minutesPerDay: 20 })), { days: 9, source: 'estimates' });
  });

  it('lays out a calendar of whole weeks ending with this one, with the attempts of each day', () => {
    const activity = [
      { day: '2026-11-18', track: 't', attempts: 2 },
      { day: '2026-11-18', track: 'u', attempts: 1 },
      { day: '2026-11-19', track: 't', attempts: 4 },
      { day: '2026-11-20', track: 't', attempts: 1 },
    ];
    const r = report({}, activity, '2026-11-20', [track('t'), track('u')]);
    assert.equal(r.calendar.length % 7, 0);
    assert.equal(r.calendar[0]!.weekday, 0, 'weeks start on Monday');
    assert.equal(weekdayOf(r.calendar[0]!.day), 0);
    const byDay = new Map(r.calendar.map((c) => [c.day, c]));
    assert.equal(byDay.get('2026-11-18')!.attempts, 3);
    assert.equal(byDay.get('2026-11-20')!.future, false);
    assert.equal(byDay.get('2026-11-21')!.future, true);
    assert.equal(r.activeDays, 3);
    assert.equal(r.streak, 3);
  });

  it('counts days across a change of summer time', () => {
    assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2);
    assert.equal(addDays('2026-10-24', 2), '2026-10-26');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  });
});
