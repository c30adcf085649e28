// The positioning drafter: a statement from the brief's own words, differentiators only from stated strengths,
// and no price the brief does not give.
import type { Brief } from '../../../agents/brief.js';
import type { Personas } from '../../../agents/personas.js';
import type { Positioning, Pricing } from '../../../agents/positioning.js';
import type { Swot } from '../../../agents/swot.js';
import { fold } from '../../knowledge/index.js';
import { deriveFacts } from './facts.js';

export function draftPositioning(brief: Brief, swot: Swot, personas: Personas): Positioning {
  const facts = deriveFacts(brief);
  const { t, lang } = facts;
  // The offer's short head when the brief states a long one (tiers, pricing): a statement a person would say.
  const offer = facts.offer ?? (brief.company.offer?.trim() || null);
  // A segment the offer already names ("marketplace for used camera gear") is not said twice.
  const repeats = facts.segment !== null && offer !== null && fold(offer).includes(fold(facts.segment));
  const segment = (repeats ? null : facts.segment) ?? facts.model.segment[lang];
  const company = facts.named ? facts.company : upperFirst(facts.noun);
  const strengths = swot.strengths.slice(0, 3);
  const proof = strengths[0]?.statement ?? '';
  const stated = statedPricing(brief);
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
      // The pricing form the brief states; otherwise "other" with the model's note that no price was given, never
      // the model's usual form presented as this company's.
      model: stated?.model ?? 'other',
      currency: facts.currency,
      tiers: [],
      rationale: stated ? t('evidenceBrief', { text: stated.from }) : facts.model.pricing.rationale[lang],
      competitorReferences: brief.competitors.map((competitor) => ({
        competitor,
        price: null,
        note: t('competitorNote'),
      })),
    },
  };
}

/** Price forms a brief writes, the more specific first (a price "per seat" is not a plain subscription). */
const PRICE_FORMS: ReadonlyArray<[Pricing['model'], RegExp]> = [
  [
    'per_seat',
    /\b(?:licen[cs]es? per (?:employee|user|seat)|per (?:seat|user|employee) per (?:year|month)|par (?:utilisateur|salari[ée]|poste|si[èe]ge)(?: et)? par (?:an|mois))\b/iu,
  ],
  ['commission', /\bcommission (?:de|of) \d+(?:[.,]\d+)?\s?%|\d+(?:[.,]\d+)?\s?% (?:de )?commission\b/iu],
  [
    'subscription',
    /(?:[£$€]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:€|£|\$|eur|gbp|usd|chf))\s?(?:\/|per |par |a )\s?(?:month|mois|an|year)\b|\babonnement [^.;]{0,20}\d+(?:[.,]\d+)?\s?€/iu,
  ],
  ['hourly', /\d+(?:[.,]\d+)?\s?(?:€|£|\$)\s?(?:\/\s?h\b|(?:per|an) hour|de l'heure|par heure)/iu],
  [
    'one_time',
    /\b(?:copies|bottles|bouteilles|exemplaires|units|unités) at (?:us|ca)?[£$€]\s?\d+(?:[.,]\d+)?|\bat (?:us|ca)?\$\d+[.,]\d{2}\b/iu,
  ],
];

/** The price form the brief states in what it sells or aims for, with the words it came from. */
function statedPricing(brief: Brief): { model: Pricing['model']; from: string } | null {
  const lines = [
    brief.company.offer,
    brief.company.description,
    ...brief.goals.map((g) => g.statement),
  ].filter((line): line is string => Boolean(line));
  for (const [model, pattern] of PRICE_FORMS) {
    for (const line of lines) {
      const hit = pattern.exec(line);
      if (!hit) continue;
      // The clause around the price, not the whole paragraph.
      const start = Math.max(0, line.lastIndexOf('.', hit.index) + 1, line.lastIndexOf('(', hit.index) + 1);
      const stop = line.slice(hit.index).search(/[.;)](?:\s|$)/u);
      const from = line.slice(start, stop < 0 ? undefined : hit.index + stop).trim();
      return { model, from: from.length > 160 ? hit[0] : from };
    }
  }
  return null;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
