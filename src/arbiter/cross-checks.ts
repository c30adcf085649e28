// Checks across agents, reported as warnings: one small pure function per kind of gap.
import type { Goal } from '../../agents/brief.js';
import type { Persona } from '../../agents/personas.js';
import type { Positioning } from '../../agents/positioning.js';
import type { Swot } from '../../agents/swot.js';
import type { Candidate } from './candidate.js';
import type { Phrases } from './phrases.js';
import type { RoadmapWarning } from './roadmap.js';
import { compareText, idKey } from './text.js';

export interface CrossCheckContext {
  goals: readonly Goal[];
  personas: readonly Persona[];
  swot: Swot;
  positioning: Positioning;
  /** Every candidate, sorted by id. */
  candidates: readonly Candidate[];
  /** The candidates placed in a horizon. */
  scheduled: readonly Candidate[];
  currency: string;
  phrases: Phrases;
}

export type CrossCheck =
  | 'goal_uncovered'
  | 'persona_unserved'
  | 'threat_unanswered'
  | 'differentiator_unsupported'
  | 'currency_mismatch';

const count = (list: readonly Candidate[], has: (c: Candidate) => boolean) => list.filter(has).length;
const sameCurrency = (a: unknown, b: string) => typeof a === 'string' && a.trim().toUpperCase() === b;

export const CROSS_CHECKS: Readonly<Record<CrossCheck, (ctx: CrossCheckContext) => RoadmapWarning[]>> = {
  goal_uncovered: ({ goals, candidates, scheduled, phrases }) =>
    goals
      .filter((goal) => !scheduled.some((c) => c.goalIds.includes(goal.id)))
      .map((goal) => ({
        code: 'goal_uncovered',
        message: phrases.goalUncovered(
          goal.id,
          goal.statement,
          count(candidates, (c) => c.goalIds.includes(goal.id)),
        ),
        refs: [goal.id],
      })),

  persona_unserved: ({ personas, candidates, scheduled, phrases }) =>
    personas
      .filter((p) => p.priority === 'primary' && !scheduled.some((c) => c.personaIds.includes(p.id)))
      .map((p) => ({
        code: 'persona_unserved',
        message: phrases.personaUnserved(
          p.id,
          p.name,
          count(candidates, (c) => c.personaIds.includes(p.id)),
        ),
        refs: [p.id],
      })),

  threat_unanswered: ({ swot, scheduled, phrases }) =>
    [...(swot.threats ?? [])]
      .sort((a, b) => compareText(a.id, b.id))
      .filter((threat, index, all) => all.findIndex((t) => t.id === threat.id) === index)
      .filter((threat) => !scheduled.some((c) => c.swotIds.includes(threat.id)))
      .map((threat) => ({
        code: 'threat_unanswered',
        message: phrases.threatUnanswered(threat.id, threat.statement),
        refs: [threat.id],
      })),

  differentiator_unsupported: ({ swot, positioning, phrases }) => {
    const strengths = new Set(
      (swot.strengths ?? []).map((s) => idKey(s.id)).filter((id) => /^S[0-9]+$/.test(id)),
    );
    return (positioning.differentiators ?? [])
      .map((d) => ({
        statement: String(d.statement ?? ''),
        cited: [...(d.swotIds ?? [])].map(String).sort(compareText),
      }))
      .filter((d) => !d.cited.some((id) => strengths.has(idKey(id))))
      .sort((a, b) => compareText(a.statement, b.statement) || compareText(a.cited.join(), b.cited.join()))
      .map((d) => ({
        code: 'differentiator_unsupported',
        message: phrases.differentiatorUnsupported(d.statement, d.cited),
        refs: d.cited,
      }));
  },

  currency_mismatch: ({ candidates, positioning, currency, phrases }) => {
    const warnings: RoadmapWarning[] = [];
    for (const c of candidates) {
      const stated = c.source.currency;
      if (!sameCurrency(stated, currency)) {
        warnings.push({
          code: 'currency_mismatch',
          message: phrases.actionCurrency(c.id, String(stated), currency),
          refs: [c.id],
        });
      }
    }
    const pricing = positioning.pricing;
    if (pricing && !sameCurrency(pricing.currency, currency)) {
      warnings.push({
        code: 'currency_mismatch',
        message: phrases.pricingCurrency(String(pricing.currency), currency),
        refs: [],
      });
    }
    const tiers = [...(pricing?.tiers ?? [])]
      .filter((tier) => !sameCurrency(tier.currency, currency))
      .map((tier) => ({ name: String(tier.name), currency: String(tier.currency) }))
      .sort((a, b) => compareText(a.name, b.name) || compareText(a.currency, b.currency));
    for (const tier of tiers) {
      warnings.push({
        code: 'currency_mismatch',
        message: phrases.tierCurrency(tier.name, tier.currency, currency),
        refs: [],
      });
    }
    return warnings;
  },
};

export const CROSS_CHECK_ORDER: readonly CrossCheck[] = [
  'goal_uncovered',
  'persona_unserved',
  'threat_unanswered',
  'differentiator_unsupported',
  'currency_mismatch',
];
