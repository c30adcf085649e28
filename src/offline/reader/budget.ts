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
import {
  clean,
  MULTIPLIER_SOURCE,
  multiplierValue,
  NUMBER_SOURCE,
  NUMBER_WORD_SOURCE,
  parseCount,
  parseNumberText,
} from './numbers.js';
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

/** Months the words right after the amount give ("£18k/month", "4 800 € par an"), -1 weekly, else null. */
function periodAfter(folded: string, money: Money): number | null {
  const after = indexWords(
    folded.slice(money.end, money.end + 40).replace(/^\s*(?:hors taxes?|ht|ttc)(?![a-z])/u, ''),
  );
  for (const p of PERIODS)
    if (p.after.some((w) => keywordHits(after, w).some((h) => h.start <= 3))) return p.months;
  return null;
}

/** Months the amount covers, or -1 for a weekly amount, or null when the sentence does not say. */
export function periodOf(folded: string, money: Money): number | null {
  const right = periodAfter(folded, money);
  if (right !== null) return right;
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

/** "…, plus maybe 15k for everything else", "+ 5 000 € de plus": a second amount added to the first. Folded. */
const PLUS = new RegExp(
  `(?:plus|\\+|on top of that|en plus|in addition)\\s+(?:(?:maybe|perhaps|about|around|roughly|another|peut-etre|environ|encore)\\s+)?(?:[€$£]\\s?)?(${NUMBER_SOURCE})\\s?(${MULTIPLIER_SOURCE})?`,
  'gu',
);

/** "the same as now on Meta", "autant qu'aujourd'hui sur Google Ads": today's running spend carried into the budget. */
const SAME_AS_NOW =
  /(?:same as (?:now|today|this year)|as much as (?:now|today)|autant qu'aujourd'hui|comme aujourd'hui|qu'actuellement|as we do now)\s+(?:on|in|for|sur|en|dans)\s+(?:the\s+|le\s+|la\s+)?([a-z][\w-]*)/u;

/**
 * The amounts a budget sentence adds to its first ("45k for trade fairs already committed, plus maybe 15k for
 * everything else" is 60k in all), each in the first amount's currency, with today's running spend when the budget
 * is "the same as now on Meta plus £60k" (the spend the brief gives for that channel, over the budget's period).
 */
function addedAmounts(doc: BriefDocument, s: Sentence, money: Money, periodMonths: number): number {
  const folded = fold(s.text);
  let added = 0;
  for (const m of folded.matchAll(PLUS)) {
    const at = m.index;
    if (at < money.end) continue;
    // An amount written with its currency is one findMoney reads; a bare "15k" takes the first amount's.
    const amount = clean(parseNumberText(m[1] ?? '') * multiplierValue(m[2]));
    const written = findMoney(s.text).find((x) => x.start >= at && x.start - at < 30);
    if (written !== undefined && written.currency !== money.currency) continue;
    if (Number.isFinite(amount) && amount > 0) added += written?.amount ?? amount;
  }
  const same = SAME_AS_NOW.exec(folded);
  if (same?.[1] !== undefined) {
    const channel = same[1];
    for (const other of doc.sentences) {
      const text = fold(other.text);
      if (other === s || !new RegExp(`(?<![a-z])${channel}(?![a-z])`, 'u').test(text)) continue;
      // "CAC around £140 mostly from Meta ads (we spend ~£18k/month there)": the amount with a period after it.
      const spend = findMoney(other.text).find(
        (x) => x.currency === money.currency && periodAfter(text, x) !== null,
      );
      const period = spend === undefined ? null : periodAfter(text, spend);
      if (spend === undefined || period === null) continue;
      const monthly = period === -1 ? (spend.amount * 52) / 12 : spend.amount / period;
      added += Math.round(monthly * periodMonths);
      break;
    }
  }
  return added;
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
    const months = period ?? horizonMonths;
    const amount = money.amount + addedAmounts(doc, s, money, months);
    const budget = { amount, currency: money.currency, periodMonths: months };
    return { budget: { value: budget, from }, none: null, periodStated: period !== null };
  }
  const none = doc.sentences.find((s) => NO_BUDGET.test(fold(s.text)));
  return { budget: null, none: none?.text ?? null, periodStated: false };
}
