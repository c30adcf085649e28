// A brief's "no X" (refusals.yaml + the catalogue's channel aliases) names channel X; a content rule names none.
import { describe, expect, it } from 'vitest';
import { refusalsOf } from '../../src/offline/reader/refusals.js';

const named = (constraint: string) => refusalsOf([constraint]).map((r) => [r.quote, [...r.channels].sort()]);

describe('refusals stated in a brief', () => {
  it('"No cold calling" and "pas de vente directe" name outbound prospecting, quoted in the brief words', () => {
    expect(named('No cold calling: the MD hates it.')).toEqual([['No cold calling', ['outbound']]]);
    expect(named('pas de vente directe')).toEqual([['pas de vente directe', ['outbound']]]);
  });
  it('"we don\'t do paid ads" names every paid channel', () => {
    expect(named("we don't do paid ads")[0]?.[1]).toEqual(['google_ads', 'linkedin_ads', 'meta_ads']);
  });
  it('a content rule naming a channel word far from its "no" refuses nothing', () => {
    expect(named('no link between drinking and social success')).toEqual([]);
    expect(named('pas de publicité comparative ni promotionnelle sur les actes')).toEqual([]);
  });
});
