// "Different briefs, different drafts": unrelated briefs must not get the same action list (issue 4's quality bar).
import { describe, expect, it } from 'vitest';
import { BRIEF_NAMES, type BriefName, draftAll, jaccard, loadBrief } from './drafters-support.js';

const titlesOf = (name: BriefName) =>
  draftAll(loadBrief(name)).prioritizer.actions.map((action) => action.title);

/** Function words carry no meaning about a company; every other title word counts, channel names included. */
const FUNCTION_WORDS = new Set([
  'the',
  'and',
  'for',
  'with',
  'from',
  'that',
  'les',
  'des',
  'pour',
  'avec',
  'sur',
  'aux',
  'par',
  'une',
  'dans',
]);

/** Title words of three letters or more, lower case: shared channel words ("Google", "SEO") count as overlap. */
const wordsOf = (titles: readonly string[]) =>
  new Set(
    titles.flatMap((title) =>
      title
        .toLowerCase()
        .split(/[^a-z0-9à-ÿ]+/)
        .filter((word) => word.length >= 3 && !FUNCTION_WORDS.has(word)),
    ),
  );

const PAIRS = BRIEF_NAMES.flatMap((a, index) => BRIEF_NAMES.slice(index + 1).map((b) => [a, b] as const));

/**
 * Thresholds. Whole titles: an action list "that would fit any company is a failure", so two unrelated briefs
 * may share at most one title in ten (a generic foundation such as tracking would be the only excuse).
 * Title words: channel names and verbs ("SEO", "rank … searches", "referral programme") legitimately recur when two
 * companies use the same channels. The worst case is the one-sentence brief, whose five organic actions are a
 * subset of the SaaS's fifteen (measured 0.305 when this was written): at most one title word in three may be
 * shared, so at least two in three are about each company's own name, offer, audience, market and platforms.
 */
const MAX_TITLE_OVERLAP = 0.1;
const MAX_WORD_OVERLAP = 1 / 3;

describe('different briefs, different drafts', () => {
  it.each(PAIRS)('%s and %s share few action titles and few title words', (a, b) => {
    const titlesA = titlesOf(a);
    const titlesB = titlesOf(b);
    const titleOverlap = jaccard(new Set(titlesA), new Set(titlesB));
    const wordOverlap = jaccard(wordsOf(titlesA), wordsOf(titlesB));
    console.log(
      `${a} vs ${b}: title Jaccard ${titleOverlap.toFixed(3)}, title-word Jaccard ${wordOverlap.toFixed(3)}`,
    );
    expect(titleOverlap).toBeLessThanOrEqual(MAX_TITLE_OVERLAP);
    expect(wordOverlap).toBeLessThanOrEqual(MAX_WORD_OVERLAP);
  });

  it("each draft's titles carry its own company, offer or audience", () => {
    for (const name of BRIEF_NAMES) {
      const brief = loadBrief(name);
      const own = [
        brief.company.name,
        ...(brief.company.offer ? [brief.company.offer.split(' ')[0]!] : []),
        'bicycles',
      ];
      const titles = titlesOf(name);
      const specific = titles.filter((title) =>
        own.some((word) => title.toLowerCase().includes(word.toLowerCase())),
      );
      expect(specific.length / titles.length).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('goal figures and competitors land where they belong, not in the other draft', () => {
    const saas = JSON.stringify(draftAll(loadBrief('en-saas')));
    const restaurant = JSON.stringify(draftAll(loadBrief('en-restaurant')));
    expect(saas).toContain('FreshBooks');
    expect(restaurant).not.toContain('FreshBooks');
    expect(restaurant).toContain('Lardo');
    expect(saas).not.toContain('Lardo');
    expect(saas).toContain('"unit":"USD"');
    expect(restaurant).toContain('"target":4.7');
  });
});
