// The reader on time: a demand peak is no busy month (the team has time, buyers are there), a dead season is a lull,
// and dated events are deadlines with the brief's words and year. Snippets hand-authored from review 2's briefs.
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { readBrief } from '../../src/offline/reader/index.js';

const read = (text: string) => Brief.parse(readBrief(text, { start: '2027-01' }));

describe('busy, peak and dead seasons', () => {
  it('reads "spring is our peak" as a date to be ready for, never as busy months', () => {
    const brief = read('Winter (Nov-Feb) signups drop by half, spring is our peak.');
    expect(brief.calendar.busyMonths).toEqual([]);
    expect(brief.calendar.deadlines).toContainEqual({ what: 'spring is our peak', month: 3 });
  });

  it('reads a crunch when nobody is free as busy months', () => {
    const brief = read('Crunch expected March-April 2027, nobody else free then.');
    expect(brief.calendar.busyMonths).toEqual([3, 4]);
  });

  it('reads "summer is dead in the Nordics" as no busy month', () => {
    const brief = read('Seasonality: summer July-August is dead in the Nordics.');
    expect(brief.calendar.busyMonths).toEqual([]);
  });

  it('reads "Sep–Oct" as September and October, and a harvest intern as help, not a busy autumn', () => {
    expect(read('Sep–Oct are our busiest months, we are swamped.').calendar.busyMonths).toEqual([9, 10]);
    expect(read('Harvest September-October: nobody available.').calendar.busyMonths).toEqual([9, 10]);
    expect(read('Claire does 10 hours a week, plus a harvest intern in autumn.').calendar.busyMonths).toEqual(
      [],
    );
  });

  it('still reads "D\'avril à juin je suis débordé" as busy', () => {
    const brief = read("D'avril à juin je suis débordé, c'est la haute saison.");
    expect(brief.calendar.busyMonths).toEqual([4, 5, 6]);
  });
});

describe('dated events are deadlines', () => {
  it.each([
    [
      'Passer à 1 600 abonnés (ouverture des abonnements le 15 juin 2027).',
      { what: 'ouverture des abonnements le 15 juin 2027', month: 6 },
    ],
    [
      'We want to open Liverpool in September 2027 (target 300 subs there).',
      { what: 'We want to open Liverpool in September 2027', month: 9 },
    ],
    ['Launch date fixed: 12 May 2027 (PC).', { what: 'Launch date fixed: 12 May 2027', month: 5 }],
    [
      "1 500 abonnés au 31 décembre 2027 (0 aujourd'hui, lancement prévu mars 2027).",
      { what: 'lancement prévu mars 2027', month: 3 },
    ],
  ])('%s', (text, deadline) => {
    expect(read(text).calendar.deadlines).toContainEqual(deadline);
  });

  it('reads a half-year window as a deadline at its last month', () => {
    const brief = read(
      'Win NIS2 deals before the German NIS2 implementation deadlines push everyone to buy in H1 2027.',
    );
    expect(brief.calendar.deadlines[0]).toMatchObject({ month: 6 });
    expect(brief.calendar.deadlines[0]?.what).toContain('H1 2027');
  });
});
