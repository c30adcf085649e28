// The drafter-side findings of the offline-draft review: existing assets always serve a goal, business goals get
// business KPIs that add up, and channel rules by sector and model (channels.yaml notFor/onlyFor) are honoured.
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { KNOWLEDGE } from '../../src/knowledge/index.js';
import { companyFields, draftAll, goalFields, UNKNOWN_BRIEF_FIELDS } from './drafters-support.js';

const base = { ...UNKNOWN_BRIEF_FIELDS, budget: null };
const company = companyFields;
const goal = goalFields;
const channelOf = (label: string) =>
  KNOWLEDGE.channels.find((c) => c.label.en === label || c.label.fr === label);

describe('a consumer marketplace with three audiences and two goals', () => {
  const brief = Brief.parse({
    ...base,
    language: 'en',
    company: company({
      name: 'LensLoop',
      description: 'Marketplace for used camera gear in the UK.',
      businessModel: 'marketplace',
      markets: ['UK'],
    }),
    goals: [
      goal('G1', 'Reach 1,000 transactions/month in Germany', {
        metric: 'transactions',
        unit: 'transactions/month',
        target: 1000,
      }),
      goal('G2', 'Grow UK transactions by 20 %', {
        metric: 'transactions',
        unit: 'transactions/month',
        target: 4560,
        baseline: 3800,
      }),
    ],
    budget: { amount: 25000, currency: 'GBP', periodMonths: 1 },
    capacity: { people: 3, hoursPerWeek: 120 },
    channels: [
      { name: 'Instagram', metric: 'followers', value: 12000, status: 'active' },
      { name: 'YouTube', metric: 'subscribers', value: 4100, status: 'active' },
    ],
    assets: [{ name: 'email list', kind: 'contact_list', size: 31000, unit: 'contacts', dormant: false }],
  });
  const actions = draftAll(brief).prioritizer.actions;

  it('ties every action built on Instagram, YouTube or the 31,000-contact list to a goal', () => {
    const built = actions.filter((a) =>
      /Instagram|YouTube|31,000|existing|Newsletter/.test(`${a.title} ${a.description}`),
    );
    expect(built.length).toBeGreaterThanOrEqual(3);
    for (const action of built) expect(action.goalIds.length, action.title).toBeGreaterThan(0);
  });

  it('leaves no action pointing at no goal, conversion tracking included', () => {
    for (const action of actions) expect(action.goalIds.length, action.title).toBeGreaterThan(0);
  });

  it('names the countries of a goal, not the verb before them ("Growing UK")', () => {
    const titles = actions.map((a) => a.title).join(' | ');
    expect(titles).toMatch(/Germany/);
    expect(titles).not.toMatch(/Grow\w* UK/);
  });

  it('proposes no cold outreach to private buyers and sellers', () => {
    expect(actions.some((a) => channelOf(a.channel)?.id === 'outbound')).toBe(false);
  });

  it("splits each goal's increment in round steps that add up to it", () => {
    for (const [id, increment, step] of [
      // One step is a hundredth of the goal, rounded to 1, 2 or 5 × 10ⁿ: fine enough that actions differ.
      ['G1', 1000, 10],
      ['G2', 760, 10],
    ] as const) {
      const shared = actions.filter((a) => a.kpi.metric.includes(`goal ${id}`));
      expect(shared.length, id).toBeGreaterThan(0);
      const total = shared.reduce((sum, a) => sum + (a.kpi.target ?? 0), 0);
      expect(Math.abs(total - increment), id).toBeLessThanOrEqual(step);
      for (const action of shared) expect((action.kpi.target ?? 0) % step, action.title).toBe(0);
    }
  });
});

