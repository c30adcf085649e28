// roadmap.csv and roadmap.ics as the tools people import them with would read them: a CSV parser, an iCalendar parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Roadmap } from '../../src/arbiter/index.js';
import { applyDecision } from '../../src/living/index.js';
import { caseOutputs, makeRun } from './run-fixture.js';

const roadmapOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'roadmap.json'), 'utf8')) as Roadmap;

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      sequence: event.sequence,
      stamp: v.getFirstPropertyValue('dtstamp')?.toString() ?? null,
    };
  });
}

describe('roadmap.csv', () => {
  it('opens as a table with one row per action, calendar months and French headers for a French brief', async () => {
    const dir = await makeRun(await caseOutputs('fr-boulangerie-lyon'), '2027-01');
    const text = readFileSync(join(dir, 'roadmap.csv'), 'utf8');
    const rows = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    const roadmap = roadmapOf(dir);
    const all =
      roadmap.horizons.flatMap((h) => h.actions).length + roadmap.deferred.length + roadmap.excluded.length;
    expect(rows).toHaveLength(all);
    expect(Object.keys(rows[0]!)).toEqual([
      'id',
      'action',
      'horizon',
      'début',
      'fin',
      'objectif',
      'KPI',
      'cible',
      'coût',
      'effort (jours-personne)',
      'statut',
      'raison',
    ]);
    for (const row of rows.filter((r) => r.horizon !== 'Pas maintenant' && r.horizon !== 'Écartée')) {
      expect(row.début).toMatch(/^2027-(0[1-9]|1[0-2])$/);
      expect(row.fin! >= row.début!).toBe(true);
    }
    // Quotes, semicolons and line breaks inside a field survive the round trip.
    const a = roadmap.horizons.flatMap((h) => h.actions)[0]!;
    expect(rows.find((r) => r.id === a.id)?.raison).toBe(a.rationale);
  });

  it('uses commas and English headers for an English brief', async () => {
    const dir = await makeRun(await caseOutputs('en-saas-devtools'), '2027-01');
    const rows = parse(readFileSync(join(dir, 'roadmap.csv'), 'utf8'), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toContain('start');
    expect(rows.every((r) => r.id?.startsWith('A'))).toBe(true);
  });
});

describe('roadmap.ics', () => {
  it('parses as iCalendar: an all-day event per scheduled action and a review each quarter', async () => {
    const dir = await makeRun(await caseOutputs('fr-boulangerie-lyon'), '2027-01');
    const roadmap = roadmapOf(dir);
    const list = events(readFileSync(join(dir, 'roadmap.ics'), 'utf8'));
    const scheduled = roadmap.horizons.flatMap((h) => h.actions);
    expect(list.filter((e) => !e.uid.startsWith('review-'))).toHaveLength(scheduled.length);
    expect(list.filter((e) => e.uid.startsWith('review-')).map((e) => e.start)).toEqual([
      '2027-04-01',
      '2027-07-01',
      '2027-10-01',
      '2028-01-01',
    ]);
    for (const a of scheduled) {
      const event = list.find((e) => e.uid.startsWith(`${a.id.toLowerCase()}.`));
      expect(event).toMatchObject({ start: `${a.startDate}-01`, allDay: true });
    }
    expect(list.every((e) => e.stamp !== null)).toBe(true);
  });

  it('keeps the same UIDs in the next version and raises SEQUENCE, so a calendar updates rather than duplicates', async () => {
    const dir = await makeRun(await caseOutputs('fr-boulangerie-lyon'), '2027-01');
    const before = events(readFileSync(join(dir, 'roadmap.ics'), 'utf8'));
    const first = before.find((e) => !e.uid.startsWith('review-'))!;
    await applyDecision(
      dir,
      { kind: 'lock', actionId: 'A2', horizon: 'later', why: null },
      '2027-01-03T08:00:00.000Z',
    );
    const after = events(readFileSync(join(dir, 'roadmap.ics'), 'utf8'));
    expect(after.find((e) => e.uid === first.uid)).toBeDefined();
    expect(after.every((e) => e.sequence === 2)).toBe(true);
    expect(before.every((e) => e.sequence === 1)).toBe(true);
    const moved = after.find((e) => e.uid.startsWith('a2.'));
    expect((moved?.start ?? '') >= '2027-07-01').toBe(true);
  });
});
