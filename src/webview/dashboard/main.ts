/**
 * The progress dashboard page: draws the report the extension sends as pictures (a ring and module
 * bars per track, a pace line against the track's schedule, a calendar of days worked) in SVG
 * coloured by the theme's own `--vscode-*` variables. Every picture has its sentence beside it.
 * Never imports 'vscode': it only speaks the messages of dashboardProtocol.ts.
 */
import * as l10n from '@vscode/l10n';
import '../translations';
import type { CalendarDay, DashboardRequest, DashboardUpdate, ProgressReport, TrackReport } from '../../protocol/dashboardProtocol';
import { calendarSentence, heatLevel, paceLines, paceSentence, percent, ringDashes } from './geometry';

interface VsCodeApi {
  postMessage(message: DashboardRequest): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const SVG = 'http://www.w3.org/2000/svg';
/** Monday to Sunday, short, in the learner's language (2024-01-01 was a Monday). */
const weekdays = () => [1, 2, 3, 4, 5, 6, 7].map((day) => new Date(2024, 0, day).toLocaleDateString(document.documentElement.lang || undefined, { weekday: 'short' }));

type Attributes = Record<string, string | number>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

function svg(tag: string, attributes: Attributes = {}, ...children: Array<Node | string>): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

function titled(node: SVGElement, text: string): SVGElement {
  node.prepend(svg('title', {}, text));
  return node;
}

function localDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

function formatDay(day: string): string {
  return localDate(day).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

/** Tracks the learner has begun come first, in full; the others wait in a short list below. */
function render(report: ProgressReport): void {
  const root = document.getElementById('root')!;
  const { overall } = report;
  const begun = report.tracks.filter((t) => t.passed + t.inProgress > 0 || t.pace.status !== 'not-started');
  const waiting = report.tracks.filter((t) => !begun.includes(t));
  const header = el('header', {},
    el('h1', {}, l10n.t('Your progress')),
    el('p', { class: 'lead' }, report.tracks.length === 1
      ? l10n.t('{0} of {1} milestones passed across 1 track.', overall.passed, overall.total)
      : l10n.t('{0} of {1} milestones passed across {2} tracks.', overall.passed, overall.total, report.tracks.length)),
  );
  const days = el('section', { class: 'card', 'aria-labelledby': 'days-title' },
    el('h2', { id: 'days-title' }, l10n.t('Days you worked')),
    calendar(report),
    el('p', { class: 'caption' }, calendarSentence(report)),
  );
  const parts: HTMLElement[] = [header];
  if (begun.length > 0) parts.push(el('section', { 'aria-label': l10n.t('Tracks under way') }, ...begun.map(trackCard)));
  parts.push(days);
  if (waiting.length > 0) parts.push(waitingTracks(waiting, begun.length > 0));
  root.replaceChildren(...parts);
}

function continueButton(track: TrackReport): HTMLButtonElement {
  const [label, spoken] = track.passed === track.total && track.total > 0 ? [l10n.t('Review'), l10n.t('Review {0}', track.title)]
    : track.passed + track.inProgress > 0 ? [l10n.t('Continue'), l10n.t('Continue {0}', track.title)]
    : [l10n.t('Start'), l10n.t('Start {0}', track.title)];
  const button = el('button', { type: 'button', class: 'continue', 'aria-label': spoken }, label);
  button.addEventListener('click', () => vscode.postMessage({ type: 'continueTrack', trackId: track.id }));
  return button;
}

function waitingTracks(tracks: TrackReport[], others: boolean): HTMLElement {
  const list = el('ul', { class: 'waiting' }, ...tracks.map((track) => el('li', {},
    el('span', { class: 'waiting-title' }, track.title),
    el('span', { class: 'caption' }, track.pace.scheduleDays === 1 ? l10n.t('{0} milestones · 1 day planned', track.total) : l10n.t('{0} milestones · {1} days planned', track.total, track.pace.scheduleDays)),
    continueButton(track),
  )));
  return el('section', { class: 'card', 'aria-labelledby': 'waiting-title' },
    el('h2', { id: 'waiting-title' }, others ? l10n.t('Not started yet') : l10n.t('Where to begin')),
    list,
  );
}

function trackCard(track: TrackReport): HTMLElement {
  const titleId = `track-${track.id}`;
  return el('article', { class: 'card track', 'aria-labelledby': titleId },
    el('div', { class: 'track-head' },
      ring(track),
      el('div', { class: 'track-title' },
        el('h2', { id: titleId }, track.title),
        el('p', { class: 'caption' }, track.inProgress
          ? l10n.t('{0} of {1} milestones passed, {2} under way.', track.passed, track.total, track.inProgress)
          : l10n.t('{0} of {1} milestones passed.', track.passed, track.total)),
        continueButton(track),
      ),
    ),
    el('h3', {}, l10n.t('Modules')),
    moduleBars(track),
    el('h3', {}, l10n.t('Pace')),
    paceChart(track),
  );
}

function ring(track: TrackReport): SVGElement {
  const radius = 26;
  const dashes = ringDashes(track.passed, track.inProgress, track.total, radius);
  const arc = (cls: string, length: number, offset: number) => svg('circle', {
    class: cls, cx: 32, cy: 32, r: radius, fill: 'none', 'stroke-width': 8,
    'stroke-dasharray': `${length} ${dashes.circumference - length}`, 'stroke-dashoffset': -offset, transform: 'rotate(-90 32 32)',
  });
  const share = percent(track.passed, track.total);
  return svg('svg', { class: 'ring', viewBox: '0 0 64 64', width: 64, height: 64, role: 'img', 'aria-label': l10n.t('{0}% of {1} passed', share, track.title) },
    svg('circle', { class: 'ring-rest', cx: 32, cy: 32, r: radius, fill: 'none', 'stroke-width': 8 }),
    arc('ring-passed', dashes.passed, 0),
    arc('ring-started', dashes.inProgress, dashes.passed),
    svg('text', { x: 32, y: 32, 'text-anchor': 'middle', 'dominant-baseline': 'central', class: 'ring-label' }, `${share}%`),
  );
}

function moduleBars(track: TrackReport): HTMLElement {
  const list = el('ul', { class: 'modules' });
  for (const module of track.modules) {
    const width = 100;
    const passed = module.total ? (width * module.passed) / module.total : 0;
    const started = module.total ? (width * module.inProgress) / module.total : 0;
    const bar = svg('svg', { class: 'bar', viewBox: `0 0 ${width} 8`, preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
      svg('rect', { class: 'bar-rest', x: 0, y: 0, width, height: 8, rx: 2 }),
      svg('rect', { class: 'bar-passed', x: 0, y: 0, width: passed, height: 8, rx: 2 }),
      svg('rect', { class: 'bar-started', x: passed, y: 0, width: started, height: 8 }),
    );
    list.append(el('li', {},
      el('span', { class: 'module-title' }, module.title),
      el('span', { class: 'module-count' }, l10n.t('{0} of {1} passed', module.passed, module.total)),
      bar,
    ));
  }
  return list;
}

function paceChart(track: TrackReport): HTMLElement {
  const sentence = paceSentence(track.pace, track.passed, track.total, formatDay);
  const figure = el('figure', { class: 'pace' });
  if (track.pace.status !== 'not-started' && track.total > 0) {
    const lines = paceLines(track.pace, track.total);
    const [w, h, left, bottom, top, right] = [320, 140, 28, 20, 8, 8];
    const x = (day: number) => left + ((w - left - right) * day) / lines.spanDays;
    const y = (passed: number) => h - bottom - ((h - bottom - top) * passed) / lines.total;
    const points = (list: Array<{ x: number; y: number }>) => list.map((p) => `${x(p.x).toFixed(1)},${y(p.y).toFixed(1)}`).join(' ');
    const chart = svg('svg', { class: 'pace-chart', viewBox: `0 0 ${w} ${h}`, role: 'img', 'aria-label': sentence },
      svg('line', { class: 'axis', x1: left, y1: y(0), x2: w - right, y2: y(0) }),
      svg('line', { class: 'axis', x1: left, y1: y(0), x2: left, y2: top }),
      svg('text', { class: 'tick', x: left - 4, y: y(lines.total), 'text-anchor': 'end', 'dominant-baseline': 'central' }, String(lines.total)),
      svg('text', { class: 'tick', x: left - 4, y: y(0), 'text-anchor': 'end', 'dominant-baseline': 'central' }, '0'),
      svg('text', { class: 'tick', x: left, y: h - 4 }, 'day 1'),
      svg('text', { class: 'tick', x: w - right, y: h - 4, 'text-anchor': 'end' }, l10n.t('day {0}', lines.spanDays)),
      titled(svg('polyline', { class: 'plan', points: points(lines.plan), fill: 'none' }), l10n.t('The schedule')),
    );
    if (lines.today !== undefined) {
      chart.append(titled(svg('line', { class: 'today', x1: x(lines.today), y1: top, x2: x(lines.today), y2: y(0) }), l10n.t('Today')));
    }
    if (lines.projection) chart.append(titled(svg('polyline', { class: 'projection', points: points(lines.projection), fill: 'none' }), l10n.t('At your pace')));
    chart.append(titled(svg('polyline', { class: 'actual', points: points(lines.actual), fill: 'none' }), l10n.t('Milestones you passed')));
    const last = lines.actual[lines.actual.length - 1];
    if (last) chart.append(titled(svg('circle', { class: 'here', cx: x(last.x), cy: y(last.y), r: 3.5 }), l10n.t('You are here')));
    figure.append(chart, legend([['plan', l10n.t('schedule')], ['actual', l10n.t('passed')], ['projection', l10n.t('at your pace')]]));
  }
  figure.append(el('figcaption', { class: 'caption' }, sentence));
  return figure;
}

function legend(entries: Array<[string, string]>): HTMLElement {
  return el('p', { class: 'legend', 'aria-hidden': 'true' }, ...entries.map(([cls, text]) =>
    el('span', {}, svg('svg', { viewBox: '0 0 16 4', width: 16, height: 4 }, svg('line', { class: cls, x1: 0, y1: 2, x2: 16, y2: 2 })), ` ${text}`)));
}

function calendar(report: ProgressReport): SVGElement {
  const cell = 11;
  const gap = 3;
  const left = 28;
  const weeks = Math.ceil(report.calendar.length / 7);
  const busiest = Math.max(0, ...report.calendar.map((c) => c.attempts));
  const width = left + weeks * (cell + gap);
  const height = 7 * (cell + gap);
  const chart = svg('svg', { class: 'calendar', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': calendarSentence(report) });
  for (const [i, name] of weekdays().entries()) {
    if (i % 2 === 1) continue;
    chart.append(svg('text', { class: 'tick', x: 0, y: i * (cell + gap) + cell - 1 }, name));
  }
  for (const day of report.calendar) chart.append(calendarCell(day, busiest, left, cell, gap));
  return chart;
}

function calendarCell(day: CalendarDay, busiest: number, left: number, cell: number, gap: number): SVGElement {
  const level = day.future ? 'future' : `level-${heatLevel(day.attempts, busiest)}`;
  const label = localDate(day.day).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
  return titled(svg('rect', {
    class: `day ${level}`, x: left + day.week * (cell + gap), y: day.weekday * (cell + gap), width: cell, height: cell, rx: 2,
  }), day.future ? label : `${label}: ${day.attempts} attempt${day.attempts === 1 ? '' : 's'}`);
}

window.addEventListener('message', (event: MessageEvent<DashboardUpdate>) => {
  if (event.data?.type === 'report') render(event.data.report);
});
vscode.postMessage({ type: 'ready' });
