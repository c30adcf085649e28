// The knowledge files as reviewed data: valid at load, a source on every benchmark row, ids that resolve, and a
// sector only when the brief names it with confidence.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load as parseYaml } from 'js-yaml';
import type { Brief } from '../../agents/brief.js';
import { detectSector, goalIntent, KNOWLEDGE, matchSector } from '../../src/knowledge/index.js';
import { loadBrief } from './drafters-support.js';

const folder = new URL('../../src/knowledge/', import.meta.url);

function withCompany(company: Partial<Brief['company']>): Brief {
  const brief = loadBrief('minimal');
  return {
    ...brief,
    company: { ...brief.company, sector: null, offer: null, description: null, ...company },
  };
}

const goal = (
  statement: string,
  kind: Brief['goals'][number]['kind'] = 'growth',
  unit: string | null = null,
) => ({
  id: 'G1',
  statement,
  kind,
  metric: null,
  target: null,
  unit,
  horizonMonths: null,
  baseline: null,
});

describe('knowledge files', () => {
  it('every YAML file parses and is one the loader validates', () => {
    const files = readdirSync(folder).filter((name) => name.endsWith('.yaml'));
    expect(files.sort()).toEqual(
      ['benchmarks', 'channels', 'goals', 'journey', 'models', 'personas', 'sectors', 'texts'].map(
        (n) => `${n}.yaml`,
      ),
    );
    for (const file of files)
      expect(() => parseYaml(readFileSync(new URL(file, folder), 'utf8'))).not.toThrow();
  });

  it('every benchmark row has a source and a coherent range', () => {
    for (const row of KNOWLEDGE.benchmarks) {
      expect(row.source.length, row.id).toBeGreaterThan(8);
      expect(row.low, row.id).toBeLessThanOrEqual(row.typical);
      expect(row.typical, row.id).toBeLessThanOrEqual(row.high);
    }
    expect(new Set(KNOWLEDGE.benchmarks.map((row) => row.id)).size).toBe(KNOWLEDGE.benchmarks.length);
  });

  it('every channel has titles in both languages, the same number of alternatives in each', () => {
    expect(KNOWLEDGE.channels.some((channel) => channel.id === 'geo')).toBe(true);
    for (const channel of KNOWLEDGE.channels) {
      for (const variant of Object.values(channel.title)) {
        if (variant) expect(variant.fr.length, channel.id).toBe(variant.en.length);
      }
    }
  });

  it('every text has both languages and the same slots in each', () => {
    for (const [key, text] of Object.entries(KNOWLEDGE.texts)) {
      const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(slots(text.fr), key).toEqual(slots(text.en));
    }
  });
});

describe('sectors', () => {
  it('maps a label the reader writes back to its row, whatever its case and accents', () => {
    for (const sector of KNOWLEDGE.sectors) {
      expect(matchSector(withCompany({ sector: sector.label.fr }))?.id).toBe(sector.id);
      expect(matchSector(withCompany({ sector: sector.label.en.toUpperCase() }))?.id).toBe(sector.id);
    }
  });

  it('places a brief by a word naming the business, not by a word about its customers', () => {
    expect(
      matchSector(withCompany({ offer: 'réparation de vélos', description: 'atelier de réparation' }))?.id,
    ).toBe('repair_services');
    expect(matchSector(withCompany({ sector: 'Boulangerie artisanale' }))?.id).toBe('food_shop');
    // "vélo" alone once placed a repair workshop among gyms; now it places nothing.
    expect(
      matchSector(withCompany({ description: 'Nous réparons des vélos et sponsorisons un club de course' })),
    ).toBeNull();
  });

  it('places nothing when two sectors are named, rather than guessing', () => {
    expect(
      matchSector(withCompany({ description: 'Restaurant et boutique en ligne de céramique' })),
    ).toBeNull();
  });

  it('detects a sector in free text only with clear evidence', () => {
    expect(detectSector('Family butcher in York, dry-aged beef', 'en')?.slug).toBe('food_shop');
    expect(detectSector('Bonjour, voici notre projet.', 'fr')).toBeNull();
    expect(detectSector('We sell to companies and we like cycling.', 'en')).toBeNull();
  });
});

describe('goal intents', () => {
  it.each([
    ['Être cité par ChatGPT et Perplexity sur les presses servo', 'geo'],
    ["Signer 5 contrats d'entretien de flottes avec des entreprises", 'b2b_deals'],
    ['Open two distributors in Spain', 'b2b_deals'],
    ['Launch in Germany and Austria', 'international'],
    ['Reach 2,000 newsletter subscribers', 'list_growth'],
    ['Reach a 4.7 Google rating from 250 reviews', 'reviews'],
    ['Passer à 240 000 € de CA', 'revenue'],
    ['Avoir 15 nouveaux clients par mois', 'customers'],
  ] as const)('"%s" asks for %s', (statement, intent) => {
    expect(goalIntent(goal(statement))).toBe(intent);
  });

  it('reads a retention goal as retention even when it names revenue or contracts', () => {
    expect(goalIntent(goal('Grow service contract revenue from 1.2 M€ to 1.5 M€', 'retention', 'EUR'))).toBe(
      'retention',
    );
  });
});
