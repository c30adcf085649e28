// The positioning drafter: a statement in the company's name, differentiators citing real strengths, grounded pricing.
import type { Brief } from '../../../agents/brief.js';
import type { Personas } from '../../../agents/personas.js';
import type { Positioning, PriceTier, Pricing } from '../../../agents/positioning.js';
import type { Swot, SwotItem } from '../../../agents/swot.js';
import { pricingTemplateById } from '../knowledge/pricing.js';
import { type BriefFacts, deriveFacts } from './brief-facts.js';
import { roundPrice } from './rounding.js';

export function draftPositioning(brief: Brief, swot: Swot, personas: Personas): Positioning {
  const facts = deriveFacts(brief);
  const { t } = facts;
  const strengths = byImpact(swot.strengths).slice(0, 3);
  const lead = strengths[0]?.statement ?? facts.offer;
  const primary = personas.personas.find((persona) => persona.priority === 'primary') ?? personas.personas[0];
  const segment = primary?.segment ?? facts.audience ?? facts.offer;
  return {
    positioningStatement: t.positioningStatement({
      segment,
      company: facts.company,
      category: facts.sector.category[brief.language],
      differentiators: strengths.slice(0, 2).map((strength) => headline(strength.statement)),
      competitors: brief.competitors.slice(0, 2),
    }),
    valueProposition: t.valueProposition({
      company: facts.company,
      offer: facts.offer,
      goal: primary?.goals[1] ?? primary?.goals[0] ?? facts.offer,
      differentiator: lead,
    }),
    differentiators: strengths.map((strength) => ({ statement: strength.statement, swotIds: [strength.id] })),
    proofPoints: proofPoints(facts, strengths),
    messagingPillars: personas.personas.map((persona, index) => ({
      personaId: persona.id,
      pillar: persona.decisionCriteria[0] ?? lead,
      message: t.pillarMessage({
        company: facts.company,
        pain: persona.pains[0] ?? persona.goals[0] ?? facts.offer,
        differentiator:
          (strengths[index % Math.max(strengths.length, 1)] ?? strengths[0])?.statement ?? facts.offer,
      }),
    })),
    pricing: pricing(facts),
  };
}

/** The part of a statement before its explanation: "240 reviews on Google: social proof" → "240 reviews on Google". */
function headline(statement: string): string {
  return (statement.split(':')[0] ?? statement).trim();
}

function byImpact(items: readonly SwotItem[]): SwotItem[] {
  return [...items].sort((a, b) => b.impact - a.impact || idNumber(a.id) - idNumber(b.id));
}

function idNumber(id: string): number {
  return Number.parseInt(id.slice(1), 10);
}

/** The evidence behind the strengths when it holds a figure from the brief; otherwise what to collect. */
function proofPoints(facts: BriefFacts, strengths: readonly SwotItem[]): string[] {
  const withFigures = strengths
    .map((strength) => strength.evidence)
    .filter((evidence): evidence is string => !!evidence && /\d/.test(evidence));
  return withFigures.length > 0 ? withFigures : [facts.t.proofToCollect];
}

function pricing(facts: BriefFacts): Pricing {
  const { t, brief } = facts;
  const language = brief.language;
  const template = pricingTemplateById(facts.sector.pricing);
  const tiers: PriceTier[] = template.tiers.map((tier, index) => ({
    name: tier.name[language],
    price: tier.priceEur === null ? null : roundPrice(tier.priceEur / facts.eurPerUnit),
    currency: facts.currency,
    period: tier.period,
    includes:
      index === 0 ? [t.tierOffer(facts.offer), ...tier.includes[language]] : [...tier.includes[language]],
  }));
  return {
    model: template.model,
    currency: facts.currency,
    tiers,
    rationale: t.pricingRationale({
      logic: template.logic[language],
      offer: facts.offer,
      currency: facts.currency,
      onQuote: tiers.some((tier) => tier.price === null),
    }),
    competitorReferences: brief.competitors.map((competitor) => ({
      competitor,
      price: null,
      note: t.competitorPriceNote(competitor),
    })),
  };
}
