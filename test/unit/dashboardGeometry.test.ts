import * as assert from 'node:assert/strict';
import type { PaceReport } from '../../src/core/progress/progressReport';
import { heatLevel, paceLines, paceSentence, percent, ringDashes } from '../../src/webview/dashboard/geometry';

const formatDay = (day: string) => day;

describe('dashboard pictures', () => {
  it('splits a ring into passed and under-way arcs along its circumference', () => {
    const dashes = ringDashes(3, 1, 12, 10);
    assert.ok(Math.abs(dashes.circumference - 2 * Math.PI * 10) < 1e-9);
    assert.ok(Math.abs(dashes.passed - dashes.circumference / 4) < 1e-9);
    assert.ok(Math.abs(dashes.inProgress - dashes.circumference / 12) < 1e-9);
    assert.deepEqual(ringDashes(0, 0, 0, 10).passed, 0, 'an empty track draws nothing');
    assert.equal(percent(2, 3), 66, 'rounded down: 100% only when all is passed');
  });

  it('shades a day by quarters of the busiest day, blank when nothing was done', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 8].map((n) => heatLevel(n, 8)), [0, 1, 1, 2, 2, 4]);
    assert.equal(heatLevel(0, 0), 0);
  });

  const pace: PaceReport = {
    scheduleSource: 'days', scheduleDays: 10, started: '2026-11-01', dayNumber: 4, planned: 4,
    points: [{ day: 0, passed: 1 }, { day: 2, passed: 3 }, { day: 3, passed: 3 }],
    plannedFinish: '2026-11-10', projectedFinish: '2026-11-14', daysAhead: -4, status: 'behind',
  };

  it('draws the plan, the passes as steps, and the projection to the last milestone', () => {
    const lines = paceLines(pace, 10);
    assert.equal(lines.spanDays, 14, 'wide enough for the projected finish');
    assert.deepEqual(lines.plan, [{ x: 0, y: 0 }, { x: 10, y: 10 }]);
    assert.deepEqual(lines.actual, [{ x: 0, y: 1 }, { x: 2, y: 1 }, { x: 2, y: 3 }, { x: 3, y: 3 }]);
    assert.deepEqual(lines.projection, [{ x: 3, y: 3 }, { x: 13, y: 10 }]);
    assert.equal(lines.today, 3);
  });

  it('says where the learner stands and when they will finish, in words', () => {
    assert.equal(
      paceSentence(pace, 3, 10, formatDay),
      'Day 4 of 10: 3 of 10 passed, the plan expects 4 by today. At this pace you finish on 2026-11-14, 4 days after the plan (2026-11-10).',
    );
    assert.equal(paceSentence({ scheduleSource: 'estimates', scheduleDays: 3, points: [], status: 'not-started' }, 0, 5, formatDay), 'Not started yet. The schedule is about 3 days from the lessons\' estimates.');
    assert.match(paceSentence({ ...pace, status: 'finished', finishedOn: '2026-11-08', daysAhead: 2 }, 10, 10, formatDay), /^Finished on 2026-11-08, 2 days before the plan\.$/);
  });
});
