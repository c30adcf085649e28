// The reader on classifieds and listing platforms (Leboncoin, Gumtree, Rightmove…): a channel the brief uses today,
// named so the catalogue reads it as its listings lever; and on a turnover season, a date to be ready, not busy.
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { channelNamed } from '../../src/knowledge/index.js';
import { readBrief } from '../../src/offline/reader/index.js';

const read = (text: string) => Brief.parse(readBrief(text, {}));

describe('listing platforms', () => {
  it('reads "55 % via Leboncoin et La Carte des Colocs" as two listing channels', () => {
    const brief = read(
      'Nido Coliving, colocations à Lille. Nos contacts viennent à 55 % via Leboncoin et La Carte des Colocs.',
    );
    const names = brief.channels.map((c) => c.name);
    expect(names).toContain('Leboncoin (annonces en ligne)');
    expect(names).toContain('La Carte des Colocs (annonces en ligne)');
    for (const name of names.filter((n) => n.includes('annonces')))
      expect(channelNamed(name)?.id).toBe('listings');
  });

  it('reads Gumtree in an English brief as a listing the catalogue knows', () => {
    const brief = read('Flat shares in Leeds. Most enquiries come from Gumtree and Rightmove.');
    const names = brief.channels.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Gumtree listings', 'Rightmove listings']));
    expect(channelNamed('Gumtree listings')?.id).toBe('listings');
  });
});

describe('turnover seasons', () => {
  it('reads "gros turnover en juin et en août-septembre" as a June date to be ready, no busy month', () => {
    const brief = read(
      'Colocations à Lille. Gros turnover en juin et en août-septembre (stages, rentrée, mutations).',
    );
    expect(brief.calendar.busyMonths).toEqual([]);
    expect(brief.calendar.deadlines).toContainEqual(expect.objectContaining({ month: 6 }));
  });

  it('reads "Summer is insane, we can\'t take more calls June to August" as busy June to August', () => {
    const brief = read(
      "Coolbreeze HVAC, Phoenix. Summer is insane, we can't take more calls June to August.",
    );
    expect(brief.calendar.busyMonths).toEqual([6, 7, 8]);
  });
});
