// JSON and YAML briefs written the way people write them: synonyms, strings, maps and objects are mapped onto
// the Brief; what is not mapped is read as text, and the fields the file states win over that reading.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { readBriefSource } from '../../src/brief/index.js';
import { readBrief } from '../../src/offline/reader/index.js';
import { applyFrontMatter } from '../../src/pipeline/front-matter.js';
import { GOOD_BRIEFS } from './helpers.js';

const natural = (name: string) => readBriefSource(join(GOOD_BRIEFS, 'natural', name));

describe('natural-shape briefs', () => {
  it("maps a skincare brand's JSON export (company, description, objectives, team, channels as strings)", async () => {
    const source = await natural('skincare-export.json');
    expect(source).toMatchObject({ format: 'json', language: 'en', name: 'lune-sel', structured: null });
    const stated = source.frontMatter as Partial<Brief>;
    expect(stated.company).toEqual({
      name: 'Lune & Sel',
      description:
        'Organic skincare for sensitive skin, made in Brittany with seaweed extracts. Sold online and in 12 pharmacies.',
      // The offer, by the free-text reader's rules: a short noun phrase of what is sold.
      offer: 'Organic skincare for sensitive skin',
    });
    expect(stated.goals?.[0]).toMatchObject({
      target: 30000,
      baseline: 18000,
      unit: 'EUR',
      horizonMonths: 12,
    });
    expect(stated.goals?.[1]).toMatchObject({ target: 10000, baseline: 2300, metric: 'Instagram followers' });
    expect(stated.budget).toEqual({ amount: 1500, currency: 'EUR', periodMonths: 1 });
    expect(stated.channels).toEqual([
      { name: 'Instagram', metric: 'followers', value: 2300, status: null },
      { name: 'Newsletter', metric: 'subscribers', value: 1900, status: 'dormant' },
      { name: 'Pharmacies', metric: null, value: null, status: null },
    ]);
    expect(stated.competitors).toEqual(['La Rosée', 'Typology', 'Respire']);
    // A team in words is the reader's to count; the comment key is metadata, the notes are text.
    expect(stated).not.toHaveProperty('capacity');
    expect(source.body).toContain('Team: Two co-founders, about 10 hours a week for marketing between us');
    expect(source.body).toContain('Notes: Christmas is our biggest month.');
    expect(source.body).not.toContain('hand-authored');
  });

  it('maps a French YAML brief with accented keys, a channel map, goal objects and seasons', async () => {
    const source = await natural('atelier-velo.yaml');
    expect(source).toMatchObject({ format: 'yaml', language: 'fr', name: 'atelier-rayon' });
    const stated = source.frontMatter as Partial<Brief>;
    expect(stated.company).toMatchObject({
      name: 'Atelier Rayon',
      sector: 'réparation et entretien de vélos',
      offer: 'révisions, réparations, vélos reconditionnés',
      markets: ['Nantes'],
      businessModel: 'B2C',
    });
    expect(stated.audience).toBe('cyclistes urbains du centre de Nantes, souvent en vélo électrique');
    expect(stated.goals?.[0]).toMatchObject({ target: 120, baseline: 70, horizonMonths: 9 });
    expect(stated.goals?.[1]).toMatchObject({ target: 3, horizonMonths: 12 });
    expect(stated.budget).toEqual({ amount: 400, currency: 'EUR', periodMonths: 1 });
    expect(stated.channels).toContainEqual({ name: 'instagram', metric: null, value: 2300, status: null });
    expect(stated.channels).toContainEqual({
      name: 'newsletter',
      metric: 'abonnés',
      value: 850,
      status: 'dormant',
    });
    expect(stated.competitors).toEqual(['Decathlon', 'Cycles Martin']);
    expect(stated.calendar).toEqual({
      busyMonths: [4, 5, 6],
      deadlines: [{ what: 'Fête du vélo en juin', month: 6 }],
    });
    expect(stated.constraints).toEqual(['pas de publicité payante sur Facebook']);
  });

  it('maps a CRM-shaped JSON: nested company, goal objects with baseline and deadline, budget object, assets', async () => {
    const source = await natural('hr-saas.json');
    const stated = source.frontMatter as Partial<Brief>;
    expect(stated.company).toMatchObject({
      name: 'Staffwise',
      businessModel: 'B2B',
      markets: ['UK', 'Ireland'],
    });
    expect(stated.goals?.[0]).toMatchObject({
      target: 3_000_000,
      baseline: 1_800_000,
      unit: 'GBP',
      horizonMonths: 18,
    });
    expect(stated.goals?.[1]).toMatchObject({
      kind: 'awareness',
      metric: 'tracked prompts citing us',
      target: 10,
    });
    expect(stated.budget).toEqual({ amount: 120000, currency: 'GBP', periodMonths: 12 });
    expect(stated.capacity).toEqual({ people: 3, hoursPerWeek: 100 });
    expect(stated.channels?.map((c) => [c.name, c.status])).toEqual([
      ['LinkedIn', null],
      ['Webinars', 'active'],
      ['Blog', 'dormant'],
    ]);
    expect(stated.committedSpend).toEqual([
      { what: 'Retail Technology Show stand', amount: 18000, periodMonths: null },
    ]);
    expect(stated.assets?.map((a) => [a.kind, a.size])).toEqual([
      ['customer_base', 140],
      ['partners', 6],
    ]);
    expect(stated.profile).toBe('cmo');
    // Founded, head count and a competitor's pricing are not Brief fields: the reader gets them as words.
    expect(source.body).toContain('Company — founded: 2019');
    expect(source.body).toContain('Competitors — pricing: per user');
  });

  it('maps French keys nested under "société", goals as a map, and names existing assets from their keys', async () => {
    const source = await natural('presse-industrielle.json');
    const stated = source.frontMatter as Partial<Brief>;
    expect(stated.company).toMatchObject({
      name: 'Presses Vallet',
      markets: ['France', 'Allemagne', 'Italie'],
    });
    expect(stated.goals?.map((g) => [g.target, g.horizonMonths])).toEqual([
      [8, 24],
      [3, null],
    ]);
    expect(stated.budget).toEqual({ amount: 80000, currency: 'EUR', periodMonths: 12 });
    expect(stated.assets).toContainEqual({
      name: 'distribution',
      kind: 'distributors',
      size: 14,
      unit: 'agents commerciaux',
      dormant: false,
    });
    expect(stated.assets).toContainEqual({
      name: 'parc installé',
      kind: 'customer_base',
      size: 900,
      unit: 'presses',
      dormant: false,
    });
    expect(source.body).toContain('Historique: Entreprise familiale fondée en 1962');
  });

  it('takes a short YAML brief that states everything it holds as complete: no reading, no invented value', async () => {
    const source = await natural('yoga-teacher.yml');
    const brief = source.structured;
    expect(brief).not.toBeNull();
    expect(Brief.safeParse(brief).success).toBe(true);
    expect(brief).toMatchObject({
      company: {
        name: 'Yoga avec Claire',
        // The writer's own words for what is sold, kept whole; no description is invented from them.
        offer: 'group yoga classes and weekend retreats in Annecy',
        description: null,
        sector: null,
      },
      audience: null,
      capacity: { people: 1, hoursPerWeek: 5 },
      calendar: { busyMonths: [6, 7, 8], deadlines: [] },
      channels: [],
    });
    // "no budget" is a stated zero, not an unknown.
    expect(brief?.budget?.amount).toBe(0);
  });

  it('lets the fields a partial brief states win over what the offline reader finds in its words', async () => {
    const source = await natural('skincare-export.json');
    const reading = readBrief(source.body, { language: source.language });
    const merged = applyFrontMatter(reading, source.frontMatter);
    expect(merged.company.name).toBe('Lune & Sel');
    expect(merged.budget).toEqual({ amount: 1500, currency: 'EUR', periodMonths: 1 });
    expect(merged.goals.map((goal) => goal.target)).toEqual([30000, 10000]);
    expect(merged.channels.find((c) => c.name === 'Newsletter')?.status).toBe('dormant');
  });

  it('keeps the bundled JSON case (fr-saas-compta-json) a complete structured brief', async () => {
    const source = await readBriefSource(
      join(GOOD_BRIEFS, '../../../fixtures/cases/fr-saas-compta-json/brief.json'),
    );
    expect(source.structured).toMatchObject({
      company: { name: 'Truelle', businessModel: 'B2B', stage: 'growth' },
      budget: { amount: 240000, currency: 'EUR', periodMonths: 12 },
      capacity: { people: 4, hoursPerWeek: 140 },
      profile: 'executive',
      language: 'fr',
      horizonMonths: 12,
    });
    expect(source.structured?.goals.map((g) => [g.id, g.target, g.unit, g.baseline])).toEqual([
      ['G1', 2_000_000, 'EUR', 1_200_000],
      ['G2', 2, '%', 2.8],
    ]);
    expect(source.structured?.channels).toHaveLength(5);
  });
});
