// The offline drafters on eight unrelated briefs: valid, deterministic, in the brief's language and about that brief.
import { describe, expect, it } from 'vitest';
import { JOURNEY_STAGES } from '../../agents/ids.js';
import { Journey } from '../../agents/journey.js';
import { Personas } from '../../agents/personas.js';
import { Positioning } from '../../agents/positioning.js';
import { Prioritizer } from '../../agents/prioritizer.js';
import { Swot } from '../../agents/swot.js';
import { KNOWLEDGE } from '../../src/knowledge/index.js';
import { allText, BRIEF_NAMES, draftAll, loadBrief, words } from './drafters-support.js';

/** Common short words of each language; a draft in one language uses the other's only inside quoted names. */
const STOP_WORDS = {
  fr: new Set(['le', 'la', 'les', 'des', 'du', 'pour', 'avec', 'une', 'sur', 'est', 'dans', 'qui', 'aux']),
  en: new Set(['the', 'and', 'for', 'with', 'of', 'to', 'is', 'on', 'by', 'from', 'that', 'their', 'every']),
} as const;

function stopWordCounts(texts: readonly string[]) {
  const all = texts
    .join(' ')
    .toLowerCase()
    .split(/[^a-zà-ÿ]+/);
  return {
    fr: all.filter((word) => STOP_WORDS.fr.has(word)).length,
    en: all.filter((word) => STOP_WORDS.en.has(word)).length,
  };
}

/** At most three significant figures: 13,000 and 4.5 are round; 13,468 and 21,635.5 are not. */
const isRound = (value: number) => Number(value.toPrecision(3)) === value && Number.isInteger(value * 10);

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

  it('cite only strengths that exist, and name competitors without inventing a price', () => {
    const strengthIds = new Set(drafts.swot.strengths.map((item) => item.id));
    for (const differentiator of drafts.positioning.differentiators)
      for (const id of differentiator.swotIds) expect(strengthIds.has(id)).toBe(true);
    const threats = drafts.swot.threats.map((item) => item.statement).join('\n');
    for (const competitor of brief.competitors.slice(0, 3)) expect(threats).toContain(competitor);
    expect(drafts.positioning.pricing.competitorReferences.map((r) => r.competitor)).toEqual(
      brief.competitors,
    );
    expect(drafts.positioning.pricing.competitorReferences.every((r) => r.price === null)).toBe(true);
    // No price the brief does not give: the offline drafter writes no tiers.
    expect(drafts.positioning.pricing.tiers).toEqual([]);
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

  it("tie actions to the brief's goals, personas and currency, with resolvable dependencies", () => {
    const goalIds = new Set(brief.goals.map((goal) => goal.id));
    const personaIds = new Set(drafts.personas.personas.map((persona) => persona.id));
    const actionIds = new Set(actions.map((action) => action.id));
    const currency = brief.budget?.currency ?? (brief.language === 'fr' ? 'EUR' : 'USD');
    expect([...actionIds]).toEqual(actions.map((_, index) => `A${index + 1}`));
    for (const action of actions) {
      for (const id of action.goalIds) expect(goalIds.has(id)).toBe(true);
      for (const id of action.personaIds) expect(personaIds.has(id)).toBe(true);
      for (const id of action.dependsOn) expect(actionIds.has(id)).toBe(true);
      expect(action.currency).toBe(currency);
      expect([0.25, 0.5, 1, 2, 3]).toContain(action.impact);
    }
    for (const id of goalIds) expect(actions.some((action) => action.goalIds.includes(id))).toBe(true);
  });

  it('put conversion tracking before any paid channel', () => {
    const paid = new Set(
      KNOWLEDGE.channels
        .filter((c) => c.paid && c.requires.includes('tracking'))
        .map((c) => c.label[brief.language]),
    );
    const tracking = actions.find(
      (action) => action.channel === KNOWLEDGE.channels[0]!.label[brief.language],
    );
    for (const action of actions.filter((a) => paid.has(a.channel)))
      expect(action.dependsOn).toContain(tracking?.id);
  });

  it('round every figure as a person would and say where each KPI comes from', () => {
    for (const action of actions) {
      if (action.kpi.target !== null)
        expect(isRound(action.kpi.target), `${action.id} ${action.kpi.target}`).toBe(true);
      expect(isRound(action.cost), `${action.id} cost ${action.cost}`).toBe(true);
      // A rate goal's own target is the brief's; every other figure is Boussole's estimate.
      expect(action.kpi.metric).toMatch(
        brief.language === 'fr' ? /estimation Boussole|d'après le brief/ : /Boussole estimate|from the brief/,
      );
      expect(action.killCriterion ?? '').not.toMatch(/\d[.,]\d(?:\D|$)/);
    }
  });

  it('paste no five consecutive words of the brief into a title', () => {
    const source = ` ${words(JSON.stringify(brief)).join(' ')} `;
    for (const action of actions) {
      const title = words(action.title);
      for (let i = 0; i + 5 <= title.length; i++) {
        expect(source.includes(` ${title.slice(i, i + 5).join(' ')} `), action.title).toBe(false);
      }
    }
  });

  it('never call a channel the brief names unused', () => {
    expect(allText(drafts).join('\n')).not.toMatch(
      /not used yet|pas encore utilis|unused channel|canal inutilisé/i,
    );
  });
});
