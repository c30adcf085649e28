// What the drafters may say about a brief: its clean slots (name, city, segment), its money, its sector — or unknown.
import type { Brief, BusinessModel, Goal } from '../../../agents/brief.js';
import {
  type BriefPlace,
  fold,
  goalIntents,
  KNOWLEDGE,
  type ModelDefaults,
  matchSector,
  placeOf,
  type Sector,
  type TextKey,
  wordMatcher,
} from '../../knowledge/index.js';
import { MONTH_NAMES } from '../../language/month-names.js';
import { parseDocument } from '../reader/document.js';
import { findOffer } from '../reader/offer.js';

export type Tier = 'none' | 'small' | 'medium' | 'large';

export interface Facts {
  readonly brief: Brief;
  readonly lang: Brief['language'];
  readonly model: ModelDefaults;
  readonly sector: Sector | null;
  /** What channels.yaml's notFor/onlyFor rules are checked against. */
  readonly place: BriefPlace;
  /** The company's clean name, else the sector's or model's generic noun ("votre atelier"). */
  readonly company: string;
  readonly named: boolean;
  readonly noun: string;
  readonly city: string | null;
  /** Sells only online (no storefront): no local profile, no home city in titles. */
  readonly online: boolean;
  readonly segment: string | null;
  readonly offer: string | null;
  readonly currency: string;
  /** Person-days the stated team has over the plan's horizon; null when the brief gives no capacity. */
  readonly capacityDays: number | null;
  /** Budget tier; null when the brief states no budget (costs are then sized as "small" and shown uncapped). */
  readonly tier: Tier | null;
  /** Currency units per euro-equivalent of the catalogue. */
  readonly perEur: number;
  /** Every folded word sequence the brief holds, to keep titles free of pasted fragments. */
  readonly briefWords: string;
  readonly t: (key: TextKey, slots?: Record<string, string | number>) => string;
  /** What each goal asks for (goals.yaml), read once per draft: its main intent, and all of them. */
  readonly intentOf: (goal: Goal) => string;
  readonly intentsOf: (goal: Goal) => readonly string[];
}

/**
 * A team with this many person-days over the horizon has far more time than eight one-quarter actions take
 * (assumption: about 40 d): recurring work is sized over its whole run and multi-goal briefs get more candidates.
 */
export const AMPLE_CAPACITY_DAYS = 150;

/** Approximate units per euro, only to size catalogue costs (assumption: rounded 2024-2025 rates). */
const PER_EUR: Record<string, number> = {
  EUR: 1,
  USD: 1.08,
  GBP: 0.85,
  CHF: 0.95,
  CAD: 1.47,
  AUD: 1.65,
  JPY: 160,
};
/** Monthly budget (EUR-equivalent) below which the tier is small / medium (assumption). */
const TIER_BOUNDS = { small: 1500, medium: 8000 };
const PRONOUNS = /^(?:je|j|nous|on|mon|ma|mes|notre|nos|i|we|my|our|votre|your|le|la|les|l|the|a|an|un|une)$/;
const ONLINE = wordMatcher([
  'online',
  'en ligne',
  'e-commerce',
  'ecommerce',
  'shopify',
  'saas',
  'software',
  'logiciel',
]);
const ARTICLES = /^(?:le|la|les|the|l)$/;
const GENERIC_NAMES =
  /^(?:votre |your |notre |our |l |the |une |an? )?(?:entreprise|company|societe|business|startup|unknown|inconnu|entreprise sans nom|societe sans nom|unnamed company|company without a name|nameless company)$/;

