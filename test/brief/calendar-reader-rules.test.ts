// JSON/YAML seasons read by the free-text reader's calendar rules: a peak or turnover season is a time to be ready,
// only a season with no time (overloaded, nobody free) is busy, whatever the brief's format.
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../agents/brief.js';
import { readBusyMonths } from '../../src/brief/fields/read-calendar.js';
import { interpretBrief } from '../../src/brief/interpret-brief.js';

const calendarOf = (text: string) => {
  const source = interpretBrief(text, 'b.yaml');
  return ((source.structured ?? source.frontMatter) as Partial<Brief>).calendar;
};

describe('seasons of a YAML brief', () => {
  it('reads "gros turnover en juin et en août-septembre" as no busy month', () => {
    const calendar = calendarOf(
      'entreprise: Nido\nsaisonnalité: gros turnover en juin et en août-septembre (stages, rentrée, mutations)\n',
    );
    expect(calendar?.busyMonths ?? []).toEqual([]);
  });

  it('still reads an overloaded season as busy months', () => {
    expect(readBusyMonths("Summer is insane, we can't take more calls June to August")).toEqual([6, 7, 8]);
    expect(readBusyMonths('juillet-août : on est débordés')).toEqual([7, 8]);
  });

  it('still reads a plain list of months under a busy key', () => {
    expect(readBusyMonths(['juillet', 'août'])).toEqual([7, 8]);
    expect(readBusyMonths([6, 7])).toEqual([6, 7]);
  });

  it('reads a demand peak ("pic d\'inscriptions en juin") as no busy month', () => {
    expect(readBusyMonths("Pics d'inscriptions : juin-juillet et septembre")).toEqual([]);
  });
});