describe('a pump maker whose goal is aftermarket revenue through distributors', () => {
  const brief = Brief.parse({
    ...base,
    language: 'en',
    horizonMonths: 24,
    company: company({
      name: 'Hydrovent Pumps GmbH',
      description: 'Manufacturer of industrial centrifugal pumps.',
      businessModel: 'B2B',
      markets: ['Europe'],
    }),
    goals: [
      goal('G1', '+10 % aftermarket revenue (today €14M) within 24 months', {
        metric: 'aftermarket revenue',
        unit: '%',
        target: 10,
        baseline: 14_000_000,
        horizonMonths: 24,
      }),
      goal('G2', 'get distributors to sell service contracts, not just parts'),
    ],
    budget: { amount: 220000, currency: 'EUR', periodMonths: 12 },
    capacity: { people: 4, hoursPerWeek: 160 },
    channels: [{ name: 'LinkedIn', metric: 'followers', value: 2300, status: 'active' }],
    assets: [
      { name: 'installed base', kind: 'customer_base', size: 9000, unit: 'pumps', dormant: false },
      { name: 'distributors', kind: 'distributors', size: 25, unit: null, dormant: false },
    ],
  });
  const actions = draftAll(brief).prioritizer.actions;

  it('serves the aftermarket with the installed base and the distributors, never with LinkedIn ads', () => {
    const served = actions.filter((a) => a.goalIds.includes('G1'));
    const ids = served.map((a) => channelOf(a.channel)?.id);
    expect(ids).toEqual(expect.arrayContaining(['aftermarket', 'account_growth', 'partnerships']));
    expect(ids).not.toContain('linkedin_ads');
    expect(actions.find((a) => channelOf(a.channel)?.id === 'aftermarket')?.title).toMatch(
      /service-contract.*installed base.*distributors/i,
    );
    expect(actions.filter((a) => a.goalIds.includes('G2')).length).toBeGreaterThan(0);
  });

  it('measures the +10 % on €14M as €1.4M of revenue shared among the actions that drive it', () => {
    const money = actions.filter((a) => a.kpi.unit === 'EUR');
    expect(money.length).toBeGreaterThan(1);
    expect(money.reduce((sum, a) => sum + (a.kpi.target ?? 0), 0)).toBe(1_400_000);
    for (const action of money) expect((action.kpi.target ?? 0) % 20_000).toBe(0);
    // No count that merely renames the base ("450 customers" = 5 % of 9,000 pumps).
    expect(actions.some((a) => a.kpi.unit === 'customers' && a.kpi.target === 450)).toBe(false);
  });
});

describe('channel rules by trade', () => {
  it('gives a health professional recommendations without reward, never a referral programme', () => {
    const brief = Brief.parse({
      ...base,
      language: 'fr',
      company: company({
        name: 'Cabinet Le Gall',
        description: 'Ostéopathe à Rennes, adultes, femmes enceintes, nourrissons et sportifs.',
        businessModel: 'B2C',
        markets: ['Rennes'],
      }),
      goals: [goal('G1', 'Remplir mon agenda, surtout en début de semaine', { kind: 'other' })],
      channels: [{ name: 'bouche-à-oreille', metric: null, value: null, status: 'active' }],
    });
    const actions = draftAll(brief).prioritizer.actions;
    const ids = actions.map((a) => channelOf(a.channel)?.id);
    expect(ids).not.toContain('referral');
    expect(ids).toContain('recommendations');
    const text = actions.map((a) => `${a.title} ${a.description}`).join(' ');
    expect(text).not.toMatch(/récompense simple|parrain/i);
    expect(text).toMatch(/sans contrepartie/);
    // The word of mouth the brief names is kept up, without a reward, rather than reviewed as an unknown channel.
    expect(actions.some((a) => a.title.startsWith('Entretenir le bouche-à-oreille'))).toBe(true);
  });

  it('keeps a French winery off paid social ads (loi Évin), but not an English cheesemaker', () => {
    const winery = (language: 'fr' | 'en', description: string) =>
      Brief.parse({
        ...base,
        language,
        company: company({ name: 'Domaine Test', description, businessModel: 'B2C', markets: ['Colmar'] }),
        goals: [goal('G1', language === 'fr' ? 'Augmenter nos ventes directes' : 'Grow our direct sales')],
        budget: { amount: 3000, currency: 'EUR', periodMonths: 1 },
      });
    const paidSocial = (brief: Brief) =>
      draftAll(brief).prioritizer.actions.filter((a) =>
        ['meta_ads', 'influencers'].includes(channelOf(a.channel)?.id ?? ''),
      );
    expect(paidSocial(winery('fr', 'Domaine viticole familial, vins d’Alsace et crémant.'))).toEqual([]);
    expect(paidSocial(winery('en', 'Family cheesemaker selling farmhouse cheese.')).length).toBeGreaterThan(
      0,
    );
  });

  it('states a source for every channel rule, and each rule names a known model, sector or language', () => {
    const rules = KNOWLEDGE.channels.flatMap((c) => [...c.notFor, ...c.onlyFor]);
    expect(rules.length).toBeGreaterThanOrEqual(5);
    for (const rule of rules) {
      expect(rule.source.length).toBeGreaterThan(20);
      expect(rule.models ?? rule.sectors ?? rule.languages ?? rule.words).toBeDefined();
    }
  });
});

