// A named annual event with its month (a fair, a festival, a salon) is a deadline with the brief's words, each event of a
// clause with its own month. Snippets hand-authored from review 3's publisher brief and the brewery fixture.
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { readBrief } from '../../src/offline/reader/index.js';

const read = (text: string) => Brief.parse(readBrief(text, { start: '2027-01' }));

describe('named annual events are deadlines', () => {
  it('reads both events of one clause, each with its month', () => {
    const brief = read(
      'Salon du livre et de la presse jeunesse de Montreuil (fin novembre) chaque année, Foire de Bologne (avril) pour les droits étrangers.',
    );
    expect(brief.calendar.deadlines).toContainEqual({ what: 'Foire de Bologne avril', month: 4 });
    expect(brief.calendar.deadlines.map((d) => d.month)).toContain(11);
  });

  it('reads a festival held every June', () => {
    const brief = read("On a le Festival du Pilat qu'on organise chaque juin (2 500 visiteurs).");
    const festival = brief.calendar.deadlines.find((d) => d.what.includes('Festival du Pilat'));
    expect(festival).toMatchObject({ month: 6 });
    expect(festival?.what).toContain('chaque juin');
  });

  it('reads "the festival we hold every June" in English', () => {
    const brief = read('We run the Harbour Beer festival every June.');
    expect(brief.calendar.deadlines.map((d) => d.month)).toContain(6);
  });
});
