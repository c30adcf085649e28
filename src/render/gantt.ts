// The schedule as a Mermaid `gantt` block: horizons as sections, each action over its own calendar months from the
// plan's start (or, for a plan with no start month, months counted from a fixed epoch).
import type { Schedule } from './document.js';
import { singleLine } from './markdown-escape.js';

/** Month 0 of a plan with no start month. A fixed date, so the block never depends on when it was rendered. */
const EPOCH_YEAR = 2000;
/** Hostile inputs (a 10,000-month horizon) still produce valid four-digit years. */
const MAX_MONTH = 12 * 100;
const MAX_TITLE = 60;

interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

/** The first month of the axis as months since year 0: the plan's start, or January of the epoch year. */
function origin(start: string | null | undefined): number {
  const match = start ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(start) : null;
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : EPOCH_YEAR * 12;
}

function monthDate(month: number, base: number): YearMonthDay {
  const safe = Number.isFinite(month) ? Math.min(Math.max(month, 0), MAX_MONTH) : 0;
  const whole = Math.floor(safe);
  // A fraction of a month becomes days 1..27, so day + 1 is still a valid date in every month, February included.
  const day = 1 + Math.min(26, Math.round((safe - whole) * 28));
  const index = base + whole;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day };
}

const pad = (value: number) => String(value).padStart(2, '0');
const iso = (d: YearMonthDay) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

/**
 * Mermaid text: no characters its gantt grammar reads as syntax (`:` ends a title, `#`/`%` start entities, comments).
 * An apostrophe is turned into the typographic one (U+2019), which no part of the grammar reads, so "l'accueil" and
 * "Darrieux's site" stay words instead of becoming "l accueil" and "Darrieux s site".
 */
export function mermaidText(text: string): string {
  const clean = singleLine(
    text
      .replace(/'/g, '\u2019')
      // "Fiche Google : photos, services" keeps its break as a dash rather than running the words together.
      .replace(/\s*:\s+/g, ' – ')
      .replace(/[:;#%<>{}[\]"`\\|]/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(clean);
  return chars.length > MAX_TITLE
    ? `${chars
        .slice(0, MAX_TITLE - 1)
        .join('')
        .trimEnd()}…`
    : clean;
}

/** Mermaid task ids must be word characters; ids stay unique even if two differ only by punctuation. */
function taskIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.map((id, index) => {
    let base = id.replace(/[^A-Za-z0-9_]/g, '_');
    if (!/^[A-Za-z]/.test(base)) base = `t${index + 1}_${base}`;
    let candidate = base;
    for (let n = 2; seen.has(candidate); n += 1) candidate = `${base}_${n}`;
    seen.add(candidate);
    return candidate;
  });
}

/** A fenced ```mermaid block; empty horizons get no section, as Mermaid would draw an empty band. */
export function renderGantt(schedule: Schedule): string {
  const lanes = schedule.lanes.filter((lane) => lane.items.length > 0);
  const ids = taskIds(lanes.flatMap((lane) => lane.items.map((item) => item.id)));
  const lines = [
    '```mermaid',
    'gantt',
    `    title ${mermaidText(schedule.title)}`,
    '    dateFormat YYYY-MM-DD',
    '    axisFormat %m/%Y',
  ];
  let index = 0;
  const base = origin(schedule.start);
  for (const lane of lanes) {
    lines.push(`    section ${mermaidText(lane.label) || lane.horizonId}`);
    for (const item of lane.items) {
      // Each action over its own months when the arbiter gave them, else over its lane.
      const start = monthDate(item.startMonth ?? lane.startMonth, base);
      let end = monthDate(item.endMonth ?? lane.endMonth, base);
      if (iso(end) <= iso(start)) end = { ...start, day: start.day + 1 };
      // The id leads the title, so no title can begin with a gantt keyword such as `click` or `section`.
      const title = mermaidText(`${item.id} ${item.title}`) || (ids[index] ?? 'task');
      lines.push(`    ${title} :${ids[index]}, ${iso(start)}, ${iso(end)}`);
      index += 1;
    }
  }
  lines.push('```');
  return lines.join('\n');
}
