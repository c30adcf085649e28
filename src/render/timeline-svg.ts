// Lays out the schedule as SVG geometry (numbers and plain text only); the HTML template draws and escapes it.
import { monthTickLabel } from './calendar-text.js';
import type { Schedule } from './document.js';

export interface TimelineBand {
  x: number;
  width: number;
  labelX: number;
  label: string;
  /** Colour slot 0..2 by position, so no input ever reaches a class name. */
  slot: number;
}

export interface TimelineTick {
  x: number;
  label: string;
}

export interface TimelineBar {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  textY: number;
  /** Shortened name drawn at the left of the row. */
  label: string;
  /** Full name, shown as the bar's tooltip. */
  title: string;
  slot: number;
}

export interface TimelineView {
  title: string;
  width: number;
  height: number;
  chartTop: number;
  chartLeft: number;
  bands: TimelineBand[];
  ticks: TimelineTick[];
  bars: TimelineBar[];
}

const WIDTH = 960;
const LABEL_WIDTH = 320;
const RIGHT_MARGIN = 16;
const CHART_TOP = 52;
const ROW_HEIGHT = 24;
const BAR_HEIGHT = 16;
const BOTTOM_MARGIN = 12;
const MAX_ROW_LABEL = 46;
/** Roughly the width of one character of the band labels, to shorten them to their band. */
const CHAR_WIDTH = 7;

const round = (value: number) => Math.round(value * 10) / 10;

export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return max <= 1
    ? '…'
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

export function layoutTimeline(
  schedule: Schedule,
  monthTick: (month: number) => string,
  language: 'fr' | 'en' = 'en',
): TimelineView {
  // Calendar ticks ("janv. 27") when the plan has a start month; the relative labels otherwise.
  const start = schedule.start;
  const tick = start ? (month: number) => monthTickLabel(start, month, language) : monthTick;
  const total = Number.isFinite(schedule.totalMonths) && schedule.totalMonths > 0 ? schedule.totalMonths : 1;
  const span = WIDTH - LABEL_WIDTH - RIGHT_MARGIN;
  const x = (month: number) => {
    const safe = Number.isFinite(month) ? Math.min(Math.max(month, 0), total) : 0;
    return round(LABEL_WIDTH + (safe / total) * span);
  };
  const rows = schedule.lanes.reduce((count, lane) => count + lane.items.length, 0);
  const height = CHART_TOP + Math.max(rows, 1) * ROW_HEIGHT + BOTTOM_MARGIN;

  const bands = schedule.lanes.map((lane, index) => {
    const left = x(lane.startMonth);
    const width = round(Math.max(x(lane.endMonth) - left, 0));
    return {
      x: left,
      width,
      labelX: round(left + 6),
      label: shorten(lane.label, Math.max(Math.floor((width - 12) / CHAR_WIDTH), 1)),
      slot: index % 3,
    };
  });

  // One tick a month on short plans, a quarter up to six years, then whole years: at most about 24 labels.
  const step = total <= 24 ? 1 : total <= 72 ? 3 : 12 * Math.ceil(total / (24 * 12));
  const ticks: TimelineTick[] = [];
  for (let month = 0; month <= Math.floor(total); month += step)
    ticks.push({ x: x(month), label: tick(month) });

  const bars: TimelineBar[] = [];
  let row = 0;
  schedule.lanes.forEach((lane, index) => {
    for (const item of lane.items) {
      // Each bar over the action's own months when known, else over its lane.
      const left = x(item.startMonth ?? lane.startMonth);
      const width = round(Math.max(x(item.endMonth ?? lane.endMonth) - left - 4, 2));
      const top = CHART_TOP + row * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
      const name = `${item.id} · ${item.title}`;
      bars.push({
        id: item.id,
        x: round(left + 2),
        y: round(top),
        width,
        height: BAR_HEIGHT,
        textY: round(top + BAR_HEIGHT - 4),
        label: shorten(name, MAX_ROW_LABEL),
        title: name,
        slot: index % 3,
      });
      row += 1;
    }
  });

  return {
    title: schedule.title,
    width: WIDTH,
    height,
    chartTop: CHART_TOP,
    chartLeft: LABEL_WIDTH,
    bands,
    ticks,
    bars,
  };
}
