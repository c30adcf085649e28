// The offline drafters on five unrelated briefs: valid, deterministic, in the brief's language and about that brief.
import { describe, expect, it } from 'vitest';
import { Journey } from '../../agents/journey.js';
import { JOURNEY_STAGES } from '../../agents/ids.js';
import { Personas } from '../../agents/personas.js';
import { Positioning } from '../../agents/positioning.js';
import { Prioritizer } from '../../agents/prioritizer.js';
import { Swot } from '../../agents/swot.js';
import { allText, BRIEF_NAMES, draftAll, loadBrief } from './drafters-support.js';

/** Common short words of each language; a draft in one language uses the other's only inside quoted names. */
const STOP_WORDS = {
  fr: new Set(['le', 'la', 'les', 'des', 'du', 'pour', 'avec', 'une', 'sur', 'est', 'dans', 'qui', 'aux']),
  en: new Set(['the', 'and', 'for', 'with', 'of', 'to', 'is', 'on', 'by', 'from', 'that', 'their', 'every']),
} as const;

function stopWordCounts(texts: readonly string[]) {
  const words = texts
    .join(' ')
    .toLowerCase()
    .split(/[^a-zà-ÿ]+/);
  return {
    fr: words.filter((word) => STOP_WORDS.fr.has(word)).length,
    en: words.filter((word) => STOP_WORDS.en.has(word)).length,
  };
}

describe.each(BRIEF_NAMES)('offline drafts for %s', (name) => {
  const brief = loadBrief(name);
  const drafts = draftAll(brief);
  const actions = drafts.prioritizer.actions;

  it('fill every agent schema', () => {
    expect(Swot.safeParse(drafts.swot).success).toBe(true);
    expect(Personas.safeParse(drafts.personas).success).toBe(true);
    expect(Positioning.safeParse(drafts.positioning).success).toBe(true);
    expect(Journey.safeParse(drafts.journey).success).toBe(true);
    expect(Prioritizer.safeParse(drafts.prioritizer).success).toBe(true);
  });

  it('are byte-identical when drafted twice, also from a copy of the brief', () => {
    expect(JSON.stringify(draftAll(structuredClone(brief)))).toBe(JSON.stringify(drafts));
  });

  it("are written in the brief's language", () => {
    const counts = stopWordCounts(allText(drafts));
    const other = brief.language === 'fr' ? 'en' : 'fr';
    expect(counts[brief.language]).toBeGreaterThan(5 * counts[other]);
  });

  it('name the company in the positioning statement and cite real strengths', () => {
    expect(drafts.positioning.positioningStatement).toContain(brief.company.name);
    const strengthIds = new Set(drafts.swot.strengths.map((item) => item.id));
    expect(drafts.positioning.differentiators.length).toBeGreaterThan(0);
    for (const differentiator of drafts.positioning.differentiators) {
      expect(differentiator.swotIds.length).toBeGreaterThan(0);
      for (const id of differentiator.swotIds) expect(strengthIds.has(id)).toBe(true);
    }
  });

  it('name its competitors in the threats, and invent none', () => {
    const threats = drafts.swot.threats.map((item) => item.statement).join('\n');
    for (const competitor of brief.competitors.slice(0, 3)) expect(threats).toContain(competitor);
    const references = drafts.positioning.pricing.competitorReferences.map(
      (reference) => reference.competitor,
    );
    expect(references).toEqual(brief.competitors);
  });

  it('give 2-4 personas with a six-stage journey each', () => {
    const ids = drafts.personas.personas.map((persona) => persona.id);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(ids.length).toBeLessThanOrEqual(4);
    expect(ids).toEqual(ids.map((_, index) => `P${index + 1}`));
    expect(drafts.journey.journeys.map((journey) => journey.personaId)).toEqual(ids);
    for (const journey of drafts.journey.journeys)
      expect(journey.stages.map((step) => step.stage)).toEqual([...JOURNEY_STAGES]);
  });

  it("tie every action to the brief's goals, personas and currency, with resolvable dependencies", () => {
    const goalIds = new Set(brief.goals.map((goal) => goal.id));
    const personaIds = new Set(drafts.personas.personas.map((persona) => persona.id));
    const actionIds = new Set(actions.map((action) => action.id));
    const currency = brief.budget?.currency ?? (brief.language === 'fr' ? 'EUR' : 'USD');
    expect([...actionIds]).toEqual(actions.map((_, index) => `A${index + 1}`));
    for (const action of actions) {
      expect(action.goalIds.length).toBe(goalIds.size === 0 ? 0 : 1);
      for (const id of action.goalIds) expect(goalIds.has(id)).toBe(true);
      for (const id of action.personaIds) expect(personaIds.has(id)).toBe(true);
      for (const id of action.dependsOn) expect(actionIds.has(id)).toBe(true);
      expect(action.currency).toBe(currency);
      expect(action.confidence).toBeGreaterThanOrEqual(0.5);
      expect(action.confidence).toBeLessThanOrEqual(1);
      expect([0.25, 0.5, 1, 2, 3]).toContain(action.impact);
    }
    expect(drafts.positioning.pricing.currency).toBe(currency);
    // Every goal gets at least one action.
    for (const id of goalIds) expect(actions.some((action) => action.goalIds.includes(id))).toBe(true);
  });

  it('put conversion tracking before any paid ads', () => {
    const tracking = actions.find(
      (action) => action.channel === 'conversion tracking' || action.channel === 'suivi des conversions',
    );
    const ads = actions.filter((action) =>
      /Google Ads|Meta|LinkedIn ads|publicité LinkedIn|retargeting|reciblage/.test(action.channel),
    );
    for (const ad of ads) expect(ad.dependsOn).toContain(tracking?.id);
  });

  it('size actions to the budget and the team', () => {
    const totalEffort = actions.reduce((sum, action) => sum + action.effortDays, 0);
    const hours = brief.capacity ? brief.capacity.hoursPerWeek : 4;
    const capacityDays = (hours * (52 / 12) * brief.horizonMonths) / 7;
    expect(totalEffort).toBeLessThanOrEqual(1.5 * capacityDays);
    for (const action of actions) expect(action.effortDays).toBeLessThanOrEqual(capacityDays / 3);
    const totalCost = actions.reduce((sum, action) => sum + action.cost, 0);
    if (!brief.budget) {
      expect(totalCost).toBe(0);
      return;
    }
    const budget = (brief.budget.amount / brief.budget.periodMonths) * brief.horizonMonths;
    console.log(
      `${name}: candidate cost ${totalCost} for a budget of ${budget} (${(totalCost / budget).toFixed(2)}×)`,
    );
    expect(totalCost).toBeLessThanOrEqual(1.5 * budget);
    expect(totalCost).toBeGreaterThanOrEqual(0.3 * budget);
    for (const action of actions) expect(action.cost).toBeLessThanOrEqual(budget);
  });
});

