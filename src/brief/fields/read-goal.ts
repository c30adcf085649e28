// Reads a goal written as a sentence ("Passer de 2 300 à 10 000 abonnés en 12 mois") or an object with any
// of the usual keys (target, baseline, deadline...): only the numbers the words state, nothing estimated.
import type { Goal, GoalKind } from '../../../agents/brief.js';
import { firstDuration } from '../../offline/reader/durations.js';
import { goalNumbers, kindOfUnit } from '../../offline/reader/goals.js';
import { normaliseKey } from './normalise-key.js';
import { type Fields, pick, text } from './values.js';

const STATEMENT_KEYS = [
  'statement',
  'goal',
  'objective',
  'objectif',
  'but',
  'description',
  'title',
  'titre',
  'name',
  'nom',
  'text',
  'texte',
  'label',
  'libelle',
  'what',
  'quoi',
];
const TARGET_KEYS = [
  'target',
  'cible',
  'targetvalue',
  'valeurcible',
  'value',
  'valeur',
  'to',
  'number',
  'nombre',
  'amount',
  'montant',
];
const BASELINE_KEYS = [
  'baseline',
  'current',
  'currentvalue',
  'today',
  'now',
  'from',
  'start',
  'actuel',
  'actuellement',
  'aujourdhui',
  'depart',
  'valeuractuelle',
  'situationactuelle',
  'base',
];
const HORIZON_KEYS = [
  'horizonmonths',
  'horizon',
  'months',
  'mois',
  'deadline',
  'by',
  'date',
  'due',
  'duedate',
  'echeance',
  'when',
  'quand',
  'duree',
  'within',
  'timeframe',
  'delai',
];
const METRIC_KEYS = ['metric', 'kpi', 'indicator', 'indicateur', 'measure', 'mesure', 'metrique'];
const UNIT_KEYS = ['unit', 'unite'];
const KIND_KEYS = ['kind', 'type', 'category', 'categorie'];
const ID_KEYS = ['id'];

/** Every key a goal object may use: the rest of its keys are kept as text. */
export const GOAL_KEYS = new Set([
  ...STATEMENT_KEYS,
  ...TARGET_KEYS,
  ...BASELINE_KEYS,
  ...HORIZON_KEYS,
  ...METRIC_KEYS,
  ...UNIT_KEYS,
  ...KIND_KEYS,
  ...ID_KEYS,
]);

