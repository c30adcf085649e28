// The offer of a JSON/YAML brief: an offer stated in its own field is kept whole; otherwise the free-text reader's rules read
// it from the description (review 2, D3): a short noun phrase, else unknown.
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../agents/brief.js';
import { emptyBrief } from '../../src/brief/empty-brief.js';
import { interpretBrief } from '../../src/brief/interpret-brief.js';
import { applyFrontMatter } from '../../src/pipeline/front-matter.js';

const companyOf = (document: object) => {
  const source = interpretBrief(JSON.stringify(document), 'b.json');
  return ((source.structured ?? source.frontMatter) as Partial<Brief>).company;
};

describe('the offer of a JSON or YAML brief', () => {
  it('keeps an offer stated in its own field whole: its tiers and pricing are the writer’s words', () => {
    const offer =
      'logiciel de gestion de chantier pour les entreprises du BTP (planning, pointage, photos), abonnement annuel par utilisateur';
    const company = companyOf({ company: 'Chantierly', offre: offer, goals: ['ARR de 4,5 M€ à 6 M€ en 12 mois'] });
    expect(company?.offer).toBe(offer);
  });

  it('reads the offer in the description, never in a note of claims', () => {
    const company = companyOf({
      company: 'Lumen & Moss',
      description:
        'Independent skincare brand from Edinburgh: fragrance-free moisturisers, serums and cleansers for sensitive skin, sold direct to consumers on our Shopify store.',
      objectives: ['Raise the repeat purchase rate from 22% to 30% within 12 months'],
      notes: 'Dermatologist-tested, vegan, B Corp application in progress.',
    });
    expect(company?.offer).toBe('Independent skincare brand');
  });

  it('says the offer is unknown when the description names none, and that null wins over a guess', () => {
    const company = companyOf({
      company: 'Lumen & Moss',
      description: 'Founded in 2019 by two friends who love tea.',
      goals: ['Sign 20 cafés in 12 months'],
      notes: 'Dermatologist-tested, vegan, B Corp application in progress.',
    });
    expect(company?.offer).toBeNull();
    const guessed = emptyBrief('Lumen & Moss', 'en');
    const merged = applyFrontMatter(
      {
        ...guessed,
        company: { ...guessed.company, offer: 'Dermatologist-tested, vegan, B Corp application in progress' },
      },
      { company },
    );
    expect(merged.company.offer).toBeNull();
  });

  it("reads the offer in a description that says what is sold ('We sell …')", () => {
    const company = companyOf({
      name: 'Kiln & Co',
      description: 'We sell handmade stoneware mugs to cafés in Bristol.',
      goals: ['Sign 20 cafés in 12 months'],
    });
    expect(company?.offer).toMatch(/^handmade stoneware mugs/);
  });
});
