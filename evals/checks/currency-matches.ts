// currency_matches: action costs and price tiers are in the brief's currency.
import { cannotCheck, listSome, needOutputs, ratio } from './agent-output.js';
import { defineCheck } from './define-check.js';

const code = (currency: string) => currency.trim().toUpperCase();

export const currencyMatches = defineCheck({
  name: 'currency_matches',
  column: 'currcy',
  catches: "an action cost or a price tier not in the brief's currency",
  plantedFault: 'wrong_currency',
  run: (c) => {
    const got = needOutputs(c, ['brief', 'positioning', 'prioritizer'] as const);
    if (!got.ok) return cannotCheck(got.missing);
    const { brief, positioning, prioritizer } = got.outputs;
    if (!brief.budget)
      return { pass: true, score: 1, reason: 'the brief states no budget, so no currency to match' };
    const expected = code(brief.budget.currency);
    const items: { where: string; currency: string }[] = [
      ...prioritizer.actions.map((a) => ({ where: `action ${a.id}`, currency: a.currency })),
      { where: 'pricing', currency: positioning.pricing.currency },
      ...positioning.pricing.tiers.map((t) => ({ where: `price tier "${t.name}"`, currency: t.currency })),
    ];
    const wrong = items.filter((item) => code(item.currency) !== expected);
    if (wrong.length === 0) return { pass: true, score: 1, reason: `${items.length} amounts in ${expected}` };
    return {
      pass: false,
      score: ratio(items.length - wrong.length, items.length),
      reason: `expected ${expected}: ${listSome(wrong.map((w) => `${w.where} in ${w.currency}`))}`,
    };
  },
});
