// facts_consistent: the company's name, budget, team size and competitors as the brief states them are not contradicted.
import type { Brief } from '../../agents/brief.js';
import type { Positioning } from '../../agents/positioning.js';
import type { Swot } from '../../agents/swot.js';
import { cannotCheck, listSome, needOutputs, ratio } from './agent-output.js';
import { defineCheck } from './define-check.js';
import { containsWords, fold } from './normalise-text.js';
import { statedBudgets, statedTeamSizes } from './stated-figures.js';
import { textValues } from './stop-words.js';

/** Relative gap under which a stated figure agrees with the brief's (rounding, "about"). */
const TOLERANCE = 0.15;
const LEGAL_SUFFIXES = new Set([
  'co',
  'company',
  'inc',
  'ltd',
  'llc',
  'plc',
  'sas',
  'sarl',
  'sa',
  'gmbh',
  'corp',
]);

/** The name as people write it: legal suffixes dropped, and its first two words accepted on their own. */
function nameForms(name: string): string[] {
  const words = fold(name)
    .split(' ')
    .filter((w) => w !== '');
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  const forms = [words.join(' ')];
  if (words.length > 2) forms.push(words.slice(0, 2).join(' '));
  return forms;
}

const close = (stated: number, actual: number) =>
  Math.abs(stated - actual) <= TOLERANCE * Math.max(actual, 1);

/** The budget as it may fairly be restated: for its period, a year, a quarter, a month, or the whole horizon. */
function budgetForms(brief: Brief): number[] {
  const budget = brief.budget;
  if (!budget || budget.periodMonths <= 0) return [];
  const monthly = budget.amount / budget.periodMonths;
  return [budget.amount, monthly * 12, monthly * 3, monthly, monthly * brief.horizonMonths];
}

interface Finding {
  ok: boolean;
  problem: string | null;
}

function nameFindings(brief: Brief, positioning: Positioning): Finding[] {
  const text = textValues(positioning).join('\n');
  const ok = nameForms(brief.company.name).some((form) => containsWords(text, form));
  return [{ ok, problem: ok ? null : `positioning never names ${brief.company.name}` }];
}

function figureFindings(brief: Brief, texts: { agent: string; text: string }[]): Finding[] {
  const findings: Finding[] = [];
  const budgets = budgetForms(brief);
  const people = brief.capacity?.people ?? null;
  for (const { agent, text } of texts) {
    if (budgets.length > 0) {
      for (const stated of statedBudgets(text)) {
        const ok = budgets.some((actual) => close(stated.amount, actual));
        findings.push({
          ok,
          problem: ok
            ? null
            : `${agent} states a budget of ${stated.amount} ("${stated.quote}"), the brief ${brief.budget?.amount}`,
        });
      }
    }
    if (people !== null) {
      for (const stated of statedTeamSizes(text)) {
        // Team sizes are small: half a person of rounding either way is the same team.
        const ok = Math.abs(stated.people - people) <= Math.max(0.5, TOLERANCE * people);
        findings.push({
          ok,
          problem: ok
            ? null
            : `${agent} states a team of ${stated.people} ("${stated.quote}"), the brief ${people}`,
        });
      }
    }
  }
  return findings;
}

function competitorFindings(brief: Brief, swot: Swot, positioning: Positioning): Finding[] {
  const text = [
    ...textValues(swot),
    ...positioning.pricing.competitorReferences.map((r) => r.competitor),
  ].join('\n');
  return brief.competitors.map((competitor) => {
    const ok = nameForms(competitor).some((form) => containsWords(text, form));
    return {
      ok,
      problem: ok ? null : `competitor ${competitor} appears neither in the SWOT nor in pricing references`,
    };
  });
}

export const factsConsistent = defineCheck({
  name: 'facts_consistent',
  column: 'facts',
  catches: "the company's name, budget, team size or competitors contradicted against what the brief states",
  plantedFault: 'contradicted_fact',
  run: (c) => {
    const got = needOutputs(c, ['brief', 'swot', 'positioning'] as const);
    if (!got.ok) return cannotCheck(got.missing);
    const { brief, swot, positioning } = got.outputs;
    const texts = [
      { agent: 'swot', text: textValues(swot).join('\n') },
      { agent: 'positioning', text: textValues(positioning).join('\n') },
    ];
    const findings = [
      ...nameFindings(brief, positioning),
      ...figureFindings(brief, texts),
      ...competitorFindings(brief, swot, positioning),
    ];
    const problems = findings.flatMap((f) => (f.problem === null ? [] : [f.problem]));
    if (problems.length === 0)
      return { pass: true, score: 1, reason: `${findings.length} facts agree with the brief` };
    return {
      pass: false,
      score: ratio(findings.length - problems.length, findings.length),
      reason: listSome(problems),
    };
  },
});
