// The prioritizer drafter: 8-15 candidate actions sized to the brief's budget and team, each tied to one of its goals.
import type { Brief } from '../../../agents/brief.js';
import type { Journey } from '../../../agents/journey.js';
import type { Personas } from '../../../agents/personas.js';
import type { Positioning } from '../../../agents/positioning.js';
import type { CandidateAction, Prioritizer } from '../../../agents/prioritizer.js';
import type { Swot } from '../../../agents/swot.js';
import type { ActionTextParams } from '../knowledge/phrasing/index.js';
import { projectChannel } from '../knowledge/projects.js';
import { type BriefFacts, deriveFacts } from './brief-facts.js';
import type { ChannelScore } from './channel-scores.js';
import { assignGoals, isAdditive, kpiFor, splitTargets } from './goal-links.js';
import { type ProjectGoal, projectGoals } from './project-goals.js';
import { selectChannels } from './select-channels.js';
import { shorten } from './shorten.js';
import { sizeActions } from './size-actions.js';
import { personaLinks, swotLinks } from './swot-links.js';

/** Below this confidence RICE stops meaning much; the schema's floor (issue 4: 0.5 to 1). */
const MIN_CONFIDENCE = 0.5;

export function draftPrioritizer(
  brief: Brief,
  swot: Swot,
  personas: Personas,
  _positioning: Positioning,
  journey: Journey,
): Prioritizer {
  const facts = deriveFacts(brief);
  // A goal that names a project is served by delivering it; the channels serve the measurable goals.
  const projects = projectGoals(brief.goals);
  const projectIds = new Set(projects.map((project) => project.goal.id));
  const measured = brief.goals.filter((goal) => !projectIds.has(goal.id));
  const chosen: ChannelScore[] = [
    ...selectChannels(facts, projects.length),
    ...projects.map((project) => ({
      channel: projectChannel(project.kind),
      score: 0,
      eligible: true,
      fact: null,
    })),
  ];
  const channels = chosen.map((score) => score.channel);
  const channelCount = channels.length - projects.length;
  const sized = sizeActions(facts, channels);
  const goals = [
    ...assignGoals(
      measured.length > 0 ? measured : brief.goals,
      channels.slice(0, channelCount).map((channel, index) => ({ channel, reach: sized[index]?.reach ?? 0 })),
    ),
    ...projects.map((project) => project.goal),
  ];
  const confidences = chosen.map((score) => confidenceOf(facts, score));
  const targets = splitTargets(
    channels.map((channel, index) => ({
      goal: channel.id === 'tracking' ? null : (goals[index] ?? null),
      // RICE's numerator with diminishing returns on reach (assumption): ten times the audience is not ten times the sales.
      weight: Math.sqrt(sized[index]?.reach ?? 0) * channel.impact * (confidences[index] ?? MIN_CONFIDENCE),
    })),
  );
  const swotIds = swotLinks(swot, channels);
  const ids = channels.map((_, index) => `A${index + 1}`);
  const personaIds = channels.map((channel) => personaLinks(personas.personas, channel));
  const params = textParams(facts, personas);

  const actions = chosen.map((score, index): CandidateAction => {
    const { channel } = score;
    const size = sized[index]!;
    const goal = goals[index] ?? null;
    const project = index >= channelCount ? (projects[index - channelCount] ?? null) : null;
    const own = project === null ? params : { ...params, project: project.project };
    const kpi =
      project === null
        ? kpiFor(facts, { channel, reach: size.reach, goal, target: targets[index] ?? null })
        : projectKpi(facts, project);
    return {
      id: ids[index]!,
      title:
        project === null ? facts.t.actionTitle[channel.id](own) : facts.t.projectTitle[project.kind.id](own),
      description: describe(
        facts,
        score,
        project === null
          ? facts.t.actionDescription[channel.id](own)
          : facts.t.projectDescription[project.kind.id](own),
        goal,
        size.monthlyCost,
        swot,
        swotIds[index] ?? [],
        frictionFor(journey, personaIds[index] ?? [], channel.stages),
      ),
      goalIds: goal ? [goal.id] : [],
      personaIds: personaIds[index] ?? [],
      stages: [...channel.stages],
      swotIds: swotIds[index] ?? [],
      channel: channel.label[brief.language],
      reach: size.reach,
      impact: channel.impact,
      confidence: confidences[index] ?? MIN_CONFIDENCE,
      effortDays: size.effortDays,
      cost: size.cost,
      currency: facts.currency,
      dependsOn: channel.requires
        .map((required) => ids[channels.findIndex((candidate) => candidate.id === required)])
        .filter((id): id is string => id !== undefined),
      kpi,
      killCriterion: killCriterion(facts, channel.id, kpi, killMode(goal)),
    };
  });
  return { actions };
}