export function deriveFacts(brief: Brief): Facts {
  const lang = brief.language;
  const sector = matchSector(brief);
  const modelId: BusinessModel = brief.company.businessModel ?? sector?.model ?? 'other';
  const model = KNOWLEDGE.models.find((row) => row.id === modelId) ?? KNOWLEDGE.models.at(-1)!;
  const noun = (sector?.noun ?? model.noun)[lang];
  const name = clean(brief.company.name, 5, true);
  const monthly =
    brief.budget && brief.budget.periodMonths > 0 ? brief.budget.amount / brief.budget.periodMonths : null;
  const currency = (
    brief.budget?.currency ??
    currencyOfGoals(brief) ??
    (lang === 'fr' ? 'EUR' : 'USD')
  ).toUpperCase();
  const perEur = PER_EUR[currency] ?? 1;
  const texts = KNOWLEDGE.texts;
  const online =
    ONLINE(fold(`${brief.company.offer ?? ''} ${brief.company.description ?? ''}`)) && !sector?.local;
  const intents = new Map(brief.goals.map((goal) => [goal, goalIntents(goal)]));
  return {
    brief,
    lang,
    model,
    sector,
    place: placeOf(brief, model.id, sector?.id ?? null),
    company: name ?? noun,
    named: name !== null,
    noun,
    city: online ? null : cityOf(brief),
    online,
    segment: clean(brief.audience, 4, false),
    offer: clean(brief.company.offer, 8, false) ?? shortOffer(brief.company.offer),
    currency,
    tier: monthly === null ? null : tierOf(monthly / perEur),
    // 7-hour days, 52 weeks a year: what the team can give over the horizon.
    capacityDays:
      brief.capacity && brief.capacity.hoursPerWeek > 0
        ? (brief.capacity.hoursPerWeek * 52 * brief.horizonMonths) / 12 / 7
        : null,
    perEur,
    briefWords: fold(briefStrings(brief).join(' | ')),
    t: (key, slots = {}) => fill(texts[key][lang], slots),
    intentOf: (goal) => (intents.get(goal) ?? goalIntents(goal))[0]!,
    intentsOf: (goal) => intents.get(goal) ?? goalIntents(goal),
  };
}

function tierOf(monthlyEur: number): Tier {
  if (monthlyEur <= 0) return 'none';
  return monthlyEur < TIER_BOUNDS.small ? 'small' : monthlyEur < TIER_BOUNDS.medium ? 'medium' : 'large';
}

function currencyOfGoals(brief: Brief): string | null {
  return brief.goals.map((goal) => goal.unit ?? '').find((unit) => /^[A-Z]{3}$/.test(unit)) ?? null;
}

/**
 * A slot is clean when it reads as a name or a noun phrase: at most `maxWords` words, no sentence punctuation,
 * not opening on a pronoun or article-led placeholder ("my name is…", "votre entreprise"). Else null.
 */
