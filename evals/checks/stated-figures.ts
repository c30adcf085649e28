// Reads the budget amounts and team sizes an agent states in prose, so they can be compared with the brief's.

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
};
const NUM = `(\\d+(?:[.,]\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;

function readCount(text: string): number {
  const lower = text.toLowerCase();
  return NUMBER_WORDS[lower] ?? Number(lower.replace(',', '.'));
}

// "£18,000", "$85k", "180 000 €", "12 k€", "EUR 240,000", "1,2 M€": a currency mark is required, so
// "2 000 salariés" is not money.
const AMOUNT = '(\\d{1,3}(?:[ ,.\\u00a0\\u202f]\\d{3})+|\\d+(?:[.,]\\d+)?)\\s?([kKmM](?![a-z]))?';
const SYMBOL = '[£$€]|\\b(?:EUR|GBP|USD|CAD|CHF)\\b';
const MONEY = new RegExp(
  `(?:(${SYMBOL})\\s?${AMOUNT})|(?:${AMOUNT}\\s?(${SYMBOL}|euros?\\b|pounds?\\b|dollars?\\b))`,
  'gu',
);

function toAmount(digits: string, multiplier: string | undefined): number {
  // A separator followed by exactly three digits groups thousands; otherwise it is a decimal mark.
  const grouped = /^\d{1,3}([ ,.\u00a0\u202f]\d{3})+$/.test(digits);
  const value = grouped ? Number(digits.replace(/[ ,.\u00a0\u202f]/g, '')) : Number(digits.replace(',', '.'));
  const factor =
    multiplier?.toLowerCase() === 'k' ? 1_000 : multiplier?.toLowerCase() === 'm' ? 1_000_000 : 1;
  return value * factor;
}

/** How close a money amount must be to a budget word to be read as the budget: same clause, a few words. */
const BUDGET_WORD = /\b(budget|budgets?\s+marketing|enveloppe)\b/giu;
const NEAR = 40;
/** How much of the clause a reason quotes. */
const QUOTE = 80;

/** Money amounts stated as "the budget": right after or right before the word budget, in the same clause. */
export function statedBudgets(text: string): { amount: number; quote: string }[] {
  const found: { amount: number; quote: string }[] = [];
  for (const word of text.matchAll(BUDGET_WORD)) {
    const start = word.index ?? 0;
    const after = text.slice(start, start + word[0].length + NEAR).split(/\n|[;.!?](?:\s|$)/u)[0] ?? '';
    const before =
      text
        .slice(Math.max(0, start - NEAR), start)
        .split(/\n|[;.!?](?:\s|$)/u)
        .pop() ?? '';
    for (const clause of [after, before]) {
      for (const m of clause.matchAll(MONEY)) {
        const digits = m[2] ?? m[4];
        if (digits === undefined) continue;
        found.push({ amount: toAmount(digits, m[3] ?? m[5]), quote: quoteAround(text, start, clause) });
      }
    }
  }
  return found;
}

/** The clause around the budget word, to the end of its line (the search window may have cut it mid-word). */
function quoteAround(text: string, start: number, clause: string): string {
  const from = Math.max(0, text.lastIndexOf(clause.trim().slice(0, 12), start + 12));
  const end = text.indexOf('\n', from);
  return text.slice(from, Math.min(end === -1 ? text.length : end, from + QUOTE)).trim();
}

const TEAM_PATTERNS = [
  new RegExp(`\\b(?:team|équipe)(?: marketing)? (?:of|de) ${NUM}\\b`, 'giu'),
  new RegExp(`\\b${NUM}[- ](?:person|people|personnes?)(?: marketing)? (?:team|équipe)`, 'giu'),
  new RegExp(`\\b(?:team|équipe)[^.;]{0,20}?[:,] ${NUM} (?:people|persons|personnes)\\b`, 'giu'),
];

/** Marketing team sizes stated in prose: "team of four", "a four-person team", "équipe marketing de 4 personnes". */
export function statedTeamSizes(text: string): { people: number; quote: string }[] {
  const found: { people: number; quote: string }[] = [];
  for (const pattern of TEAM_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const people = readCount(m[1] ?? '');
      if (Number.isFinite(people)) found.push({ people, quote: m[0] });
    }
  }
  return found;
}
