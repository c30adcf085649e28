// The positioning drafter: a statement from the brief's own words, differentiators only from stated strengths,
// and no price the brief does not give.
import type { Brief } from '../../../agents/brief.js';
import type { Personas } from '../../../agents/personas.js';
import type { Positioning } from '../../../agents/positioning.js';
import type { Swot } from '../../../agents/swot.js';
import { fold } from '../../knowledge/index.js';
import { deriveFacts } from './facts.js';

export function draftPositioning(brief: Brief, swot: Swot, personas: Personas): Positioning {
  const facts = deriveFacts(brief);
  const { t, lang } = facts;
  const offer = brief.company.offer?.trim() || null;
  // A segment the offer already names ("marketplace for used camera gear") is not said twice.
  const repeats = facts.segment !== null && offer !== null && fold(offer).includes(fold(facts.segment));
  const segment = (repeats ? null : facts.segment) ?? facts.model.segment[lang];
  const company = facts.named ? facts.company : upperFirst(facts.noun);
  const strengths = swot.strengths.slice(0, 3);
  const proof = strengths[0]?.statement ?? '';
  return {
    positioningStatement: offer
      ? t('statement', { segment, company, offer: lowerFirst(offer) })
      : t('statementNoOffer', { segment, company }),
    valueProposition:
      offer && proof ? t('valueProposition', { offer: upperFirst(offer), proof }) : (offer ?? t('unknown')),
    differentiators: strengths.map((s) => ({ statement: s.statement, swotIds: [s.id] })),
    proofPoints: strengths.map((s) => s.statement),
    messagingPillars: proof
      ? personas.personas.map((p) => ({
          personaId: p.id,
          pillar: p.decisionCriteria[0] ?? p.segment,
          message: t('pillarMessage', { pain: p.pains[0] ?? p.segment, proof }),
        }))
      : [],
    pricing: {
      model: facts.model.pricing.model,
      currency: facts.currency,
      tiers: [],
      rationale: facts.model.pricing.rationale[lang],
      competitorReferences: brief.competitors.map((competitor) => ({
        competitor,
        price: null,
        note: t('competitorNote'),
      })),
    },
  };
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
