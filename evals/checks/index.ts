// The table of eval checks: one small pure function per name, so a suite can only name checks that exist.
import { arbiterDeterministic } from './arbiter-deterministic.js';
import { budgetRespected } from './budget-respected.js';
import { currencyMatches } from './currency-matches.js';
import { differentiatorsSupported } from './differentiators-supported.js';
import { factsConsistent } from './facts-consistent.js';
import { goalsCovered } from './goals-covered.js';
import { languageMatches } from './language-matches.js';
import { noDuplicateActions } from './no-duplicate-actions.js';
import { referencesResolve } from './references-resolve.js';
import { schemaValid } from './schema-valid.js';
import { stabilitySwot } from './stability-swot.js';
import { stabilityTopActions } from './stability-top-actions.js';
import type { Check, ImperfectionKind } from './types.js';

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
};

export { IMPERFECTION_KINDS } from './types.js';
export type {
  CaseMeta,
  CaseOutputs,
  Check,
  CheckResult,
  Imperfection,
  ImperfectionKind,
  SampleOutputs,
} from './types.js';
