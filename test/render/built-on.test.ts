// "Why now" names what the brief says exists under an action: the right list, channel or review count, or nothing.
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../agents/brief.js';
import type { Candidate } from '../../src/arbiter/candidate.js';
import { builtOnFor, figureOf, formatGrouped } from '../../src/arbiter/reason-facts.js';
import { buildAnalyses } from './analyses-builder.js';

const base = buildAnalyses('en').brief;
const brief = (over: Partial<Brief>): Brief => ({ ...base, channels: [], assets: [], ...over });
/** Only the fields builtOnFor reads. */
const action = (channel: string, title: string) => ({ source: { channel, title } }) as unknown as Candidate;

describe('what an action builds on', () => {
  it('finds a dormant list by kind when the brief names it differently', () => {
    const b = brief({
      assets: [
        {
          name: 'old customer newsletter',
          kind: 'contact_list',
          size: 1900,
          unit: 'contacts',
          dormant: true,
        },
      ],
    });
    expect(builtOnFor(action('email', 'Monthly email to past clients'), b)).toEqual({
      name: 'old customer newsletter',
      size: 1900,
      unit: 'contacts',
      dormant: true,
    });
  });

  it('prefers the review count to the rating, and a review site to nothing', () => {
    const google = brief({
      channels: [
        { name: 'Fiche Google', metric: 'note moyenne', value: 4.6, status: null },
        { name: 'Fiche Google', metric: 'avis', value: 310, status: null },
      ],
    });
    expect(
      builtOnFor(action('collecte d’avis clients', 'Demander un avis à chaque client'), google),
    ).toMatchObject({
      size: 310,
      unit: 'avis',
    });
    const g2 = brief({ channels: [{ name: 'G2 / Capterra', metric: 'reviews', value: 340, status: null }] });
    expect(builtOnFor(action('customer reviews', 'Ask every customer for a review'), g2)?.name).toBe(
      'G2 / Capterra',
    );
  });

  it('claims nothing when no listed channel clearly matches', () => {
    const b = brief({ channels: [{ name: 'Fiche Google', metric: 'avis', value: 310, status: null }] });
    expect(builtOnFor(action('Google Ads', 'Search ads on high-intent searches'), b)).toBeNull();
    expect(builtOnFor(action('LinkedIn ads', 'LinkedIn ads to decision-makers'), brief({}))).toBeNull();
  });

  it('writes counts number first and ratings name first, grouped as each language does', () => {
    const en = (v: number) => formatGrouped(v, 'en');
    expect(figureOf({ name: 'list', size: 1900, unit: 'contacts', dormant: false }, en)).toBe(
      ' (1,900 contacts)',
    );
    expect(figureOf({ name: 'Google', size: 4.6, unit: 'note moyenne', dormant: false }, en)).toBe(
      ' (note moyenne 4.6)',
    );
    expect(figureOf({ name: 'list', size: null, unit: null, dormant: false }, en)).toBe('');
    expect(formatGrouped(1234567.5, 'fr')).toBe('1\u202f234\u202f567,5');
  });
});