describe('what the drafts take from the brief', () => {
  it('a complete brief gets 8 to 15 actions; a one-sentence brief a smaller draft', () => {
    for (const name of BRIEF_NAMES) {
      const count = draftAll(loadBrief(name)).prioritizer.actions.length;
      if (name === 'minimal') expect(count).toBeLessThan(8);
      else expect(count).toBeGreaterThanOrEqual(8);
      expect(count).toBeLessThanOrEqual(15);
      expect(count).toBeGreaterThanOrEqual(5);
    }
  });

  it("strengths and weaknesses come from the brief's own figures", () => {
    const shop = draftAll(loadBrief('fr-shop')).swot;
    expect(
      shop.strengths.some((item) => item.statement.includes('4,8/5') && item.evidence?.includes('Google')),
    ).toBe(true);
    expect(
      shop.strengths.some((item) => item.statement.includes('4 200') && item.statement.includes('Instagram')),
    ).toBe(true);
    const saas = draftAll(loadBrief('en-saas')).swot;
    expect(
      saas.weaknesses.some(
        (item) => item.statement.includes('$7.8') && item.statement.includes('Google Ads'),
      ),
    ).toBe(true);
    expect(saas.strengths.some((item) => item.statement.includes('96 reviews on G2'))).toBe(true);
    const restaurant = draftAll(loadBrief('en-restaurant')).swot;
    expect(restaurant.weaknesses.some((item) => item.statement.includes('Yelp'))).toBe(true);
    expect(restaurant.weaknesses.some((item) => item.statement.includes('5 h a week'))).toBe(true);
  });

  it("KPIs split an additive goal's number across its actions, over the goal's horizon", () => {
    // Tracking (no kill criterion: a prerequisite) carries its own coverage KPI and is left out of the sums.
    const cases = [
      { name: 'fr-shop', goalId: 'G1', target: 30, unit: '%', horizon: 12 },
      { name: 'en-saas', goalId: 'G1', target: 22000, unit: 'USD', horizon: 12 },
      { name: 'fr-b2b-services', goalId: 'G1', target: 15, unit: 'clients', horizon: 12 },
      { name: 'en-restaurant', goalId: 'G1', target: 25, unit: '%', horizon: 6 },
    ] as const;
    for (const { name, goalId, target, unit, horizon } of cases) {
      const serving = draftAll(loadBrief(name)).prioritizer.actions.filter(
        (action) =>
          action.goalIds.includes(goalId) && action.kpi.unit === unit && action.killCriterion !== null,
      );
      expect(serving.length).toBeGreaterThan(1);
      const sum = serving.reduce((total, action) => total + (action.kpi.target ?? 0), 0);
      // Each share is rounded (one decimal under 10, whole numbers above), so the sum may drift by a little.
      expect(Math.abs(sum - target)).toBeLessThanOrEqual(target * 0.03);
      for (const action of serving) expect(action.kpi.timeframeMonths).toBe(horizon);
    }
  });

  it('a level to reach (a rating) is not split: each action serving it aims at the goal itself', () => {
    const actions = draftAll(loadBrief('en-restaurant')).prioritizer.actions.filter((action) =>
      action.goalIds.includes('G2'),
    );
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(action.kpi).toMatchObject({ target: 4.7, unit: '/5' });
    expect(actions.some((action) => action.channel === 'review generation')).toBe(true);
  });

  it('a one-sentence brief states its assumptions instead of inventing figures', () => {
    const brief = loadBrief('minimal');
    const drafts = draftAll(brief);
    expect(drafts.swot.weaknesses.map((item) => item.evidence).join(' ')).toContain(
      'no budget given: assumed organic-only',
    );
    expect(drafts.swot.threats[0]?.statement).toContain('Competitors are not named in the brief');
    for (const action of drafts.prioritizer.actions) {
      expect(action.cost).toBe(0);
      expect(action.goalIds).toEqual([]);
      expect(action.description).toContain('Assumption: no budget given');
      expect(action.description).toContain('Assumption: no goal given');
      expect(action.kpi.metric).toContain('(Boussole estimate)');
      // Specific to this company even with nothing but one sentence: its name or what it does.
      expect(action.title).toMatch(/Pedal Doctor|bicycles/);
    }
    expect(drafts.personas.personas[0]?.segment).toContain('assumption: no audience in the brief');
  });
});
