// Wording of what changes with the reader (open questions, executive memo, weekly checklist, score appendix): one interface, implemented per language.
import type { Cadence } from './action-how.js';

export interface DeliverableLabels {
  openQuestions: string;
  openQuestionsIntro: string;
  /** Where the answer goes: `brief.yaml` field and the other ways to answer. */
  answerIn: (field: string) => string;
  howToAnswer: string;
  /** Under the short list of a memo or checklist: how many more questions, and where they are with how to answer. */
  moreQuestions: (more: number, file: string) => string;

  /** The line under the title that says whom the document is for, and how to change it. */
  readerStated: (profile: string) => string;
  readerChosen: (profile: string) => string;
  /** No profile in the brief: a default, said as one, never as something read. */
  readerDefault: (profile: string) => string;
  /** The last line of a memo or checklist: the full plan is written alongside, in `file` and report.html. */
  fullPlanAlongside: (file: string) => string;

  noSpend: string;
  plannedSpend: string;
  spendNotCapped: (spend: string) => string;
  estimatedCost: (cost: string) => string;
  budgetNotStated: string;

  memo: string;
  memoLead: (input: {
    company: string;
    actions: string;
    months: string;
    goals: string;
    spend: string;
  }) => string;
  bets: string;
  colWhen: string;
  budgetSplit: string;
  colShare: string;
  budgetSplitNone: string;
  budgetSplitUnknown: (spend: string) => string;
  budgetLeft: (left: string, total: string) => string;
  committedSpend: (amount: string) => string;
  noChannel: string;
  otherChannels: (count: number) => string;
  notDoing: string;
  ruledOutByBrief: string;
  notDoingNothing: string;
  notDoingMore: (count: number) => string;
  kpisToWatch: string;
  colBy: string;
  noKpi: string;

  checklist: string;
  paceFromBrief: (hours: string) => string;
  paceFromCapacity: (hours: string) => string;
  paceUnknown: string;
  weeks: (from: number, to: number) => string;
  checkKpi: (kpi: string) => string;
  totalHours: (hours: string) => string;
  /** Hours of a recurring action: the set-up, then its rhythm ("14 h to set up, then once a month"). */
  setupThenRecurring: (hours: string, cadence: string) => string;
  /** The "how" column: the first sentence of the action's description. */
  colHow: string;
  cadence: Record<Cadence, string>;
  /** A recurring action's tail in a table cell ("Recurring: once a month after the set-up."). */
  recurringNote: (cadence: string) => string;
  /** After a horizon in a "when" cell: ", then once a month". */
  thenRecurring: (cadence: string) => string;
  /** Appendix of the notes meant for whoever checks the draft, not for the founder (ids repaired, merged…). */
  technicalNotes: string;
  technicalNotesIntro: string;
  /** Before the sources of the sanity checks' yardsticks. */
  checkSources: string;
  emptyChecklist: string;
  pausedWeeks: string;

  scoreAppendix: string;
  scoreAppendixIntro: string;
  colWhere: string;
  colRice: string;
  colGoalWeight: string;
  colProfileWeight: string;
  colEffortDays: string;
  notScored: string;
}
