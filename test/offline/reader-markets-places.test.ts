// Markets are places the brief sells to (review 2, D13): never a competitor's city; a market sentence gives its places.
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../agents/brief.js';
import { interpretBrief } from '../../src/brief/interpret-brief.js';
import { findMarkets } from '../../src/offline/reader/markets.js';

const labels = (text: string, description: string | null = null) =>
  findMarkets(text, 'fr', description).map((found) => found.value.label);

describe('markets', () => {
  it("leaves out the city where a competitor is ('Célestins à Lyon')", () => {
    const text =
      'Théâtre municipal de Villefranche-sur-Saône.\nconcurrents: Théâtre de la Croix-Rousse et Célestins à Lyon (30 min en train)';
    expect(labels(text)).not.toContain('Lyon');
    expect(labels('Nous vendons à Lyon et à Paris.\nCompetitors: Acme in Lyon')).toEqual(['Lyon', 'Paris']);
  });

  it('reads the places of a JSON/YAML market sentence, not its comma-separated fragments', () => {
    const source = interpretBrief(
      'company: Shieldwise\nmarket: B2B, companies of 500 to 10,000 employees in Germany, Austria, the Netherlands and the Nordics\ngoals:\n  - Grow new ARR to EUR 10M\n',
      'b.yaml',
    );
    const company = ((source.structured ?? source.frontMatter) as Partial<Brief>).company;
    expect(company?.markets).toEqual(['Germany', 'Austria', 'Netherlands', 'Nordics']);
  });

  it('keeps a list of market names as written', () => {
    const source = interpretBrief(
      JSON.stringify({
        company: 'Vins',
        markets: ['France', 'Belgique'],
        goals: ['Vendre 10 000 bouteilles'],
      }),
      'b.json',
    );
    expect(((source.structured ?? source.frontMatter) as Partial<Brief>).company?.markets).toEqual([
      'France',
      'Belgique',
    ]);
  });
});
