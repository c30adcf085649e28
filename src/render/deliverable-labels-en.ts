// What changes with the reader, in English.
import type { DeliverableLabels } from './deliverable-label-types.js';

export const DELIVERABLE_EN: DeliverableLabels = Object.freeze<DeliverableLabels>({
  openQuestions: 'Open questions',
  openQuestionsIntro:
    'The brief leaves these unknown. The plan below holds without them, but each answer would change it; the most important come first.',
  answerIn: (field: string) => `in brief.yaml: ${field}`,
  howToAnswer:
    'To answer: write the answers in brief.yaml (or in brief.read.yaml in this run folder when the brief was read from free text) and draft again, or run “boussole init” to answer them one by one. A budget or a team capacity can be tried at once with “boussole replan --run DIR --budget N” (or “--capacity-days N”).',

  moreQuestions: (more: number, file: string) =>
    `${more === 0 ? 'Why each one matters' : `${more} more question${more > 1 ? 's' : ''} and why each one matters`}: see ${file}. To answer: complete brief.yaml (or brief.read.yaml in this run) and draft again, or run “boussole init”.`,

  readerStated: (profile: string) =>
    `Written for: ${profile}, from the brief. For another reading, --profile executive (decision memo), cmo (full plan) or smb (week by week).`,
  readerChosen: (profile: string) =>
    `Written for: ${profile}, chosen with --profile. Other readings: --profile executive (decision memo), cmo (full plan) or smb (week by week).`,
  readerDefault: (profile: string) =>
    `Default profile: ${profile} (the brief does not say who will read this plan); change it with --profile executive (decision memo), cmo (full plan) or smb (week by week), in boussole draft or boussole replan.`,
  fullPlanAlongside: (file: string) =>
    `The full plan (schedule, actions horizon by horizon, KPIs, assumptions, analyses) is written alongside, in ${file} and report.html.`,

  noSpend: 'no spend',
  plannedSpend: 'Planned spend',
  spendNotCapped: (spend: string) => `${spend}, no cap: the brief states no budget`,
  estimatedCost: (cost: string) => `about ${cost}`,
  budgetNotStated: 'budget not stated',

  memo: 'Decision memo',
  memoLead: ({ company, actions, months, goals, spend }) =>
    `${company === '' ? 'The plan' : company}: ${actions} over ${months} months, ${goals}; ${spend}.`,
  bets: 'The three bets',
  colWhen: 'When',
  budgetSplit: 'Where the money goes',
  colShare: 'Share',
  budgetSplitNone: 'No planned action costs money: the plan runs on the team’s time alone.',
  budgetSplitUnknown: (spend: string) =>
    `The brief states no budget: the ${spend} below are estimates, not capped. State a budget to have the plan fit it.`,
  budgetLeft: (left: string, total: string) =>
    `${left} of the ${total} available stays unplanned, as a reserve.`,
  committedSpend: (amount: string) =>
    `Already committed in the brief: ${amount}, counted against the budget.`,
  otherChannels: (count: number) => `${count} other channels`,
  noChannel: 'no channel named',
  notDoing: 'What we deliberately do not do',
  ruledOutByBrief: 'Ruled out in your brief',
  notDoingNothing: 'Every candidate action is in the plan, and the brief rules nothing out.',
  notDoingMore: (count: number) => `…and ${count} more in “Not now” and “Left out” below.`,
  kpisToWatch: 'Five KPIs to watch',
  colBy: 'By',
  noKpi: 'No planned action has a KPI yet.',

  checklist: 'Week by week',
  paceFromBrief: (hours: string) =>
    `Each step in the order to take it, paced for the ${hours} hours a week your brief gives to marketing. Tick each line as you go.`,
  paceFromCapacity: (hours: string) =>
    `Each step in the order to take it, paced for about ${hours} hours a week (the team capacity in the plan). Tick each line as you go.`,
  paceUnknown:
    'Your brief does not say how many hours a week you can give to marketing, so this list gives the order and the hours each step takes, not the weeks. Answer the open question on hours to get a weekly pace.',
  weeks: (from: number, to: number) => (from === to ? `Week ${from}` : `Weeks ${from}–${to}`),
  checkKpi: (kpi: string) => `once done, watch ${kpi}`,
  totalHours: (hours: string) => `${hours} h in all`,
  setupThenRecurring: (hours: string, cadence: string) => `${hours} h to set up, then ${cadence}`,
  colHow: 'How',
  cadence: {
    weekly: 'every week',
    fortnightly: 'every fortnight',
    monthly: 'once a month',
    quarterly: 'once a quarter',
  },
  recurringNote: (cadence: string) => `Recurring: ${cadence} after the set-up.`,
  thenRecurring: (cadence: string) => `, then ${cadence}`,
  technicalNotes: 'Appendix: technical notes',
  checkSources: 'Sources of the market yardsticks (thresholds in src/arbiter/data/sanity-thresholds.json):',
  technicalNotesIntro:
    'What Boussole corrected in the agents’ data before deciding (ids, references, duplicates, out-of-range values). Nothing for you to do; useful to whoever checks the draft.',
  pausedWeeks: 'pause: a busy month in your brief, no marketing work planned',
  emptyChecklist: 'Nothing is scheduled yet, so there is nothing to do week by week.',

  scoreAppendix: 'Appendix: how the actions were scored',
  scoreAppendixIntro:
    'The arithmetic behind every decision, for those who want to check it: score = reach per quarter × impact × confidence ÷ effort in person-days (RICE), × the weight of the goal served × the profile weight. Decisions above are explained in words; these numbers only rank actions against each other.',
  colWhere: 'Placed',
  colRice: 'RICE',
  colGoalWeight: 'Goal weight',
  colProfileWeight: 'Profile weight',
  colEffortDays: 'Effort (days)',
  notScored: 'not scored',
});
