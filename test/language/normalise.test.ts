// The shared language module: the folds its callers rely on, the stop-word data's validation, month names.
import { describe, expect, it } from 'vitest';
import data from '../../src/language/data/stop-words.json' with { type: 'json' };
import {
  contentWords,
  foldedWords,
  foldText,
  MONTH_ABBREVIATIONS,
  monthName,
  stopWords,
  stopWordsByLanguage,
} from '../../src/language/index.js';
import { readStopWordFile } from '../../src/language/stop-words.js';

describe('foldText', () => {
  it('lower-cases, strips accents and turns punctuation and apostrophes into single spaces', () => {
    expect(foldText("  D'Affaires — Café   Lumière !")).toBe('d affaires cafe lumiere');
    expect(foldText('l’offre « été »')).toBe('l offre ete');
  });

  it('reads & as a word when asked, and keeps the characters a caller names', () => {
    expect(foldText('R&D & Co', { ampersand: 'and' })).toBe('r and d and co');
    expect(foldText('B&B, booking.com; bouche-à-oreille', { keep: '&+.-' })).toBe(
      'b&b booking.com bouche-a-oreille',
    );
  });

  it('joins words with another separator, none at either end, and none at all when it is empty', () => {
    expect(foldText('-- Café Lumière & Co --', { separator: '-' })).toBe('cafe-lumiere-co');
    expect(foldText('What_we sell', { separator: '' })).toBe('whatwesell');
  });

  it('unfolds ligatures and full-width letters only with compatibility decomposition', () => {
    expect(foldText('ﬁnance ＡＢ', { compatibility: true })).toBe('finance ab');
    expect(foldText('ﬁnance ＡＢ')).toBe('nance');
  });
});

describe('words', () => {
  it('splits folded words and drops stop words and a trailing plural s', () => {
    expect(foldedWords('  Les campagnes, LinkedIn ')).toEqual(['les', 'campagnes', 'linkedin']);
    expect(contentWords('Lancer les campagnes LinkedIn', stopWords('title'))).toEqual([
      'lancer',
      'campagne',
      'linkedin',
    ]);
    expect(contentWords('the bus', stopWords('title'))).toEqual(['bus']);
  });

  it('keeps each list apart: a word of one use is not a stop word of another', () => {
    expect(stopWords('title').has('per')).toBe(false);
    expect(stopWords('title', 'titleComparison').has('per')).toBe(true);
    expect(stopWordsByLanguage('detection').fr.has('très')).toBe(true);
    expect(stopWordsByLanguage('detection').en.has('très')).toBe(false);
  });
});

describe('stop-word data', () => {
  const withTitle = (fr: string[]) => ({
    ...data,
    lists: { ...data.lists, title: { ...data.lists.title, fr } },
  });

  it('loads the shipped file', () => {
    expect(Object.keys(readStopWordFile(data))).toContain('filler');
  });

  it('refuses an unfolded word in a list compared with folded text, and a word listed twice', () => {
    expect(() => readStopWordFile(withTitle(['les', 'à']))).toThrow(/lists\.title\.fr\.1: a folded word/);
    expect(() => readStopWordFile(withTitle(['les', 'les']))).toThrow(/lists\.title\.fr: no word twice/);
  });
});

describe('month names', () => {
  it('names months 1 to 12 and writes any other number as itself', () => {
    expect(monthName(1, 'fr')).toBe('janvier');
    expect(monthName(12, 'en')).toBe('December');
    expect(monthName(13, 'en')).toBe('13');
    expect(MONTH_ABBREVIATIONS.fr[1]).toBe('févr.');
  });
});
