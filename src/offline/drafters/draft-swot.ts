// The SWOT drafter: strengths and weaknesses from the brief's own facts, threats naming its competitors.
import type { Brief } from '../../../agents/brief.js';
import type { Swot, SwotImplication, SwotItem } from '../../../agents/swot.js';
import { type BriefFacts, deriveFacts } from './brief-facts.js';
import { channelScores } from './channel-scores.js';

interface Draft {
  statement: string;
  evidence: string | null;
  impact: number;
}

/** Under this many marketing hours a week, time is the binding constraint (assumption: two half-days). */
const LITTLE_TIME_HOURS = 15;

const LIMITS = { strengths: 5, weaknesses: 5, opportunities: 4, threats: 5 } as const;

export function draftSwot(brief: Brief): Swot {
  const facts = deriveFacts(brief);
  const strengths = withIds('S', strengthsOf(facts), LIMITS.strengths);
  const weaknesses = withIds('W', weaknessesOf(facts), LIMITS.weaknesses);
  const opportunities = withIds('O', opportunitiesOf(facts), LIMITS.opportunities);
  const threats = withIds('T', threatsOf(facts), LIMITS.threats);
  return {
    strengths,
    weaknesses,
    opportunities,
    threats,
    implications: implications(facts, strengths, weaknesses, opportunities, threats),
  };
}

/** Most decisive first (stable on the order found), then numbered. */
function withIds(prefix: string, drafts: Draft[], limit: number): SwotItem[] {
  return drafts
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) => b.draft.impact - a.draft.impact || a.index - b.index)
    .slice(0, limit)
    .map(({ draft }, index) => ({ id: `${prefix}${index + 1}`, ...draft }));
}

function strengthsOf(facts: BriefFacts): Draft[] {
  const { t, brief } = facts;
  const found: Draft[] = [];
  for (const channel of facts.channels) {
    if (channel.verdict !== 'strong' || channel.kind === null || channel.figure === null) continue;
    found.push({
      statement: t.strengthFigure[channel.kind]({ channel: channel.name, value: channel.figure }),
      evidence: t.evidenceChannel(channel.name, channel.metric ?? '', channel.figure),
      impact: channel.kind === 'reviews' || channel.kind === 'rating' || channel.kind === 'customers' ? 4 : 3,
    });
  }
  for (const { cue, word } of facts.cues) {
    found.push({
      statement: cue.strength[brief.language],
      evidence: t.evidenceWord(word),
      impact: cue.impact,
    });
  }
  if (brief.budget && (facts.tier === 'medium' || facts.tier === 'large')) {
    const budget = t.money(brief.budget.amount, facts.currency);
    found.push({
      statement: t.strengthBudget(budget, brief.budget.periodMonths),
      evidence: t.evidenceBudget(budget, brief.budget.periodMonths),
      impact: 3,
    });
  }
  if (brief.capacity && (brief.capacity.people >= 2 || facts.hoursPerWeek >= 20)) {
    found.push({
      statement: t.strengthTeam(brief.capacity.people, facts.hoursPerWeek),
      evidence: t.evidenceTeam(brief.capacity.people, facts.hoursPerWeek),
      impact: 3,
    });
  }
  const stage = brief.company.stage;
  if (stage === 'growth' || stage === 'mature') {
    found.push({ statement: t.strengthStage(stage), evidence: t.evidenceStage(stage), impact: 3 });
  }
  if (brief.company.markets.length >= 2) {
    found.push({
      statement: t.strengthMarkets(brief.company.markets),
      evidence: t.evidenceMarkets(brief.company.markets),
      impact: 2,
    });
  }
  // Positioning must cite at least one real strength: the offer itself is the least one can say.
  if (found.length < 2)
    found.push({
      statement: t.strengthOffer(facts.offer),
      evidence: t.evidenceOffer(facts.offer),
      impact: 2,
    });
  return found;
}

