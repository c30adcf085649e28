// The offline brief reader on whole briefs: every reading validates as a Brief and gets the key facts right.
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { readBrief } from '../../src/offline/reader/index.js';
import { englishSaas, frenchServices, frenchShop, oneSentence } from './reader-cases-briefs.js';

describe('readBrief on whole briefs', () => {
  it('reads a French shop with a budget in euros', () => {
    const brief = Brief.parse(readBrief(frenchShop));
    expect(brief.language).toBe('fr');
    expect(brief.company).toMatchObject({
      name: 'Atelier Lumière',
      // "boutique en ligne" does not say who buys: no model is made up.
      businessModel: null,
      markets: ['Lyon', 'France', 'Belgique'],
    });
    expect(brief.company.offer).toContain('bougies artisanales');
    expect(brief.budget).toEqual({ amount: 18_000, currency: 'EUR', periodMonths: 12 });
    expect(brief.capacity).toEqual({ people: 2, hoursPerWeek: 35 });
    expect(brief.profile).toBe('smb');
    expect(brief.goals).toMatchObject([
      // "Doubler" today's stated 240 000 € is 480 000 €, with today's figure as the baseline.
      {
        id: 'G1',
        metric: "chiffre d'affaires",
        target: 480_000,
        unit: 'EUR',
        baseline: 240_000,
        horizonMonths: 18,
      },
      // Today's 4 200 followers come from the channels line; 18 % from the goal's own "de 18 % à 30 %".
      { id: 'G2', kind: 'awareness', metric: 'abonnés Instagram', target: 10_000, baseline: 4200 },
      { id: 'G3', kind: 'retention', metric: 'taux de réachat', target: 30, unit: '%', baseline: 18 },
    ]);
    expect(brief.goals[0]?.statement).toContain('240 000 €');
    expect(brief.horizonMonths).toBe(18);
    // "les bougies de grande surface" is a kind of competitor, not a name: left out.
    expect(brief.competitors).toEqual(['Diptyque', 'Bougies La Française']);
    expect(brief.channels).toContainEqual({
      name: 'Instagram',
      metric: 'abonnés',
      value: 4200,
      status: null,
    });
    expect(brief.channels).toContainEqual({
      name: 'Newsletter',
      metric: 'inscrits',
      value: 1800,
      status: null,
    });
    expect(brief.channels).toContainEqual({
      name: 'Fiche Google (Google Business Profile)',
      metric: 'avis',
      value: 230,
      status: null,
    });
    expect(brief.assets.map((a) => [a.kind, a.size, a.dormant])).toEqual([
      ['contact_list', 1800, false],
      ['reviews', 230, false],
    ]);
    // "70 % des ventes entre octobre et décembre": a sales peak, when buyers buy: a date to be ready for (October),
    // not months the team cannot work (review 2, D6).
    expect(brief.calendar).toEqual({
      busyMonths: [],
      deadlines: [{ what: '70 % des ventes entre octobre et décembre', month: 10 }],
    });
    expect(brief.constraints).toEqual(['70 % des ventes entre octobre et décembre', "Pas d'agence"]);
  });

  it('reads an English SaaS with a budget in dollars', () => {
    const brief = Brief.parse(readBrief(englishSaas));
    expect(brief.language).toBe('en');
    expect(brief.company).toMatchObject({
      name: 'Brightdesk',
      businessModel: 'B2B',
      markets: ['Austin', 'United States', 'Canada'],
    });
    expect(brief.audience).toBe('dental clinics');
    expect(brief.budget).toEqual({ amount: 120_000, currency: 'USD', periodMonths: 12 });
    expect(brief.capacity).toEqual({ people: 4, hoursPerWeek: 160 });
    expect(brief.profile).toBe('executive');
    // "Goals for the next 4 quarters:" gives its horizon to every goal under it that has none of its own.
    expect(brief.goals).toMatchObject([
      // "Current ARR is $620,000": today's figure, from its own sentence.
      { id: 'G1', metric: 'ARR', target: 1_500_000, unit: 'USD', horizonMonths: 12, baseline: 620_000 },
      { id: 'G2', kind: 'retention', metric: 'churn', target: 1.5, unit: '%', horizonMonths: 12 },
      { id: 'G3', target: 50, horizonMonths: 6 },
    ]);
    expect(brief.competitors).toEqual(['Dentrix', 'Weave', 'NexHealth']);
    expect(brief.channels).toContainEqual({ name: 'Google Ads', metric: 'CPC', value: 7.4, status: null });
    expect(brief.channels).toContainEqual({
      name: 'LinkedIn',
      metric: 'followers',
      value: 3200,
      status: null,
    });
    expect(brief.channels).toContainEqual({
      name: 'Newsletter',
      metric: 'open rate (%)',
      value: 38,
      status: null,
    });
    expect(brief.channels).toContainEqual({
      name: 'G2 / Capterra',
      metric: 'rating',
      value: 4.7,
      status: null,
    });
    expect(brief.constraints).toHaveLength(2);
    expect(brief.constraints[0]).toContain('HIPAA');
  });

  it('reads a one-sentence brief without inventing what it does not say', () => {
    const brief = Brief.parse(readBrief(oneSentence));
    expect(brief).toMatchObject({
      company: {
        // No name in the brief: what it sells and where, never "Votre entreprise".
        name: 'Bougies artisanales, Lyon',
        offer: 'bougies artisanales',
        markets: ['Lyon'],
        businessModel: null,
      },
      budget: null,
      capacity: null,
      competitors: [],
      constraints: [],
      language: 'fr',
      horizonMonths: 12,
    });
    expect(brief.goals).toEqual([
      {
        id: 'G1',
        statement: 'Je voudrais vendre plus',
        kind: 'growth',
        metric: 'ventes',
        target: null,
        unit: null,
        horizonMonths: null,
        baseline: null,
      },
    ]);
    expect(brief.channels).toEqual([{ name: 'Etsy', metric: null, value: null, status: null }]);
    expect(brief).toMatchObject({
      assets: [],
      committedSpend: [],
      calendar: { busyMonths: [], deadlines: [] },
    });
  });

  it('reads a French B2B services firm', () => {
    const brief = Brief.parse(readBrief(frenchServices));
    expect(brief.language).toBe('fr');
    expect(brief.company).toMatchObject({
      name: 'Cabinet Vauban Conseil',
      businessModel: 'B2B',
      offer: 'cabinet de conseil en transformation RH',
      markets: ['Auvergne-Rhône-Alpes'],
      // "Créé il y a 12 ans" is an age, not a stage the brief names.
      stage: null,
    });
    // The audience is kept as a clean phrase: the size range is detail, left in the description.
    expect(brief.audience).toBe('PME industrielles');
    // A range gives its lower end; "HT par mois" is a monthly amount.
    expect(brief.budget).toEqual({ amount: 2000, currency: 'EUR', periodMonths: 1 });
    expect(brief.capacity).toEqual({ people: 1, hoursPerWeek: 21 });
    expect(brief.profile).toBe('executive');
    expect(brief.goals.map((g) => g.id)).toEqual(['G1', 'G2', 'G3', 'G4', 'G5']);
    expect(brief.goals).toContainEqual(
      expect.objectContaining({
        statement: 'Porter le CA de 1,4 M€ à 1,8 M€',
        target: 1_800_000,
        unit: 'EUR',
        baseline: 1_400_000,
      }),
    );
    expect(brief.goals).toContainEqual(
      expect.objectContaining({ metric: 'leads', target: 40, horizonMonths: 12 }),
    );
    // Brands in brackets are kept as the examples of a kind; the kinds themselves are not names.
    expect(brief.competitors).toEqual(['Alixio', 'Mercer', 'Deloitte']);
    expect(brief.channels).toContainEqual({ name: 'LinkedIn', metric: 'abonnés', value: 1900, status: null });
    expect(brief.constraints).toEqual([
      'pas de publicité agressive, nos clients sont des DRH exigeants',
      'forte saisonnalité avec un creux en juillet-août',
    ]);
  });

  it('gives four unrelated briefs four different readings', () => {
    const names = [frenchShop, englishSaas, oneSentence, frenchServices].map(
      (t) => readBrief(t).company.name,
    );
    expect(new Set(names).size).toBe(4);
  });
});

