// Word matching over the knowledge's word lists: accent-free, whole words, `stem*` for any ending, simple plurals.
import type { Brief, Goal, Language } from '../../agents/brief.js';
import { foldText } from '../language/normalise.js';
import { KNOWLEDGE } from './load.js';
import type { Channel, ChannelAudience, Sector } from './schema.js';

/** Lower case, no accents, apostrophes and punctuation as spaces: "D'Affaires" → "d affaires". */
export function fold(text: string): string {
  // "&+.-" stay: the word lists hold "b&b", "booking.com", "bouche-a-oreille"; the spaces around let a pattern match at either end.
  return ` ${foldText(text, { keep: '&+.-' })} `;
}

function compile(word: string): RegExp | null {
  const w = fold(word).trim();
  if (w === '') return null;
  const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\*$/, '');
  const tail = word.endsWith('*') ? '[a-z0-9-]*' : '(?:s|x|es)?';
  return new RegExp(`[ ]${escaped}${tail}[ .]`);
}

/** Every word of the knowledge files, compiled once at load (a lookup table, never changed afterwards). */
const PATTERNS: ReadonlyMap<string, RegExp | null> = new Map(
  [
    ...KNOWLEDGE.sectors.flatMap((sector) => [...sector.strong, ...sector.keywords]),
    ...KNOWLEDGE.intents.flatMap((intent) => intent.words),
    ...KNOWLEDGE.channels.flatMap((channel) => channel.aliases),
  ].map((word) => [word, compile(word)]),
);

/** Whether a folded text holds `word` (itself folded) as whole words; `stem*` matches any ending, -s/-x plurals too. */
export function hasWord(folded: string, word: string): boolean {
  const pattern = PATTERNS.has(word) ? PATTERNS.get(word)! : compile(word);
  return pattern?.test(folded) === true;
}

export const countWords = (folded: string, words: readonly string[]): number =>
  words.filter((word) => hasWord(folded, word)).length;

/** A matcher for a word list that is not in the knowledge files, compiled once by its caller. */
export function wordMatcher(words: readonly string[]): (folded: string) => boolean {
  const patterns = words.map(compile).filter((p): p is RegExp => p !== null);
  return (folded) => patterns.some((pattern) => pattern.test(folded));
}

export interface SectorMatch {
  readonly slug: string;
  /** The sector's label in the brief's language. */
  readonly label: string;
  readonly score: number;
}

/**
 * The sector of a free-text brief, only when the evidence is clear: words naming the business itself ("boulangerie",
 * "SaaS") weigh most in what the company says it is (`identity`, then `lead`), then anywhere; a sector needs a score
 * of 3 and a lead of 2 over the next one. Null otherwise: a nearest guess is worse than no sector.
 */
export function detectSector(text: string, language: Language, lead = '', identity = ''): SectorMatch | null {
  const scored = KNOWLEDGE.sectors.map((sector) => ({
    sector,
    score:
      8 * countWords(fold(identity), sector.strong) +
      4 * countWords(fold(lead), sector.strong) +
      2 * countWords(fold(text), sector.strong) +
      countWords(fold(text), sector.keywords),
  }));
  const [best, next] = [...scored].sort((a, b) => b.score - a.score);
  if (!best || best.score < 3 || best.score < (next?.score ?? 0) + 2) return null;
  return { slug: best.sector.id, label: best.sector.label[language], score: best.score };
}

/**
 * The sector the drafters may reason with: a Brief's sector written as a table label, or a business-type word
 * of one sector (never a mere keyword) in its sector, offer or description — and only one sector's. Else null.
 */
export function matchSector(brief: Brief): Sector | null {
  const { sector, offer, description } = brief.company;
  const folded = fold(sector ?? '');
  const named = KNOWLEDGE.sectors.find(
    (row) =>
      fold(row.label.fr) === folded ||
      fold(row.label.en) === folded ||
      fold(row.id.replace(/_/g, ' ')) === folded,
  );
  if (named) return named;
  const text = fold([sector, offer, description].filter(Boolean).join(' . '));
  const hits = KNOWLEDGE.sectors.filter((row) => countWords(text, row.strong) > 0);
  return hits.length === 1 ? hits[0]! : null;
}

/**
 * What a goal asks for (goals.yaml), most specific first: every intent whose words occur in it ("reach £600k and
 * sell in Germany" asks for international and revenue), else one from its kind. Never empty.
 */
export function goalIntents(goal: Goal): string[] {
  const text = fold(`${goal.statement} ${goal.metric ?? ''} ${goal.unit ?? ''}`);
  const matching = KNOWLEDGE.intents
    .filter((intent) => countWords(text, intent.words) > 0)
    .map((intent) => intent.id);
  // A retention goal ("grow service-contract revenue") is about keeping customers, unless it names a channel-specific aim.
  if (goal.kind === 'retention' && !['geo', 'reviews', 'list_growth'].includes(matching[0] ?? '')) {
    return ['retention', ...matching.filter((id) => id !== 'retention')];
  }
  if (goal.unit && /^[A-Z]{3}$/.test(goal.unit) && !matching.includes('revenue')) matching.push('revenue');
  if (matching.length > 0) return matching;
  return [KNOWLEDGE.intents.find((intent) => intent.kinds.includes(goal.kind))?.id ?? 'customers'];
}

/** The goal's main intent: the most specific one it names. */
export const goalIntent = (goal: Goal): string => goalIntents(goal)[0]!;

/** What a channel rule is checked against: the brief's model, sector, language, and its folded business words. */
export interface BriefPlace {
  readonly model: string;
  readonly sector: string | null;
  readonly language: Language;
  /** Folded company name, sector, offer and description. */
  readonly business: string;
}

export function placeOf(brief: Brief, model: string, sector: string | null): BriefPlace {
  const { name, sector: label, offer, description } = brief.company;
  return {
    model,
    sector,
    language: brief.language,
    business: fold([name, label, offer, description].filter(Boolean).join(' . ')),
  };
}

const speaksOf = (rule: ChannelAudience, place: BriefPlace): boolean =>
  (!rule.models || rule.models.includes(place.model as never)) &&
  (!rule.sectors || (place.sector !== null && rule.sectors.includes(place.sector))) &&
  (!rule.languages || rule.languages.includes(place.language)) &&
  (!rule.words || countWords(place.business, rule.words) > 0);

/** Whether channels.yaml lets this channel be proposed to this brief (its `notFor` and `onlyFor` rules). */
export function channelAllowed(channel: Channel, place: BriefPlace): boolean {
  if (channel.notFor.some((rule) => speaksOf(rule, place))) return false;
  return channel.onlyFor.length === 0 || channel.onlyFor.some((rule) => speaksOf(rule, place));
}

/**
 * The catalogue channel a brief's channel or asset name means, by its aliases; null when none fits. Given the brief's
 * place, a channel its rules refuse gives way to the next one the name fits ("bouche-à-oreille" for an osteopath is
 * recommendations, not a rewarded referral programme).
 */
export function channelNamed(name: string, place?: BriefPlace): Channel | null {
  const folded = fold(name);
  return (
    KNOWLEDGE.channels.find(
      (channel) => countWords(folded, channel.aliases) > 0 && (!place || channelAllowed(channel, place)),
    ) ?? null
  );
}

export const channelById = (id: string): Channel => {
  const channel = KNOWLEDGE.channels.find((c) => c.id === id);
  if (!channel) throw new Error(`Unknown channel id ${id}`);
  return channel;
};
