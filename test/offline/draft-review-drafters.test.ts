// What a demanding marketer checks in an offline draft: it starts from what exists, serves every goal with a
// fitting lever, sizes KPIs from the goal's increment and benchmark rows, and invents no fact, price or sector.
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { KNOWLEDGE } from '../../src/knowledge/index.js';
import { draftAll, loadBrief, rice } from './drafters-support.js';

const label = (id: string, lang: 'fr' | 'en') => KNOWLEDGE.channels.find((c) => c.id === id)!.label[lang];

describe('a bike workshop with a dormant newsletter and a fleet-contract goal', () => {
  const brief = loadBrief('fr-atelier-velo');
  const { prioritizer, swot, personas } = draftAll(brief);
  const actions = prioritizer.actions;
  const byChannel = (id: string) => actions.filter((a) => a.channel === label(id, 'fr'));

  it('scores the dormant 1,900-contact list first: the quick win', () => {
    const newsletter = byChannel('email')[0]!;
    expect(newsletter.title).toContain('1 900 contacts');
    expect(newsletter.description).toContain('inutilisé');
    const best = [...actions].sort((a, b) => rice(b) - rice(a))[0];
    expect(best?.id).toBe(newsletter.id);
  });

  it('serves the fleet contracts with business outreach, never with review collection', () => {
    const fleet = actions.filter((a) => a.goalIds.includes('G2'));
    expect(fleet.map((a) => a.channel)).toEqual(expect.arrayContaining([label('outbound', 'fr')]));
    for (const id of ['reviews', 'local_seo', 'social_organic', 'referral']) {
      for (const action of byChannel(id)) expect(action.goalIds).not.toContain('G2');
    }
    // The business buyer is a persona of its own, and the outreach speaks to that persona.
    const outreach = byChannel('outbound')[0]!;
    const buyer = personas.personas.find((p) => p.id === outreach.personaIds[0]);
    expect(buyer?.priority).toBe('secondary');
  });

  it('splits the growth over the baseline, not the whole revenue, across the actions serving it', () => {
    const money = actions.filter((a) => a.kpi.unit === 'EUR');
    expect(money.length).toBeGreaterThan(1);
    const total = money.reduce((sum, a) => sum + (a.kpi.target ?? 0), 0);
    // 240,000 € goal over a 185,000 € baseline: 55,000 € to share, within rounding.
    expect(total).toBeGreaterThan(50_000);
    expect(total).toBeLessThanOrEqual(56_000);
    for (const action of money) expect(action.kpi.target).toBeLessThan(55_000);
    const contracts = actions.filter((a) => a.kpi.unit === 'contrats');
    expect(contracts.reduce((sum, a) => sum + (a.kpi.target ?? 0), 0)).toBeLessThanOrEqual(4);
  });

  it('honours "no paid advertising" and builds on every channel it names', () => {
    expect(actions.some((a) => KNOWLEDGE.channels.find((c) => c.label.fr === a.channel)?.paid)).toBe(false);
    const text = JSON.stringify({ actions, swot });
    for (const channel of brief.channels) expect(text).toContain(channel.name);
    expect(byChannel('reviews')[0]?.title).toContain('420 avis');
  });
});

describe('an industrial press maker with distributors, booked shows and a GEO goal', () => {
  const brief = loadBrief('en-press-maker');
  const actions = draftAll(brief).prioritizer.actions;

  it('maps "be cited by ChatGPT and Perplexity" to the GEO channel, measured on tracked prompts', () => {
    const geo = actions.find((a) => a.channel === label('geo', 'en'));
    expect(geo?.goalIds).toContain('G2');
    expect(geo?.kpi.metric).toMatch(/tracked prompts/);
    expect(geo?.description).toMatch(/FAQ.*citations.*prompts/s);
  });

  it('puts the target countries of a goal in the actions that serve it', () => {
    const abroad = actions.filter((a) => a.goalIds.includes('G1') && /Poland/.test(a.title));
    expect(abroad.length).toBeGreaterThan(0);
    expect(abroad.every((a) => a.title.includes('Czech Republic'))).toBe(true);
  });

  it('builds on the booked shows at no new cost, on the distributor network and on the installed base', () => {
    const shows = actions.find((a) => a.channel === label('events', 'en'));
    expect(shows?.cost).toBe(0);
    expect(shows?.description).toContain('Trade shows (EuroBLECH, Blechexpo)');
    expect(actions.some((a) => a.title.includes('Distributor network'))).toBe(true);
    const base = actions.find((a) => a.description.includes('Installed base (320 machines)'));
    expect(base?.title).toMatch(/customer base/);
    expect(base?.goalIds).toContain('G3');
    // The service-contract goal is split from its 300,000 € increment, not from 1.5 M€.
    const g3 = actions.filter((a) => a.kpi.unit === 'EUR');
    expect(g3.reduce((sum, a) => sum + (a.kpi.target ?? 0), 0)).toBeLessThanOrEqual(300_000);
  });
});

