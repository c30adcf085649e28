// The register of checks: each check file declares its name, column, what it catches and its planted fault once
// (define-check.ts); this file only lists them in report order, and registry.ts builds and validates the lookups at load.
import { arbiterDeterministic } from './arbiter-deterministic.js';
import { budgetRead } from './budget-read.js';
import { budgetRespected } from './budget-respected.js';
import { businessReasons } from './business-reasons.js';
import { calendarRead } from './calendar-read.js';
import { channelsHonoured } from './channels-honoured.js';
import { companyNamed } from './company-named.js';
import { currencyMatches } from './currency-matches.js';
import type { CheckEntry, HonestyCheckEntry } from './define-check.js';
import { differentiatorsSupported } from './differentiators-supported.js';
import { factsConsistent } from './facts-consistent.js';
import { goalsCovered } from './goals-covered.js';
import { goalsServed } from './goals-served.js';
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
import { buildRegistry } from './registry.js';
import { schemaValid } from './schema-valid.js';
import { stabilitySwot } from './stability-swot.js';
import { stabilityTopActions } from './stability-top-actions.js';
import type { Check, ImperfectionKind } from './types.js';

/** Every check once, in report order: the case checks, then the honesty checks (those with a column score evals too). */
const ENTRIES = [
  schemaValid,
  referencesResolve,
  goalsCovered,
  budgetRespected,
  differentiatorsSupported,
  currencyMatches,
  languageMatches,
  factsConsistent,
  noDuplicateActions,
  arbiterDeterministic,
  stabilityTopActions,
  stabilitySwot,
  noPastedFragment,
  noInventedMoney,
  noInventedCompetitor,
  channelsHonoured,
  goalsServed,
  kpiPlausible,
  realDates,
  languageLines,
  openQuestions,
  companyNamed,
  businessReasons,
  budgetRead,
  calendarRead,
] as const;
type Entry = (typeof ENTRIES)[number];

/** A check that scores eval cases (a suite may name it). */
export type CheckName = Extract<Entry, { column: string }>['name'];
/** A check the quality harness runs on every draft. */
export type HonestyCheckName = Extract<Entry, { kind: 'honesty' }>['name'];

/** Every check's own declaration, in report order. */
export const CHECK_ENTRIES: readonly CheckEntry[] = ENTRIES;

/** Throws at load when two entries share a name, a column or a planted fault, or a planted fault has no check. */
const registry = buildRegistry(ENTRIES);

export const CHECK_NAMES = registry.evalNames as readonly CheckName[] as readonly [CheckName, ...CheckName[]];
export const CHECKS = registry.evalChecks as Record<CheckName, Check>;
/** Column headings short enough for a terminal; the legend under the table gives the full names. */
export const CHECK_COLUMNS = registry.columns as Record<CheckName, string>;
export const HONESTY_CHECK_NAMES = registry.honestyNames as HonestyCheckName[];
export const HONESTY_CHECKS = registry.honesty as Record<HonestyCheckName, HonestyCheckEntry>;
/** Which check must catch each kind of planted imperfection (and no other check may fail on it). */
export const CHECK_FOR_IMPERFECTION = registry.checkForImperfection as Record<ImperfectionKind, CheckName>;

export { BriefMeta } from './brief-meta.js';
export type { CaseCheckEntry, CheckEntry, HonestyCheckEntry } from './define-check.js';
export { type DraftView, type StatedFacts, statedFromBrief, statedFromMeta } from './draft-view.js';
export type { HonestyCheck } from './honesty-check.js';
export { registryProblems } from './registry.js';
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
