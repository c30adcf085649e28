// The offline reader on the eight fixture briefs, read as the pipeline reads them, against the hand-authored readings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { interpretBrief } from '../../src/brief/index.js';
import { readBrief } from '../../src/offline/reader/index.js';

const CASES = join(import.meta.dirname, '../../fixtures/cases');

/**
 * The hand-authored readings also list kinds of competitors ("Boulangeries de quartier"); the reader
 * keeps names only, so those are left out of what it must find.
 */
const KINDS = new Set([
  'Direct-to-consumer aligner brands',
  'Boulangeries de quartier',
  'Supermarchés (le dimanche)',
  'Appartements de particuliers sur Airbnb à Villard-de-Lans',
]);
/** The hand-authored reading completed a name from outside knowledge; the reader keeps the brief's word. */
const AS_WRITTEN: Readonly<Record<string, string>> = { 'Origin Coffee': 'Origin' };

interface Case {
  id: string;
  /** A complete structured brief skips the brief agent: the reader never sees it. */
  structured: boolean;
  /** The brief text as the pipeline hands it to the brief agent: the body, front matter split off. */
  body: string;
  /** The hand-authored reading, or the brief's own structured fields when it has no such answer. */
  expected: Brief;
}

function loadCase(id: string): Case {
  const dir = join(CASES, id);
  const file = readdirSync(dir).find((f) => f.startsWith('brief.'));
  if (file === undefined) throw new Error(`no brief in ${dir}`);
  const source = interpretBrief(readFileSync(join(dir, file), 'utf8'), join(dir, file));
  const answer = readdirSync(join(dir, 'answers')).includes('brief.json')
    ? Brief.parse(JSON.parse(readFileSync(join(dir, 'answers', 'brief.json'), 'utf8')).content)
    : source.structured;
  if (answer === null) throw new Error(`${id} has neither a hand-authored brief nor a structured one`);
  return { id, structured: source.structured !== null, body: source.body, expected: answer };
}

const all = readdirSync(CASES).sort().map(loadCase);
const cases = all.filter((c) => !c.structured);

describe('readBrief on the fixture briefs', () => {
  it('covers the eight fixture cases: those in prose, and structured briefs that need no reading', () => {
    expect(all).toHaveLength(8);
    expect(all.filter((c) => c.structured).map((c) => c.id)).toEqual(['en-saas-devtools', 'fr-saas-compta-json']);
  });

  for (const c of cases) {
    it(`${c.id}: name, profile, budget, team and competitors match the careful reading`, () => {
      const brief = Brief.parse(readBrief(c.body));
      expect(brief.language).toBe(c.expected.language);
      expect(brief.company.name).toBe(c.expected.company.name);
      expect(brief.profile).toBe(c.expected.profile);
      expect(brief.budget && { amount: brief.budget.amount, currency: brief.budget.currency }).toEqual(
        c.expected.budget && { amount: c.expected.budget.amount, currency: c.expected.budget.currency },
      );
      expect(brief.capacity?.people ?? null).toBe(c.expected.capacity?.people ?? null);
      const names = c.expected.competitors.filter((n) => !KINDS.has(n)).map((n) => AS_WRITTEN[n] ?? n);
      expect(brief.competitors).toEqual(names);
    });
  }

  it('reads maturity and budget period like the careful reading on every case', () => {
    const misses = cases.flatMap((c) => {
      const brief = readBrief(c.body);
      return brief.maturity === c.expected.maturity &&
        brief.budget?.periodMonths === c.expected.budget?.periodMonths
        ? []
        : [c.id];
    });
    expect(misses).toEqual([]);
  });
});