describe('a solo practitioner in no known sector, with no budget, no name and a refusal', () => {
  const brief = loadBrief('fr-sophrologue-sans-budget');
  const drafts = draftAll(brief);
  const actions = drafts.prioritizer.actions;

  it('titles with the generic noun, never the sentence given as a name', () => {
    for (const action of actions) expect(action.title).not.toContain('Je suis');
    expect(actions.some((a) => a.title.includes('votre activité'))).toBe(true);
    expect(drafts.positioning.positioningStatement).not.toContain('Je suis');
  });

  it('says a cost is uncapped when no budget is stated, and never writes a budget of 0 €', () => {
    const paidFor = actions.filter((a) => a.cost > 0);
    expect(paidFor.length).toBeGreaterThan(0);
    for (const action of paidFor)
      expect(action.description).toContain("Aucun budget dans le brief : ce coût n'est pas plafonné.");
    expect(JSON.stringify(drafts)).not.toMatch(/\b0 €/);
    // And no new paid channel before the budget is known: the open question comes first.
    const paid = new Set(KNOWLEDGE.channels.filter((c) => c.paid).map((c) => c.label.fr));
    expect(actions.some((a) => paid.has(a.channel))).toBe(false);
  });

  it('honours "pas de réseaux sociaux" and invents no sector template', () => {
    expect(actions.some((a) => a.channel === label('social_organic', 'fr'))).toBe(false);
    // No sector word the brief never used (a wellness "centre", sessions, day rates).
    expect(JSON.stringify(drafts)).not.toMatch(/centre|séance d'essai|tarif journalier|TJM/i);
  });
});

describe('briefs that name a sector only in passing', () => {
  it('stay generic for the model rather than taking the nearest sector', () => {
    const brief = Brief.parse({
      ...loadBrief('minimal'),
      company: {
        ...loadBrief('minimal').company,
        description: 'We fix bikes and sponsor a local running club',
        sector: null,
        businessModel: 'B2C',
      },
    });
    const titles = draftAll(brief)
      .prioritizer.actions.map((a) => a.title)
      .join('\n');
    expect(titles).not.toMatch(/studio|gym|class/i);
  });
});

describe('channels the catalogue does not describe', () => {
  it('are reviewed by name, never dropped, and every name on one channel is cited', () => {
    const base = loadBrief('minimal');
    const brief = Brief.parse({
      ...base,
      channels: [
        { name: 'Hitched', metric: 'enquiries', value: 12, status: 'active' },
        { name: 'Instagram', metric: 'followers', value: 900, status: 'active' },
        { name: 'TikTok', metric: 'followers', value: 300, status: 'dormant' },
      ],
    });
    const actions = draftAll(brief).prioritizer.actions;
    expect(actions.some((a) => a.title.includes('Hitched'))).toBe(true);
    const social = actions.find((a) => a.channel === label('social_organic', 'en'));
    expect(social?.description).toContain('TikTok');
    expect(social?.description).toContain('Instagram');
  });
});

describe('constraints', () => {
  it('refuse what follows the negation, and a condition is a rule to follow, not a refusal', () => {
    const base = loadBrief('en-press-maker');
    const channels = (constraints: string[]) =>
      draftAll(Brief.parse({ ...base, constraints })).prioritizer.actions.map((a) => a.channel);
    expect(channels([])).toContain(label('outbound', 'en'));
    expect(channels(['No cold calling'])).not.toContain(label('outbound', 'en'));
    const ruled = channels([
      'No incentives for reviews (Google policy)',
      'no marketing emails without consent',
    ]);
    expect(ruled).toEqual(channels([]));
  });
});