/** The catalogue's confidence, raised when the brief shows the channel already works, lowered for beginners. */
function confidenceOf(facts: BriefFacts, score: ChannelScore): number {
  let confidence = score.channel.confidence;
  if (score.fact?.verdict === 'strong') confidence += 0.1;
  if (facts.brief.maturity === 'beginner') confidence -= 0.1;
  return Math.round(Math.min(1, Math.max(MIN_CONFIDENCE, confidence)) * 100) / 100;
}

function textParams(facts: BriefFacts, personas: Personas): ActionTextParams {
  const primary = personas.personas.find((persona) => persona.priority === 'primary') ?? personas.personas[0];
  const audience = facts.audience ?? (primary ? shorten(primary.segment, 50) : facts.offer);
  return {
    company: facts.company,
    offer: lowerFirst(facts.offer),
    market: facts.market,
    audience: lowerFirst(audience),
    competitor: facts.brief.competitors[0] ?? null,
    platform: facts.platform,
    reviewSite: facts.reviewSite,
    project: '',
  };
}

/** A project's KPI once it is live: the kind's own count, a Boussole estimate sized to the budget tier. */
function projectKpi(facts: BriefFacts, project: ProjectGoal): CandidateAction['kpi'] {
  const { kind } = project;
  return {
    metric: facts.t.kpiEstimate(kind.kpi[facts.brief.language]),
    target: kind.target[facts.tier],
    unit: null,
    timeframeMonths: kind.runMonths,
  };
}

function describe(
  facts: BriefFacts,
  score: ChannelScore,
  what: string,
  goal: Brief['goals'][number] | null,
  monthlyCost: number,
  swot: Swot,
  swotIds: readonly string[],
  friction: string | null,
): string {
  const { t } = facts;
  const { channel, fact } = score;
  const parts = [what];
  if (goal) parts.push(t.servesGoal(goal.id, goal.statement));
  if (fact?.kind && fact.figure !== null && fact.verdict !== 'neutral') {
    const figure = { channel: fact.name, value: fact.figure };
    parts.push(
      fact.verdict === 'strong'
        ? t.buildsOn(t.strengthFigure[fact.kind](figure))
        : t.fixes(t.weaknessFigure[fact.kind](figure)),
    );
  }
  if (friction && channel.id !== 'tracking') parts.push(t.eases(friction));
  const threat = swot.threats.find((item) => swotIds.includes(item.id));
  if (threat) parts.push(t.answersThreat(threat.statement));
  if (monthlyCost > 0) parts.push(t.costBasis(t.money(monthlyCost, facts.currency), channel.runMonths));
  if (facts.brief.budget === null) parts.push(t.assumption(t.assumeNoBudget));
  if (facts.capacityAssumed) parts.push(t.assumption(t.assumeCapacity(facts.hoursPerWeek)));
  if (facts.brief.goals.length === 0) parts.push(t.assumption(t.assumeNoGoals));
  return parts.join(' ');
}

/** A share of an additive goal or an estimate is judged at half its target by mid-term; a level, on movement. */
type KillMode = 'half_target' | 'movement';

function killMode(goal: Brief['goals'][number] | null): KillMode {
  return goal !== null && goal.target !== null && !isAdditive(goal) ? 'movement' : 'half_target';
}

function killCriterion(
  facts: BriefFacts,
  channelId: string,
  kpi: CandidateAction['kpi'],
  mode: KillMode,
): string | null {
  // Tracking is a prerequisite, not a bet: there is nothing to stop.
  if (channelId === 'tracking') return null;
  const { t } = facts;
  const months = kpi.timeframeMonths ?? facts.horizonMonths;
  const checkMonth = Math.max(1, Math.ceil(months / 2));
  if (kpi.target === null) return t.killCriterionNoTarget(months);
  if (mode === 'movement') return t.killCriterion({ metric: kpi.metric, target: null, checkMonth });
  // Half of a count is rounded up ("below 2 reviews", not 1.5); percentages and money keep one decimal.
  const fractional = kpi.unit === '%' || /^[A-Z]{3}$/.test(kpi.unit ?? '');
  const half = fractional ? Math.round(kpi.target * 5) / 10 : Math.ceil(kpi.target / 2);
  return t.killCriterion({ metric: kpi.metric, target: t.quantity(half, kpi.unit), checkMonth });
}

/** The first friction the journey records for the action's first persona at the action's first stage. */
function frictionFor(
  journey: Journey,
  personaIds: readonly string[],
  stages: readonly string[],
): string | null {
  const steps = journey.journeys.find((item) => item.personaId === personaIds[0])?.stages ?? [];
  return steps.find((step) => step.stage === stages[0])?.frictions[0] ?? null;
}

function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