describe('SWOT and positioning facts on the right item', () => {
  const drafts = draftAll(
    Brief.parse({
      ...base,
      language: 'en',
      audience: 'used camera gear',
      company: company({
        name: 'LensLoop',
        description: 'LensLoop is a UK marketplace.',
        offer: 'marketplace for used camera gear',
        businessModel: 'marketplace',
      }),
      goals: [goal('G1', 'Grow UK transactions by 20 %')],
      channels: [
        { name: 'trade fairs', metric: 'followers', value: 2300, status: null },
        { name: 'Instagram', metric: 'followers', value: 12000, status: 'active' },
        { name: 'old website', metric: 'reviews', value: 38, status: null },
      ],
    }),
  );
  const strengths = drafts.swot.strengths.map((s) => s.statement);

  it('keeps a figure with the channel it was stated for, and "already in place" for what runs', () => {
    expect(strengths).toContain('Instagram: already in place (12,000 followers)');
    const fairs = strengths.find((s) => /^trade fairs/i.test(s));
    expect(fairs).toBeDefined();
    expect(fairs).not.toMatch(/2,300|already in place/);
  });

  it('lists a channel the brief runs down as a weakness, never as a strength', () => {
    expect(strengths.some((s) => /old website/i.test(s))).toBe(false);
    expect(drafts.swot.weaknesses.some((w) => /old website/i.test(w.statement))).toBe(true);
  });

  it('does not say the segment twice when the offer names it', () => {
    expect(drafts.positioning.positioningStatement).not.toMatch(/camera gear.*camera gear/);
  });
});

describe('a team with far more time than one quarter of candidates takes', () => {
  const saas = (capacity: { people: number; hoursPerWeek: number }) =>
    Brief.parse({
      ...base,
      language: 'en',
      horizonMonths: 18,
      company: company({
        name: 'RouteIQ',
        description: 'Route-planning SaaS for delivery fleets.',
        businessModel: 'B2B',
      }),
      goals: [
        goal('G1', 'Reach €2M ARR within 18 months', {
          unit: 'EUR',
          metric: 'ARR',
          target: 2_000_000,
          baseline: 1_200_000,
        }),
        goal('G2', 'Be cited by ChatGPT and Perplexity when buyers ask for route-planning software'),
        goal('G3', 'Grow renewals of existing customers', { kind: 'retention' }),
      ],
      budget: { amount: 180000, currency: 'EUR', periodMonths: 12 },
      capacity,
      assets: [{ name: 'newsletter', kind: 'contact_list', size: 3000, unit: 'contacts', dormant: false }],
    });
  const full = draftAll(saas({ people: 2, hoursPerWeek: 80 })).prioritizer.actions;
  const small = draftAll(saas({ people: 1, hoursPerWeek: 4 })).prioritizer.actions;
  const newsletter = (actions: typeof full) => actions.find((a) => channelOf(a.channel)?.id === 'email')!;

  it('sizes a monthly newsletter over the months it runs, not one quarter', () => {
    const email = KNOWLEDGE.channels.find((c) => c.id === 'email')!;
    expect(newsletter(full).effortDays).toBeGreaterThanOrEqual(email.effortDaysPerQuarter * 0.6 * 2 - 0.5);
    expect(newsletter(small).effortDays).toBeLessThan(newsletter(full).effortDays);
  });

  it('offers more distinct candidates for three goals, each serving a goal', () => {
    expect(full.length).toBeGreaterThan(small.length);
    expect(new Set(full.map((a) => a.channel)).size).toBe(full.length);
    for (const action of full.filter((a) => channelOf(a.channel)?.id !== 'tracking'))
      expect(action.goalIds.length, action.title).toBeGreaterThan(0);
  });
});
