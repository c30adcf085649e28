// roadmap.csv: one row per action (scheduled, not now, left out) with calendar months, quoted by csv-stringify.
import { stringify } from 'csv-stringify/sync';
import type { Roadmap } from '../arbiter/index.js';
import { exportLabelsFor } from './export-labels.js';

/** A number as a spreadsheet in the brief's locale reads it: no thousands separator, the locale's decimal mark. */
function plain(value: number | null, decimal: string): string {
  if (value === null || !Number.isFinite(value)) return '';
  const text = String(Math.round(value * 100) / 100);
  return decimal === ',' ? text.replace('.', ',') : text;
}

export function roadmapCsv(roadmap: Roadmap): string {
  const l = exportLabelsFor(roadmap.language);
  const h = l.headers;
  const rows: string[][] = [
    [h.id, h.title, h.horizon, h.start, h.end, h.goal, h.kpi, h.target, h.cost, h.effort, h.status, h.reason],
  ];
  for (const horizon of roadmap.horizons) {
    for (const a of horizon.actions) {
      rows.push([
        a.id,
        a.title,
        l.horizon[horizon.id],
        a.startDate ?? `M${a.startMonth + 1}`,
        a.endDate ?? `M${a.endMonth}`,
        a.goalIds.join(' '),
        a.kpi.metric,
        a.kpi.target === null ? '' : `${plain(a.kpi.target, l.decimal)}${a.kpi.unit ? ` ${a.kpi.unit}` : ''}`,
        plain(a.cost, l.decimal),
        plain(a.effortDays, l.decimal),
        l.status[a.status],
        a.rationale,
      ]);
    }
  }
  for (const where of ['deferred', 'excluded'] as const) {
    for (const a of roadmap[where]) {
      rows.push([
        a.id,
        a.title,
        l.horizon[where],
        '',
        '',
        a.goalIds.join(' '),
        '',
        '',
        plain(a.cost, l.decimal),
        plain(a.effortDays, l.decimal),
        a.code === 'stopped' ? l.status.stopped : l.status[where],
        a.reason,
      ]);
    }
  }
  // A byte-order mark so spreadsheet software reads the accents as UTF-8; every field quoted when it needs to be.
  return stringify(rows, {
    delimiter: l.delimiter,
    bom: true,
    record_delimiter: '\r\n',
    quoted_match: /^[=+\-@]/,
  });
}
