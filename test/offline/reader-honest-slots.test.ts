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

  it(`applies a horizon said once for a list of goals ("Nos objectifs pour l'an prochain :") to each goal`, () => {
    const brief = readBrief(fixture('briefs/fr-voyages-seniors/brief.txt'), { start: '2027-01' });
    expect(brief.goals.map((g) => g.horizonMonths)).toEqual([12, 12, 12]);
  });

  it(`reads "next year", "d'ici la fin de l'année prochaine" and "dès l'an prochain" as a year, a count written beside them first`, () => {
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

  it(`reads "(nous sommes autour de 15)" as today's figure of the goal it follows`, () => {
    const brief = readBrief(
      '## Objectifs\n1. Générer 40 leads qualifiés par trimestre (nous sommes autour de 15).',
    );
    expect(brief.goals[0]).toMatchObject({ target: 40, baseline: 15 });
  });

  it('continues the figure said just before a goal that names no metric ("25 regulars … get to 45")', () => {
    const yoga = readBrief(fixture('briefs/en-yoga-teacher-bristol/brief.txt'), { start: '2027-01' });
    expect(yoga.goals[0]).toMatchObject({ target: 45, unit: 'regulars', baseline: 25, horizonMonths: 9 });
    const traiteur = readBrief(fixture('briefs/fr-traiteur-bordeaux/brief.txt'), { start: '2027-01' });
    expect(traiteur.goals.find((g) => g.unit === '%')).toMatchObject({ target: 50, baseline: 30 });
    const meubles = readBrief(fixture('briefs/fr-marketplace-meubles-artisans/brief.txt'), {
      start: '2027-01',
    });
    expect(meubles.goals[0]).toMatchObject({ target: 160_000, unit: 'EUR', baseline: 95_000 });
  });

  it(`links today's figure by the goal's noun only with the same qualifiers ("active" yes, "inscrits" ≠ "actifs")`, () => {
    const walkers = readBrief(fixture('briefs/en-dog-walkers-marketplace/brief.md'), { start: '2027-01' });
    expect(walkers.goals.slice(0, 2).map((g) => g.baseline)).toEqual([400, 6000]);
    const meubles = readBrief(fixture('briefs/fr-marketplace-meubles-artisans/brief.txt'), {
      start: '2027-01',
    });
    expect(meubles.goals[1]).toMatchObject({ target: 300, baseline: null });
  });

  it(`keeps a metric's words apart: "11 000 voyageurs par an" is no baseline for "Augmenter les réservations"`, () => {
    const brief = readBrief(fixture('briefs/fr-voyages-seniors/brief.txt'), { start: '2027-01' });
    expect(brief.goals[0]).toMatchObject({ metric: 'réservations', baseline: null });
  });

  it('reads the level beside a rate ("by 20 % (from CAD 95 to about CAD 76)") as target and baseline', () => {
    const brief = readBrief('## Goals\n1. Reduce blended family CAC by 20 % (from CAD 95 to about CAD 76)');
    expect(brief.goals[0]).toMatchObject({ target: 76, unit: 'CAD', baseline: 95 });
  });

  it(`reads one goal said twice with the same figure once, in the goals list's words`, () => {
    const brief = readBrief(fixture('briefs/en-ai-marketing-platform/brief.md'), { start: '2027-01' });
    expect(brief.goals).toHaveLength(2);
    expect(brief.goals[0]?.statement).toMatch(/^Pipeline from \$3M to \$5M/u);
  });

  it('takes no product feature named with a goal word ("goal tracking in one place") for a goal', () => {
    const brief = readBrief(fixture('briefs/en-hr-saas-peoplepulse/brief.md'), { start: '2027-01' });
    expect(brief.goals.map((g) => g.statement)).not.toContain('Goal tracking in one place');
  });

  it(`counts "by next September" from the plan's first month, and reads the count's noun past its adjectives`, () => {
    expect(
      readBrief('I want to reach 45 students by next September.', { start: '2027-01' }).goals[0]
        ?.horizonMonths,
    ).toBe(9);
    const solar = readBrief(fixture('briefs/en-solar-installer-texas/brief.md'), { start: '2027-01' });
    expect(solar.goals.map((g) => g.unit)).toEqual(['installs', 'contracts']);
    const presses = readBrief(fixture('briefs/fr-presses-industrielles/brief.txt'), { start: '2027-01' });
    expect(presses.goals[0]?.kind).toBe('growth');
  });

  it('ends an offer at a place after "around" and at a relative clause once it has a two-word head', () => {
    const solar = readBrief(fixture('briefs/en-solar-installer-texas/brief.md'), { start: '2027-01' });
    expect(solar.company.offer).toBe('rooftop solar and home batteries');
    const walkers = readBrief(fixture('briefs/en-dog-walkers-marketplace/brief.md'), { start: '2027-01' });
    expect(walkers.company.offer).toBe('marketplace app');
  });

  it(`reads what a trade's own verb makes ("On brasse des bières artisanales")`, () => {
    const brief = readBrief(fixture('briefs/fr-brasserie-artisanale/brief.md'), { start: '2027-01' });
    expect(brief.company.offer).toBe('bières artisanales');
  });
});
