// The marketing budget: amount, currency and the months it covers ("18 000 € par an" → 18000 EUR over 12).
// Rules: a range gives its lower end (never plan on money that may not be there); a weekly amount is
// turned into a monthly one (× 52 / 12); a budget with no period covers the planning horizon, and says so.
// "No budget" is not a zero: it stays unknown, with the brief's words, so the plan shows costs uncapped.
import type { Budget } from '../../../agents/brief.js';
import { READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import type { BriefDocument, Sentence } from './document.js';
import type { Found } from './found.js';
import { hasAnyKeyword, indexWords, keywordHits } from './keyword-match.js';
import { findMoney, type Money } from './money.js';
import { NUMBER_SOURCE, NUMBER_WORD_SOURCE, parseCount } from './numbers.js';
import { fold } from './text.js';

const PERIODS = READER_TERMS.calendar.amountPeriods;

export const BUDGET_WORD =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])budgets?(?![A-Za-zÀ-ÖØ-öø-ɏ])|marketing spend|ad spend|enveloppe/u;

/** "we can spend", "nous pouvons investir", "prête à mettre": an amount offered for marketing. */
const SPEND_OFFER =
  /(?:nous pouvons|on peut|je peux|nous pourrons|we can|i can|we could|we'll|we will|pret(?:e|s|es)? a|ready to|willing to|able to|nous allons|je vais|on va|nous comptons|je compte|we plan to)\s+(?:y\s+)?(?:investir|depenser|mettre|consacrer|allouer|injecter|invest|spend|allocate|put|dedicate)/u;

const NO_BUDGET =
  /(?:pas de budget|aucun budget|sans budget|budget (?:nul|zero|inexistant)|budget\s*:\s*(?:0|aucun|nul|zero|none)\b|no budget|no real budget|pas vraiment de budget|pas de vrai budget|zero budget|no marketing budget|no (?:paid|ad) budget|budget\s*:\s*none|budget of zero|0 budget)/u;

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
  const after = indexWords(
    folded.slice(money.end, money.end + 40).replace(/^\s*(?:hors taxes?|ht|ttc)(?![a-z])/u, ''),
  );
  for (const p of PERIODS)
    if (p.after.some((w) => keywordHits(after, w).some((h) => h.start <= 3))) return p.months;
  const span = spanMonths(folded);
  if (span !== null) return span;
  const index = indexWords(folded);
  return PERIODS.find((p) => hasAnyKeyword(index, p.sentence))?.months ?? null;
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
