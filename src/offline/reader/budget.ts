// The marketing budget: amount, currency and the months it covers ("18 000 € par an" → 18000 EUR over 12).
// Rules: a range gives its lower end (never plan on money that may not be there); a weekly amount is
// turned into a monthly one (× 52 / 12); a budget with no period covers the planning horizon, and says so.
// "No budget" is not a zero: it stays unknown, with the brief's words, so the plan shows costs uncapped.
import type { Budget } from '../../../agents/brief.js';
import type { BriefDocument, Sentence } from './document.js';
import type { Found } from './found.js';
import { findMoney, type Money } from './money.js';
import { NUMBER_SOURCE, NUMBER_WORD_SOURCE, parseCount } from './numbers.js';
import { fold } from './text.js';

export const BUDGET_WORD =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])budgets?(?![A-Za-zÀ-ÖØ-öø-ɏ])|marketing spend|ad spend|enveloppe/u;

/** "we can spend", "nous pouvons investir", "prête à mettre": an amount offered for marketing. */
const SPEND_OFFER =
  /(?:nous pouvons|on peut|je peux|nous pourrons|we can|i can|we could|we'll|we will|pret(?:e|s|es)? a|ready to|willing to|able to|nous allons|je vais|on va|nous comptons|je compte|we plan to)\s+(?:y\s+)?(?:investir|depenser|mettre|consacrer|allouer|injecter|invest|spend|allocate|put|dedicate)/u;

const NO_BUDGET =
  /(?:pas de budget|aucun budget|sans budget|budget (?:nul|zero|inexistant)|budget\s*:\s*(?:0|aucun|nul|zero|none)\b|no budget|no real budget|pas vraiment de budget|pas de vrai budget|zero budget|no marketing budget|no (?:paid|ad) budget|budget\s*:\s*none|budget of zero|0 budget)/u;

const PERIODS: ReadonlyArray<readonly [number, RegExp]> = [
  [
    1,
    /^\s*(?:hors taxes?\s*|ht\s*|ttc\s*)?(?:par mois|\/\s?mois|mensuel(?:le)?s?|per month|a month|\/\s?mo(?:nth)?|monthly|chaque mois|every month|each month|p\/m|pm)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u,
  ],
  [
    12,
    /^\s*(?:hors taxes?\s*|ht\s*|ttc\s*)?(?:par an|\/\s?an|annuel(?:le)?s?|per year|a year|\/\s?y(?:ea)?r|yearly|annual(?:ly)?|par annee|pour l'annee|sur l'annee|chaque annee|per annum|p\.a\.|pour l'an)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u,
  ],
  [
    3,
    /^\s*(?:hors taxes?\s*|ht\s*|ttc\s*)?(?:par trimestre|\/\s?trimestre|trimestriel(?:le)?s?|per quarter|a quarter|quarterly|\/\s?q(?:uarter)?)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u,
  ],
  [
    -1,
    /^\s*(?:par semaine|\/\s?semaine|per week|a week|weekly|\/\s?w(?:ee)?k|hebdo[A-Za-zÀ-ÖØ-öø-ɏ]*)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u,
  ],
];

/** Period words anywhere in the sentence ("Budget annuel : 18 000 €", "monthly budget of $5k"). */
const SENTENCE_PERIODS: ReadonlyArray<readonly [number, RegExp]> = [
  [1, /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:mensuel(?:le)?s?|monthly|par mois|per month|a month)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u],
  [
    12,
    /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:annuel(?:le)?s?|annual|yearly|par an|per year|a year|for the year|over the year|pour l'annee|sur l'annee|cette annee|this year)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u,
  ],
  [
    3,
    /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:trimestriel(?:le)?s?|quarterly|par trimestre|per quarter)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u,
  ],
];

/** "sur 18 mois", "over 6 months", "pour les 2 prochaines années", "for the next 4 quarters". */
const SPAN = new RegExp(
  `(?:sur|over|pour|for|during|pendant|across)\\s+(?:les\\s+|the\\s+)?(?:next\\s+)?(${NUMBER_SOURCE}|${NUMBER_WORD_SOURCE})\\s*(?:prochain(?:e)?s\\s+)?(mois|months?|ans|annees|years?|trimestres?|quarters?)(?![A-Za-zÀ-ÖØ-öø-ɏ])`,
  'u',
);

function spanMonths(folded: string): number | null {
  const m = SPAN.exec(folded);
  const n = m ? parseCount(m[1] ?? '') : null;
  if (!m || n === null) return null;
  const unit = m[2] ?? '';
  const factor = unit.startsWith('mo') ? 1 : unit.startsWith('tri') || unit.startsWith('quarter') ? 3 : 12;
  return Math.round(n * factor);
}

/** Months the amount covers, or -1 for a weekly amount, or null when the sentence does not say. */
export function periodOf(folded: string, money: Money): number | null {
  const after = folded.slice(money.end, money.end + 40);
  for (const [months, re] of PERIODS) if (re.test(after)) return months;
  const span = spanMonths(folded);
  if (span !== null) return span;
  for (const [months, re] of SENTENCE_PERIODS) if (re.test(folded)) return months;
  return null;
}

/** "We've set aside £12k for marketing", "3 000 € réservés au marketing": money put aside for marketing. */
const SET_ASIDE =
  /(?:set aside|put aside|earmarked|allocated|mis de cote|mettre de cote|reserve(?:e|s|es)?|prevu(?:e|s|es)?|alloue(?:e|s|es)?)(?![a-z]).{0,40}(?:for|to|on|pour|au|a)\s(?:the\s|le\s)?marketing(?![a-z])/u;

function isBudgetSentence(s: Sentence, folded: string): boolean {
  if (s.heading) return false;
  return (
    s.section === 'budget' || BUDGET_WORD.test(folded) || SPEND_OFFER.test(folded) || SET_ASIDE.test(folded)
  );
}

/** The amount the sentence gives as budget: the first one after the word "budget", else the first. */
function budgetMoney(text: string, folded: string): Money | null {
  const all = findMoney(text);
  const word = BUDGET_WORD.exec(folded);
  const afterWord = word ? all.find((m) => m.start >= word.index) : undefined;
  return afterWord ?? all[0] ?? null;
}

export interface BudgetReading {
  readonly budget: Found<Budget> | null;
  /** The brief says there is no budget ("pas de budget"): its words, the budget staying unknown. */
  readonly none: string | null;
  /** False when the period was not written and the planning horizon was used. */
  readonly periodStated: boolean;
}

/** The brief's marketing budget, or null when it gives none. `horizonMonths` is the period of a budget given without one. */
export function findBudget(doc: BriefDocument, horizonMonths: number): BudgetReading {
  for (const s of doc.sentences) {
    const folded = fold(s.text);
    if (!isBudgetSentence(s, folded)) continue;
    const money = budgetMoney(s.text, folded);
    if (money === null) continue;
    const period = periodOf(folded, money);
    const from = s.text;
    if (period === -1) {
      const budget = {
        amount: Math.round((money.amount * 52) / 12),
        currency: money.currency,
        periodMonths: 1,
      };
      return { budget: { value: budget, from }, none: null, periodStated: true };
    }
    const budget = { amount: money.amount, currency: money.currency, periodMonths: period ?? horizonMonths };
    return { budget: { value: budget, from }, none: null, periodStated: period !== null };
  }
  const none = doc.sentences.find((s) => NO_BUDGET.test(fold(s.text)));
  return { budget: null, none: none?.text ?? null, periodStated: false };
}