export function clean(text: string | null, maxWords: number, isName: boolean): string | null {
  const value = (text ?? '').trim().replace(/\s+/g, ' ');
  if (value === '' || /[.!?;:«»"“”…()]/.test(value) || /\s[—–-]\s/.test(value)) return null;
  // "Wedding photographer, York" describes the business; it is not a name to put in a title.
  if (isName && value.includes(',')) return null;
  const words = value.split(' ');
  if (words.length > maxWords) return null;
  const folded = fold(value).trim();
  if (GENERIC_NAMES.test(folded)) return null;
  // "My name is…", "nous sommes…", "votre entreprise": a sentence or a placeholder, not a name; "The Copper Pot" is one.
  const first = folded.split(' ')[0] ?? '';
  if (PRONOUNS.test(first) && !(isName && ARTICLES.test(first))) return null;
  if (!isName && /\d/.test(value)) return null;
  return value;
}

/**
 * A stated offer too long for a title ("logiciel de gestion de chantier pour les entreprises du BTP (planning, …),
 * abonnement annuel par utilisateur") gives its head noun phrase by the reader's offer rules; the brief keeps all of it.
 */
function shortOffer(offer: string | null): string | null {
  if (offer === null || offer.trim() === '') return null;
  const found = findOffer(parseDocument(`Offer: ${offer}`), null);
  return found === null ? null : clean(found.value, 8, false);
}

/** The first market when it reads as a city or region name (one to three capitalised words, not a country list). */
function cityOf(brief: Brief): string | null {
  const market = clean(brief.company.markets[0] ?? null, 3, true);
  if (!market || !/^\p{Lu}/u.test(market)) return null;
  const international = KNOWLEDGE.intents.find((intent) => intent.id === 'international')?.words ?? [];
  return international.some((word) => fold(word) === fold(market)) ? null : market;
}

function briefStrings(brief: Brief): string[] {
  return [
    brief.company.name,
    brief.company.description ?? '',
    brief.company.offer ?? '',
    brief.audience ?? '',
    ...brief.goals.map((goal) => goal.statement),
    ...brief.constraints,
    ...brief.channels.map((channel) => channel.name),
    ...brief.assets.map((asset) => asset.name),
    ...brief.committedSpend.map((spend) => spend.what),
    ...brief.calendar.deadlines.map((deadline) => deadline.what),
  ];
}

/** Whether `text` shares five consecutive words with the brief (a pasted fragment rather than catalogue wording). */
export function pastesBrief(facts: Facts, text: string): boolean {
  const words = fold(text).trim().split(' ');
  for (let i = 0; i + 5 <= words.length; i++) {
    if (facts.briefWords.includes(` ${words.slice(i, i + 5).join(' ')} `)) return true;
  }
  return false;
}

/** Fills {slot}, {de:slot} and {a:slot} (French contractions) from `slots`; a missing slot stays visible as {slot}. */
export function fill(template: string, slots: Record<string, string | number>): string {
  return template.replace(/\{(?:(de|a):)?(\w+)\}/g, (whole, helper: string | undefined, key: string) => {
    const value = slots[key];
    if (value === undefined) return whole;
    const text = String(value);
    if (helper === 'de') return deFr(text);
    if (helper === 'a')
      return /^le\s/i.test(text)
        ? `au ${text.slice(3)}`
        : /^les\s/i.test(text)
          ? `aux ${text.slice(4)}`
          : `à ${text}`;
    return text;
  });
}

function deFr(text: string): string {
  if (/^les\s/i.test(text)) return `des ${text.slice(4)}`;
  if (/^le\s/i.test(text)) return `du ${text.slice(3)}`;
  return /^[aeiouyhàâäéèêëîïôöûùüœ]/i.test(text) ? `d’${text}` : `de ${text}`;
}

/** Rounds as a person would: whole numbers, at most two significant figures above 100 (1,937 → 1,900). */
export function roundHuman(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  if (value < 10) return Math.max(1, Math.round(value));
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}

const SYMBOLS: Record<string, string> = { EUR: '€', USD: '$', GBP: '£', JPY: '¥' };

/** A whole amount of money in the brief's language: "1 900 €", "$1,900", "1 900 CHF". */
export function money(facts: Facts, amount: number, currency = facts.currency): string {
  const symbol = SYMBOLS[currency];
  const figure = number(facts, Math.round(amount));
  if (facts.lang === 'fr' || !symbol) return `${figure} ${symbol ?? currency}`;
  return `${symbol}${figure}`;
}

/** A number with the language's grouping and decimal marks: "1 900,5" / "1,900.5". */
export function number(facts: Facts, value: number): string {
  const [whole, decimals] = String(Math.abs(Math.round(value * 100) / 100)).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, facts.lang === 'fr' ? ' ' : ',');
  const sign = value < 0 ? '-' : '';
  return decimals ? `${sign}${grouped}${facts.lang === 'fr' ? ',' : '.'}${decimals}` : `${sign}${grouped}`;
}

export function monthNames(facts: Facts, months: readonly number[]): string {
  return months
    .filter((m) => m >= 1 && m <= 12)
    .map((m) => MONTH_NAMES[facts.lang][m - 1])
    .join(', ');
}