describe('readBrief determinism and edges', () => {
  it('gives the same JSON for the same text, whatever was read before', () => {
    const first = JSON.stringify(readBrief(frenchShop));
    readBrief(englishSaas);
    readBrief(frenchServices);
    expect(JSON.stringify(readBrief(frenchShop))).toBe(first);
    expect(JSON.stringify(readBrief(englishSaas))).toBe(JSON.stringify(readBrief(englishSaas)));
  });

  it('reads an empty text as an empty, valid brief', () => {
    const brief = Brief.parse(readBrief(''));
    expect(brief).toMatchObject({
      company: { name: 'Unnamed business', description: null, sector: null, offer: null, markets: [] },
      goals: [],
      budget: null,
      capacity: null,
      profile: null,
      maturity: null,
      horizonMonths: 12,
    });
  });

  it('lets the caller force the language of derived labels', () => {
    const brief = readBrief(frenchShop, { language: 'en' });
    expect(brief.language).toBe('en');
    expect(brief.channels).toContainEqual({
      name: 'Instagram',
      metric: 'followers',
      value: 4200,
      status: null,
    });
  });

  it('reads Windows line ends and no-break spaces like plain text', () => {
    const messy = frenchShop.replace(/\n/g, '\r\n').replace(/(\d) (\d{3})/g, '$1\u202F$2');
    expect(JSON.stringify(readBrief(messy))).toBe(JSON.stringify(readBrief(frenchShop)));
  });
});
