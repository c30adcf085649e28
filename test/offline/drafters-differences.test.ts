// "Different briefs, different drafts": unrelated briefs get different plans — different titles, channels built on
// their own assets and goals — even though titles share the catalogue's reviewed wording.
import { describe, expect, it } from 'vitest';
import { BRIEF_NAMES, type BriefName, draftAll, jaccard, loadBrief } from './drafters-support.js';

const actionsOf = (name: BriefName) => draftAll(loadBrief(name)).prioritizer.actions;

const PAIRS = BRIEF_NAMES.flatMap((a, index) => BRIEF_NAMES.slice(index + 1).map((b) => [a, b] as const));

/**
 * Whole titles carry the company's name or its sector's noun, so two briefs never share one. Channel mixes: two
 * briefs may legitimately share channels (SEO, email), but not the whole plan; measured at most 0.70 (two local
 * B2C shops) when this was written.
 */
const MAX_TITLE_OVERLAP = 0;
const MAX_CHANNEL_OVERLAP = 0.75;

describe('different briefs, different drafts', () => {
  it.each(PAIRS)('%s and %s share no title and not their whole channel mix', (a, b) => {
    const [actionsA, actionsB] = [actionsOf(a), actionsOf(b)];
    expect(
      jaccard(new Set(actionsA.map((x) => x.title)), new Set(actionsB.map((x) => x.title))),
    ).toBeLessThanOrEqual(MAX_TITLE_OVERLAP);
    // Channel labels are in the brief's language: mixes are compared between briefs of one language.
    const mix = (list: typeof actionsA) => new Set(list.map((x) => x.channel.toLowerCase()));
    if (loadBrief(a).language === loadBrief(b).language) {
      expect(jaccard(mix(actionsA), mix(actionsB)), `${a} vs ${b}`).toBeLessThanOrEqual(MAX_CHANNEL_OVERLAP);
    }
  });

  it("each draft's titles carry its own company name, or its generic noun when it gives none", () => {
    for (const name of BRIEF_NAMES) {
      const brief = loadBrief(name);
      const titles = actionsOf(name).map((action) => action.title);
      const own = name === 'fr-sophrologue-sans-budget' ? 'votre activité' : brief.company.name;
      const specific = titles.filter((title) => title.toLowerCase().includes(own.toLowerCase()));
      expect(specific.length / titles.length, name).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('goal figures and competitors land where they belong, not in the other draft', () => {
    const saas = JSON.stringify(draftAll(loadBrief('en-saas')));
    const restaurant = draftAll(loadBrief('en-restaurant'));
    expect(saas).toContain('FreshBooks');
    expect(JSON.stringify(restaurant)).not.toContain('FreshBooks');
    expect(JSON.stringify(restaurant)).toContain('Lardo');
    expect(saas).not.toContain('Lardo');
    expect(saas).toContain('"unit":"USD"');
    // The rating goal is served by the reviews the restaurant already has.
    const rating = restaurant.prioritizer.actions.filter((action) => action.goalIds.includes('G2'));
    expect(rating.some((action) => action.title.includes('212 reviews'))).toBe(true);
  });
});
