// Language of a brief: `--lang` first, then the brief's own `language`, then detection from its words.
import { describe, expect, it } from 'vitest';
import { interpretBrief, readBriefSource } from '../../src/brief/index.js';
import { detectLanguage } from '../../src/language/index.js';
import { streamOf } from './helpers.js';

describe('detectLanguage', () => {
  it.each([
    ['Nous sommes une PME lyonnaise qui vend des logiciels de caisse aux boulangeries.', 'fr'],
    ["L'entreprise veut doubler son chiffre d'affaires en 12 mois avec un budget de 20 000 €.", 'fr'],
    ['Boulangerie à Lyon', 'fr'],
    ['We are a small company selling point-of-sale software to bakeries in Lyon.', 'en'],
    ['Our goal is to double revenue within 12 months on a budget of 20,000 EUR.', 'en'],
    ['Acme Analytics', 'en'],
  ])('%s → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe('language of a brief', () => {
  it('detects French and English briefs from their prose', async () => {
    const fr = await readBriefSource('-', {
      stdin: streamOf('Nous vendons du thé bio aux entreprises de Lyon.'),
    });
    const en = await readBriefSource('-', { stdin: streamOf('We sell organic tea to offices in Lyon.') });
    expect([fr.language, en.language]).toEqual(['fr', 'en']);
  });

  it('lets --lang win over detection', async () => {
    const source = await readBriefSource('-', {
      stdin: streamOf('Nous vendons du thé bio aux entreprises de Lyon.'),
      lang: 'en',
    });
    expect(source.language).toBe('en');
  });

  it("uses a JSON brief's own language over detection, and --lang over both", () => {
    const text = JSON.stringify({
      company: 'Acme',
      goals: ['We want more customers in the city'],
      language: 'fr',
    });
    expect(interpretBrief(text, '-').language).toBe('fr');
    const overridden = interpretBrief(text, '-', 'en');
    expect(overridden.language).toBe('en');
    expect(overridden.structured?.language).toBe('en');
  });

  it("detects a JSON brief's language from its values, not its English keys", () => {
    const text = JSON.stringify({
      company: { name: 'Atelier Vélo', description: 'Nous réparons des vélos à Nantes depuis dix ans' },
      goals: ['Doubler les révisions'],
    });
    expect(interpretBrief(text, '-').structured?.language).toBe('fr');
  });

  it('uses the language of partial front matter over the prose', () => {
    const source = interpretBrief('---\nlanguage: en\n---\nNous vendons du thé aux entreprises.\n', 'x.md');
    expect(source.language).toBe('en');
  });
});
