// The reader keeps clean slots or unknown (issue 14): no offer cut mid-phrase, no target from a range, horizons said once for a list.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBrief } from '../../src/offline/reader/index.js';

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');

describe('offline reader: clean slots or unknown', () => {
  it('never keeps an offer cut inside its qualifier ("pour les plus [de 60 ans]"): it keeps the head', () => {
    const brief = readBrief(fixture('briefs/fr-voyages-seniors/brief.txt'), { start: '2027-01' });
    expect(brief.company.offer).toBe('agence de voyages organisés');
  });

  it('reads what a company makes after its name written in capitals, past a founding year, up to its qualifier', () => {
    const brief = readBrief(fixture('briefs/fr-presses-industrielles/brief.txt'), { start: '2027-01' });
    expect(brief.company.offer).toBe('presses hydrauliques et servo-électriques');
  });

  it('takes no title line about the document as the offer', () => {
    const brief = readBrief(
      '# Chalkline - Q3 investor update & growth plan request\n\nWe want a marketing roadmap. Budget: CAD 40k.',
    );
    expect(brief.company.offer).toBeNull();
  });

  it('keeps an ending an offer may have ("pain au levain") and refuses one cut on a connector', () => {
    expect(readBrief('Nous vendons du pain au levain à Lyon.').company.offer).toBe('pain au levain');
    expect(readBrief('We sell handmade candles and.').company.offer).not.toBe('handmade candles and');
  });

  it('takes no target from an age range, and leaves it unknown', () => {
    const brief = readBrief(fixture('briefs/fr-voyages-seniors/brief.txt'), { start: '2027-01' });
    const g2 = brief.goals.find((g) => g.statement.includes('60-70'));
    expect(g2).toMatchObject({ target: null, unit: null });
    expect(readBrief('Objectif : attirer les clients entre 25 et 40 ans.').goals[0]?.target).toBeNull();
  });

  it('applies a horizon said once for a list of goals ("Nos objectifs pour l\'an prochain :") to each goal', () => {
    const brief = readBrief(fixture('briefs/fr-voyages-seniors/brief.txt'), { start: '2027-01' });
    expect(brief.goals.map((g) => g.horizonMonths)).toEqual([12, 12, 12]);
  });

  it('reads "next year", "d\'ici la fin de l\'année prochaine" and "dès l\'an prochain" as a year, a count written beside them first', () => {
    const solar = readBrief(
      '**Goals:** 450 installs next year (we did 300 this year) and 20 contracts (we signed 7).',
    );
    expect(solar.goals.map((g) => g.horizonMonths)).toEqual([12, 12]);
    const brasserie = readBrief(
      "**Objectifs :**\n- passer de 12 à 30 bars clients d'ici la fin de l'année prochaine ;\n- vendre en Belgique.",
    );
    expect(brasserie.goals[0]?.horizonMonths).toBe(12);
    const coffee = readBrief(
      'The plan for the next year: we want to get to 600 subscriptions within 9 months.',
    );
    expect(coffee.goals[0]?.horizonMonths).toBe(9);
  });

  it("keeps today's figure and the target in their places in \"passer d'environ 60 … aujourd'hui à 90\"", () => {
    const brief = readBrief(fixture('briefs/fr-atelier-velo-nantes/brief.txt'), { start: '2027-01' });
    expect(brief.goals[0]).toMatchObject({ target: 90, unit: 'réparations', baseline: 60 });
  });

  it('reads "(nous sommes autour de 15)" as today\'s figure of the goal it follows', () => {
    const brief = readBrief(
      '## Objectifs\n1. Générer 40 leads qualifiés par trimestre (nous sommes autour de 15).',
    );
    expect(brief.goals[0]).toMatchObject({ target: 40, baseline: 15 });
  });
});