// A relative duration: "in 6 months", "within a year", "d'ici 18 mois", "en 2 ans", "12 prochains mois".
const HORIZON =
  /\b(?:in|within|over|under|by|the next|next|en|dans|d['’]ici|sous|sur|les|on)\s+(\d{1,2}|one|two|three|a|un|une|deux|trois|six|douze)\s*(months?|mois|years?|ans?|années?)\b|\b(\d{1,2})\s*(?:prochains\s+mois|next\s+months)\b/i;
const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  a: 1,
  un: 1,
  une: 1,
  two: 2,
  deux: 2,
  three: 3,
  trois: 3,
  six: 6,
  douze: 12,
};
const STOP_WORDS = new Set([
  'by',
  'in',
  'within',
  'before',
  'per',
  'over',
  'from',
  'to',
  'and',
  'or',
  'for',
  'with',
  'on',
  'at',
  'the',
  'en',
  'dans',
  'avant',
  'par',
  'sous',
  'sur',
  'de',
  'du',
  'des',
  'à',
  'et',
  'ou',
  'pour',
  'avec',
  'd’ici',
  "d'ici",
  'fin',
  'end',
  'vs',
  'contre',
  'au',
  'aux',
  'le',
  'la',
  'les',
  'this',
  'next',
  'cette',
  'ce',
  'cet',
]);

const KINDS: readonly [GoalKind, RegExp][] = [
  ['retention', /churn|r[ée]tention|retain|fid[ée]li|repeat|r[ée]achat|renouvel|renewal|reorder|réabonn/i],
  [
    'profitability',
    /margin|marge|profit|rentab|coût d['’]acquisition|cac\b|roas|payback|break[- ]even|équilibre/i,
  ],
  ['market_share', /market share|part de march[ée]/i],
  [
    'awareness',
    /awareness|notori[ée]t[ée]|visibilit|followers|abonn[ée]s|brand|marque|cit[ée]s?\b|cited|mentions?|impressions|known|connu/i,
  ],
  [
    'growth',
    /r[ée]visions|rendez-vous|appointments|interventions|devis\b|quotes|revenue|chiffre d['’]affaires|\bca\b|\barr\b|\bmrr\b|sales|ventes|customers|clients|leads|sign[- ]?ups|inscri|orders|commandes|bookings|r[ée]servations|contracts|contrats|users|utilisateurs|members|membres|students|[ée]l[èe]ves|subscri|croissance|growth|grow|double|tripler|doubler|augmenter|increase|signer|sign\b/i,
  ],
];

/** The goal's kind from its words; "other" when none of them says. */
export function goalKind(words: string): GoalKind {
  return KINDS.find(([, pattern]) => pattern.test(words))?.[0] ?? 'other';
}

/** Months in a relative duration written in `line` ("en 12 mois" → 12, "within 2 years" → 24). */
export function horizonIn(line: string): { months: number; start: number; end: number } | null {
  const match = HORIZON.exec(line);
  if (!match) return null;
  const count = match[1] ?? match[3];
  const quantity = count === undefined ? Number.NaN : (WORD_NUMBERS[count.toLowerCase()] ?? Number(count));
  if (!Number.isFinite(quantity) || quantity <= 0) return null;
  const years = match[2] !== undefined && /^(?:years?|ans?|années?)$/i.test(match[2]);
  return { months: years ? quantity * 12 : quantity, start: match.index, end: match.index + match[0].length };
}

interface ReadNumbers {
  target: number | null;
  baseline: number | null;
  unit: string | null;
  metric: string | null;
}

/**
 * The target, today's figure and the unit a goal's sentence states, by the free-text reader's own rules
 * (src/offline/reader/goal-target.ts): a date, a horizon, a price or an age is never the target; "(aujourd'hui 18 %)"
 * and "from EUR 7.5M to EUR 10M" give today's figure; a rise over a stated figure or "doubler" becomes a level.
 */
export function numbersOfGoal(statement: string): ReadNumbers {
  const { target, baseline, stated } = goalNumbers(statement);
  // "(aujourd'hui 18 % sont en Pro)" with no number to reach: today's figure, and no target.
  if (target === null) {
    const today = stated;
    return { target: null, baseline: today?.value ?? null, unit: today?.unit ?? null, metric: null };
  }
  // What follows the target names the metric; a count's unit is that noun phrase ("company memberships").
  const after = nounPhrase(statement.slice(target.end));
  const unit = kindOfUnit(target.unit) === 'count' ? (after ?? target.unit) : target.unit;
  return { target: target.value, baseline: baseline?.value ?? null, unit, metric: after };
}

/** Up to three words after a number, stopping at a preposition: "Instagram followers by June" → "Instagram followers". */
export function nounPhrase(rest: string): string | null {
  const cleaned = rest
    .replace(/^\s*(?:%|pour ?cent|percent|k€|€|\$|£|eur\b|euros?\b|usd\b|gbp\b|chf\b)?\s*/i, '')
    .replace(/^(?:de |d['’]|of )/i, '');
  const words: string[] = [];
  for (const word of cleaned.split(/\s+/)) {
    const bare = word.replace(/[.,;:!?()[\]"«»]+$/g, '');
    if (bare === '' || STOP_WORDS.has(bare.toLowerCase()) || /^[\d(["«]/.test(bare)) break;
    words.push(bare);
    if (bare !== word || words.length === 3) break;
  }
  return words.length > 0 ? words.join(' ') : null;
}

/** A goal written as one sentence. */
export function goalFromText(statement: string, id: string): Goal {
  const numbers = numbersOfGoal(statement);
  return {
    id,
    statement,
    kind: goalKind(statement),
    metric: numbers.metric,
    target: numbers.target,
    unit: numbers.unit,
    horizonMonths: horizonIn(statement)?.months ?? firstDuration(statement),
    baseline: numbers.baseline,
  };
}

/** A goal written as an object; null when it has no words to state it. Unknown keys are returned as text. */
export function goalFromRecord(record: Fields, id: string): { goal: Goal; rest: Fields } | null {
  const statementValue = text(pick(record, STATEMENT_KEYS, normaliseKey));
  const metric = text(pick(record, METRIC_KEYS, normaliseKey));
  const statement = statementValue ?? metric;
  if (statement === null) return null;
  const fromWords = goalFromText(statement, id);
  const target = numberOf(pick(record, TARGET_KEYS, normaliseKey));
  const baseline = numberOf(pick(record, BASELINE_KEYS, normaliseKey));
  const horizon = horizonOf(pick(record, HORIZON_KEYS, normaliseKey));
  const unit = text(pick(record, UNIT_KEYS, normaliseKey));
  const kindWord = normaliseKey(text(pick(record, KIND_KEYS, normaliseKey)) ?? '');
  const statedKind = (['growth', 'profitability', 'awareness', 'retention', 'other'] as const).find(
    (k) => k === kindWord,
  );
  const kind: GoalKind =
    kindWord === 'marketshare' ? 'market_share' : (statedKind ?? goalKind(`${statement} ${metric ?? ''}`));
  let fullStatement = statement;
  if (horizon.label && !statement.includes(horizon.label)) fullStatement = `${statement} (${horizon.label})`;
  const rest: Fields = {};
  for (const [key, value] of Object.entries(record)) if (!GOAL_KEYS.has(normaliseKey(key))) rest[key] = value;
  const statedId = text(pick(record, ID_KEYS, normaliseKey));
  return {
    goal: {
      id: statedId !== null && /^G[0-9]+$/.test(statedId) ? statedId : id,
      statement: fullStatement,
      kind,
      // A short statement next to a stated target names what is counted ("révisions par mois": 120).
      metric: metric ?? fromWords.metric ?? (target && statement.split(/\s+/).length <= 4 ? statement : null),
      target: target?.value ?? fromWords.target,
      unit: unit ?? target?.unit ?? fromWords.unit,
      horizonMonths: horizon.months ?? fromWords.horizonMonths,
      baseline: baseline?.value ?? fromWords.baseline,
    },
    rest,
  };
}

function numberOf(value: unknown): { value: number; unit: string | null } | null {
  if (typeof value === 'number') return Number.isFinite(value) ? { value, unit: null } : null;
  const line = text(value);
  if (line === null) return null;
  const found = numbersOfGoal(line);
  return found.target === null ? null : { value: found.target, unit: found.unit };
}

/** A horizon as a number of months, a duration ("6 mois") or a date, which stays words ("June 2027"). */
function horizonOf(value: unknown): { months: number | null; label: string | null } {
  if (typeof value === 'number') return { months: value > 0 && value <= 120 ? value : null, label: null };
  const line = text(value);
  if (line === null) return { months: null, label: null };
  const bare = /^(\d{1,3})\s*(months?|mois|m|years?|ans?)?$/i.exec(line);
  if (bare?.[1]) {
    const years = bare[2] !== undefined && /^(?:years?|ans?)$/i.test(bare[2]);
    return { months: Number(bare[1]) * (years ? 12 : 1) || null, label: null };
  }
  const relative = horizonIn(line) ?? horizonIn(`in ${line}`);
  if (relative) return { months: relative.months, label: null };
  return { months: null, label: line };
}
