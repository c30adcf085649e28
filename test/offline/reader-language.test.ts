// Language detection and the reader's term tables: the pieces the intake and the reader share.
import { describe, expect, it } from 'vitest';
import { READER_TERMS } from '../../src/knowledge/reader/reader-terms.js';
import { detectLanguage } from '../../src/language/index.js';
import { fold } from '../../src/offline/reader/text.js';

describe('detectLanguage', () => {
  it.each([
    ['Nous vendons des bougies artisanales et nous voulons doubler le chiffre.', 'fr'],
    ['We sell handmade candles and we want to double revenue.', 'en'],
    ['Budget : 18 000 € par an.', 'fr'],
    ['Budget: $5k per month.', 'en'],
    ["L'atelier d'Anne", 'fr'],
    ['SaaS B2B, 40 clients, churn 3 %', 'en'],
    ['Boulangerie à Nantes', 'fr'],
  ] as const)('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('needs evidence for French: an empty text is English', () => {
    expect(detectLanguage('')).toBe('en');
  });
});

describe('reader term tables', () => {
  it('load from YAML with every keyword folded, since matching folds the brief and not the keyword', () => {
    const keywords = [
      ...READER_TERMS.channels.flatMap((c) => c.keywords),
      ...READER_TERMS.goals.metrics.flatMap((m) => m.keywords),
      ...Object.values(READER_TERMS.signals.assets).flat(),
    ];
    expect(keywords.length).toBeGreaterThan(200);
    expect(keywords.filter((k) => fold(k) !== k)).toEqual([]);
  });

  it('give every channel one id and a name in both languages', () => {
    const ids = READER_TERMS.channels.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(READER_TERMS.channels.filter((c) => c.fr === '' || c.en === '')).toEqual([]);
  });
});