function weaknessesOf(facts: BriefFacts): Draft[] {
  const { t, brief } = facts;
  const found: Draft[] = [];
  for (const channel of facts.channels) {
    if (channel.verdict !== 'weak' || channel.kind === null || channel.figure === null) continue;
    found.push({
      statement: t.weaknessFigure[channel.kind]({ channel: channel.name, value: channel.figure }),
      evidence: t.evidenceChannel(channel.name, channel.metric ?? '', channel.figure),
      impact: 4,
    });
  }
  if (!brief.budget || facts.budgetMonthly === null) {
    found.push({ statement: t.weaknessNoBudget, evidence: t.assumeNoBudget, impact: 4 });
  } else if (facts.tier === 'small') {
    found.push({
      statement: t.weaknessSmallBudget(t.money(Math.round(facts.budgetMonthly), facts.currency)),
      evidence: t.evidenceBudget(t.money(brief.budget.amount, facts.currency), brief.budget.periodMonths),
      impact: 3,
    });
  }
  if (!brief.capacity) {
    found.push({ statement: t.weaknessNoTeam, evidence: t.assumeCapacity(facts.hoursPerWeek), impact: 3 });
  } else if (facts.hoursPerWeek < LITTLE_TIME_HOURS) {
    found.push({
      statement: t.weaknessLittleTime(facts.hoursPerWeek),
      evidence: t.evidenceTeam(brief.capacity.people, facts.hoursPerWeek),
      impact: 3,
    });
  }
  if (brief.channels.length === 0) found.push({ statement: t.weaknessNoChannels, evidence: null, impact: 3 });
  else if (brief.channels.length <= 2) {
    const names = brief.channels.map((channel) => channel.name);
    found.push({ statement: t.weaknessFewChannels(names), evidence: t.evidenceChannels(names), impact: 3 });
  }
  if (brief.channels.length > 0 && brief.channels.every((channel) => channel.value === null)) {
    found.push({ statement: t.weaknessNoFigures, evidence: null, impact: 2 });
  }
  const stage = brief.company.stage;
  if (stage === 'idea' || stage === 'launch') {
    found.push({ statement: t.weaknessEarlyStage(stage), evidence: t.evidenceStage(stage), impact: 3 });
  }
  if (brief.maturity === 'beginner')
    found.push({ statement: t.weaknessBeginner, evidence: t.evidenceMaturity, impact: 2 });
  for (const { cue, text } of facts.constraints) {
    if (cue.kind === 'no_agency')
      found.push({ statement: t.weaknessNoAgency, evidence: t.evidenceConstraint(text), impact: 2 });
  }
  return found;
}

function opportunitiesOf(facts: BriefFacts): Draft[] {
  const { t, brief, sector } = facts;
  const language = brief.language;
  const used = new Set(facts.channels.map((channel) => channel.channelId));
  const modelWord = t.businessModel[facts.model];
  const unused = channelScores(facts)
    .filter((score) => !used.has(score.channel.id) && score.channel.id !== 'tracking' && score.eligible)
    .slice(0, 2)
    .map((score) => ({
      statement: t.opportunityUnusedChannel(score.channel.label[language], modelWord),
      evidence: t.evidenceChannelFit(score.channel.label[language], modelWord),
      impact: 3,
    }));
  const market = sector.opportunities.map((opportunity) => ({
    statement: opportunity[language],
    evidence: t.evidenceSector(sector.category[language]),
    impact: 3,
  }));
  // Interleave so both the brief's own gaps and the market trend are represented.
  const interleaved: (Draft | undefined)[] = [unused[0], market[0], unused[1], market[1]];
  return interleaved.filter((draft): draft is Draft => draft !== undefined);
}

function threatsOf(facts: BriefFacts): Draft[] {
  const { t, brief, sector } = facts;
  const found: Draft[] = brief.competitors.slice(0, 3).map((competitor, rank) => ({
    statement: t.threatCompetitor(competitor, facts.offer, rank),
    evidence: t.evidenceCompetitor(competitor),
    impact: rank === 0 ? 4 : 3,
  }));
  if (brief.competitors.length === 0)
    found.push({ statement: t.threatNoCompetitors, evidence: null, impact: 3 });
  for (const { cue, text } of facts.constraints) {
    if (cue.threat)
      found.push({ statement: t.threatConstraint(text), evidence: t.evidenceConstraint(text), impact: 3 });
  }
  for (const threat of sector.threats) {
    found.push({
      statement: threat[brief.language],
      evidence: t.evidenceSector(sector.category[brief.language]),
      impact: 2,
    });
  }
  return found;
}

function implications(
  facts: BriefFacts,
  strengths: SwotItem[],
  weaknesses: SwotItem[],
  opportunities: SwotItem[],
  threats: SwotItem[],
): SwotImplication[] {
  const { implication } = facts.t;
  const pairs: [SwotImplication['kind'], SwotItem | undefined, SwotItem | undefined][] = [
    ['SO', strengths[0], opportunities[0]],
    ['ST', strengths[1] ?? strengths[0], threats[0]],
    ['WO', weaknesses[0], opportunities[1] ?? opportunities[0]],
    ['WT', weaknesses[1] ?? weaknesses[0], threats[1] ?? threats[0]],
  ];
  const found: SwotImplication[] = [];
  for (const [kind, first, second] of pairs) {
    if (!first || !second) continue;
    found.push({
      kind,
      statement: implication[kind](first.statement, second.statement),
      itemIds: [first.id, second.id],
    });
  }
  return found;
}
