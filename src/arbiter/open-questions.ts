// The open questions: what the brief leaves unknown that would change the plan most, ranked, in the brief's language.
import type { Brief, Goal } from '../../agents/brief.js';
import type { Phrases } from './phrases.js';
import type { OpenQuestion, OpenQuestionTopic, RoadmapConstraints } from './roadmap.js';
import { compareText } from './text.js';

interface Gap {
  topic: OpenQuestionTopic;
  goal: Goal | null;
  field: string;
}

const blank = (text: string | null | undefined) => text === null || text === undefined || text.trim() === '';
const known = (value: number | null | undefined) => typeof value === 'number' && Number.isFinite(value);

/** Per goal, by id: a number first, then today's figure, then the date. */
function goalGaps(goals: readonly Goal[]): Gap[] {
  const gaps: Gap[] = [];
  for (const goal of goals) {
    const field = (key: string) => `goals[${goal.id}].${key}`;
    if (!known(goal.target)) {
      // A date the brief states ("for next year") is not asked again: only the number is.
      gaps.push(
        known(goal.horizonMonths)
          ? { topic: 'goal_figure', goal, field: field('target') }
          : { topic: 'goal_target', goal, field: `${field('target')}, ${field('horizonMonths')}` },
      );
      continue;
    }
    if (!known(goal.baseline)) gaps.push({ topic: 'goal_baseline', goal, field: field('baseline') });
    if (!known(goal.horizonMonths)) gaps.push({ topic: 'goal_horizon', goal, field: field('horizonMonths') });
  }
  return gaps;
}

/**
 * Ranked by how much the answer would move the plan: no goal at all changes every priority; budget and hours decide
 * what fits; a goal's number and today's figure set the targets; the rest sharpens wording and placement.
 * The constraints are the arbiter's (after replan overrides), so `replan --budget` answers the budget question.
 */
export function openQuestions(
  brief: Brief,
  constraints: RoadmapConstraints,
  phrases: Phrases,
): OpenQuestion[] {
  // Sorted by id (then statement), so the same brief in any array order asks the same questions in the same order.
  const goals = [...(brief.goals ?? [])].sort(
    (a, b) => compareText(a.id, b.id) || compareText(a.statement, b.statement),
  );
  const gaps: Gap[] = [];
  if (goals.length === 0) gaps.push({ topic: 'goals', goal: null, field: 'goals' });
  // A budget the committed spend already takes in full is asked again: the plan has nothing left to spend.
  const spentAlready =
    constraints.budgetTotal !== null && constraints.committedSpend >= constraints.budgetTotal;
  if (constraints.budget === null || (constraints.committedSpend > 0 && spentAlready))
    gaps.push({ topic: 'budget', goal: null, field: spentAlready ? 'budget, committedSpend' : 'budget' });
  if (constraints.capacityDaysPerMonth === null)
    gaps.push({ topic: 'capacity', goal: null, field: 'capacity.hoursPerWeek' });
  gaps.push(...goalGaps(goals));
  const company = brief.company;
  if (blank(company?.offer)) gaps.push({ topic: 'offer', goal: null, field: 'company.offer' });
  if (blank(brief.audience)) gaps.push({ topic: 'audience', goal: null, field: 'audience' });
  if ((brief.channels ?? []).length === 0 && (brief.assets ?? []).length === 0)
    gaps.push({ topic: 'channels', goal: null, field: 'channels, assets' });
  if (company?.businessModel === null || company?.businessModel === undefined)
    gaps.push({ topic: 'business_model', goal: null, field: 'company.businessModel' });
  if ((brief.competitors ?? []).length === 0)
    gaps.push({ topic: 'competitors', goal: null, field: 'competitors' });
  const calendar = brief.calendar;
  if (!calendar || (calendar.busyMonths.length === 0 && calendar.deadlines.length === 0))
    gaps.push({ topic: 'calendar', goal: null, field: 'calendar' });

  return gaps.map((gap) => ({
    topic: gap.topic,
    goalId: gap.goal?.id ?? null,
    field: gap.field,
    ...phrases.openQuestion(gap.topic, gap.goal && { id: gap.goal.id, statement: gap.goal.statement }),
  }));
}
