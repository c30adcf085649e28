// Language detection and the sector and channel keyword tables: the pieces the intake, reader and drafters share.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/language/index.js';
import { detectSector, SECTORS } from '../../src/offline/knowledge/index.js';
import { CHANNELS } from '../../src/offline/reader/channel-table.js';
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

describe('sector table', () => {
  it('covers the sectors the drafters expect', () => {
    const ids = SECTORS.map((s) => s.slug);
    for (const id of [
      'retail_ecommerce',
      'saas',
      'food_restaurant',
      'hospitality_tourism',
      'health_wellness',
      'education_training',
      'professional_services',
      'construction_craft',
      'manufacturing_industry',
      'fintech_insurance',
      'real_estate',
      'beauty_fashion',
      'agriculture_food_production',
      'logistics',
      'nonprofit',
      'media_creative',
      'fitness_sport',
      'automotive',
      'energy',
    ]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes every keyword folded, since matching folds the text and not the keyword', () => {
    const keywords = [
      ...SECTORS.flatMap((s) => [...s.keywords, ...(s.strong ?? [])]),
      ...CHANNELS.flatMap((c) => c.keywords),
    ];
    expect(keywords.filter((k) => fold(k) !== k)).toEqual([]);
  });

  it.each([
    ['Restaurant italien à Lyon, 60 couverts, cuisine maison.', 'food_restaurant'],
    ['We run a yoga studio with 300 members.', 'fitness_sport'],
    ['Agence immobilière familiale : transactions et gestion locative.', 'real_estate'],
    ['Installateur de panneaux solaires et de pompes à chaleur.', 'energy'],
    ['Association qui collecte des dons pour les refuges animaliers.', 'nonprofit'],
    ['Garage indépendant : entretien, pneus, carrosserie.', 'automotive'],
  ] as const)('%s → %s', (text, id) => {
    expect(detectSector(text, 'fr')?.slug).toBe(id);
  });

  it('names no sector when no keyword is there', () => {
    expect(detectSector('Bonjour, voici notre projet.', 'fr')).toBeNull();
  });
});
