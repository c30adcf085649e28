// The table of eval checks: one small pure function per name, so a suite can only name checks that exist.
import { arbiterDeterministic } from './arbiter-deterministic.js';
import { budgetRead } from './budget-read.js';
import { budgetRespected } from './budget-respected.js';
import { businessReasons } from './business-reasons.js';
import { calendarRead } from './calendar-read.js';
import { channelsHonoured } from './channels-honoured.js';
import { companyNamed } from './company-named.js';
import { currencyMatches } from './currency-matches.js';
import { differentiatorsSupported } from './differentiators-supported.js';
import { factsConsistent } from './facts-consistent.js';
import { goalsCovered } from './goals-covered.js';
import { goalsServed } from './goals-served.js';
import { onEvalCase } from './honesty-adapter.js';
import type { HonestyEntry } from './honesty-check.js';
import { kpiPlausible } from './kpi-plausible.js';
import { languageLines } from './language-lines.js';
import { languageMatches } from './language-matches.js';
import { noDuplicateActions } from './no-duplicate-actions.js';
import { noInventedCompetitor } from './no-invented-competitor.js';
import { noInventedMoney } from './no-invented-money.js';
import { noPastedFragment } from './no-pasted-fragment.js';
import { openQuestions } from './open-questions.js';
import { realDates } from './real-dates.js';
import { referencesResolve } from './references-resolve.js';
import { schemaValid } from './schema-valid.js';
import { stabilitySwot } from './stability-swot.js';
import { stabilityTopActions } from './stability-top-actions.js';
import type { Check, ImperfectionKind } from './types.js';

/** The honesty checks, each registered once with what it catches: the quality harness runs them all on every draft. */
export const HONESTY_CHECKS = {
  no_pasted_fragment: {
    run: noPastedFragment,
    catches:
      'an action title that pastes five consecutive words of the brief (a sentence fragment used as an offer, keyword or name)',
    modelPath: true,
  },
  no_invented_money: {
    run: noInventedMoney,
    catches:
      'a money figure (price, cost, revenue, KPI) that is neither in the brief, derived from it, nor labelled as a benchmark or estimate',
    modelPath: true,
  },
  no_invented_competitor: {
    run: noInventedCompetitor,
    catches: 'a competitor the brief does not name, in the brief reading or the pricing references',
    modelPath: true,
  },
  channels_honoured: {
    run: channelsHonoured,
    catches: 'a channel or asset the brief names that the plan ignores, or calls unused / not used yet',
    modelPath: true,
  },
  goals_served: {
    run: goalsServed,
    catches:
      'a stated goal with no scheduled action and no reason, or served only by generic actions (no country, segment or lever it names)',
    modelPath: true,
  },
  kpi_plausible: {
    run: kpiPlausible,
    catches:
      'a KPI nobody would sign: not round (over 3 significant figures), trivially small, a rate over 100 %, the whole goal on one action, a paid channel returning 15× its spend',
    modelPath: true,
  },
  real_dates: {
    run: realDates,
    catches:
      'a fictional calendar: year-2000 gantt dates, months outside the plan from its start, no calendar month in roadmap.json',
    modelPath: false,
  },
  language_lines: {
    run: languageLines,
    catches:
      "a user-facing line (roadmap.md, stdout summary, action title or description) not in the brief's language",
    modelPath: false,
  },
  open_questions: {
    run: openQuestions,
    catches:
      'an unknown budget, goal or capacity with no open question about it, or an unknown budget shown as zero',
    modelPath: false,
  },
  company_named: {
    run: companyNamed,
    catches:
      'a roadmap not titled by the company the brief names, or a placeholder ("Votre entreprise", "Entreprise sans nom") for it',
    modelPath: false,
  },
  business_reasons: {
    run: businessReasons,
    catches:
      'a "why now" that is score arithmetic ("score 924 = RICE 700 × objectif 1.2") or no sentence at all',
    modelPath: false,
  },
  budget_read: {
    run: budgetRead,
    catches:
      'a stated budget not read (amount, currency, period), or a budget the brief never states read or planned with',
    modelPath: false,
  },
  calendar_read: {
    run: calendarRead,
    catches:
      'busy months or spend already committed (a booked trade show) that the draft did not read, or a heavy action (over 2 person-days) started in a busy month',
    modelPath: false,
  },
} as const satisfies Record<string, HonestyEntry>;
export type HonestyCheckName = keyof typeof HONESTY_CHECKS;
export const HONESTY_CHECK_NAMES = Object.keys(HONESTY_CHECKS) as HonestyCheckName[];

export const CHECK_NAMES = [
  'schema_valid',
  'references_resolve',
  'goals_covered',
  'budget_respected',
  'differentiators_supported',
  'currency_matches',
  'language_matches',
  'facts_consistent',
  'no_duplicate_actions',
  'arbiter_deterministic',
  'stability_top_actions',
  'stability_swot',
  'no_pasted_fragment',
  'no_invented_money',
  'no_invented_competitor',
  'channels_honoured',
  'goals_served',
  'kpi_plausible',
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export const CHECKS: Record<CheckName, Check> = {
  schema_valid: schemaValid,
  references_resolve: referencesResolve,
  goals_covered: goalsCovered,
  budget_respected: budgetRespected,
  differentiators_supported: differentiatorsSupported,
  currency_matches: currencyMatches,
  language_matches: languageMatches,
  facts_consistent: factsConsistent,
  no_duplicate_actions: noDuplicateActions,
  arbiter_deterministic: arbiterDeterministic,
  stability_top_actions: stabilityTopActions,
  stability_swot: stabilitySwot,
  no_pasted_fragment: onEvalCase(HONESTY_CHECKS.no_pasted_fragment.run),
  no_invented_money: onEvalCase(HONESTY_CHECKS.no_invented_money.run),
  no_invented_competitor: onEvalCase(HONESTY_CHECKS.no_invented_competitor.run),
  channels_honoured: onEvalCase(HONESTY_CHECKS.channels_honoured.run),
  goals_served: onEvalCase(HONESTY_CHECKS.goals_served.run),
  kpi_plausible: onEvalCase(HONESTY_CHECKS.kpi_plausible.run),
};

/** Which check must catch each kind of planted imperfection (and no other check may fail on it). */
export const CHECK_FOR_IMPERFECTION: Record<ImperfectionKind, CheckName> = {
  dangling_persona: 'references_resolve',
  over_budget_action: 'budget_respected',
  duplicate_action: 'no_duplicate_actions',
  wrong_currency: 'currency_matches',
  wrong_language: 'language_matches',
  unsupported_differentiator: 'differentiators_supported',
  goal_uncovered: 'goals_covered',
  contradicted_fact: 'facts_consistent',
  invented_figure: 'no_invented_money',
  channel_called_unused: 'channels_honoured',
  implausible_kpi: 'kpi_plausible',
  pasted_fragment: 'no_pasted_fragment',
};

export { BriefMeta } from './brief-meta.js';
export { type DraftView, type StatedFacts, statedFromBrief, statedFromMeta } from './draft-view.js';
export type { HonestyCheck, HonestyEntry } from './honesty-check.js';
export type {
  CaseMeta,
  CaseOutputs,
  Check,
  CheckResult,
  Imperfection,
  ImperfectionKind,
  SampleOutputs,
} from './types.js';
export { IMPERFECTION_KINDS } from './types.js';
