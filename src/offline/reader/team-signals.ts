// Who does the marketing: the writer themself ("moi : 5 h par semaine"), dedicated marketers, an agency.
// Read by the profile (an owner doing it alone is an SME) and the maturity (a marketer on staff is not a beginner).
import { hasAnyKeyword, type WordIndex } from './keyword-match.js';

/**
 * The writer puts their own time into marketing: "moi : 5 h", "l'équipe : moi (à temps plein)…",
 * "Marketing is four people: me, …", "je peux consacrer 3 heures", "the two of us can give 10 hours".
 * Matched on folded text.
 */
const WRITER_DOES_MARKETING = new RegExp(
  [
    String.raw`(?:^|[^a-z])moi\s*(?::|\()`,
    String.raw`:\s*(?:moi|me|myself)(?:\s*[,(]|\s+(?:and|et|plus)\s)`,
    `(?:^|[^a-z])(?:je peux (?:y )?consacrer|je consacre|je m'occupe (?:du|de la|des|de) (?:marketing|com|communication|reseaux|instagram|facebook|site|newsletter)|je fais (?:le|la|du|de la) (?:marketing|com|communication)|je poste|je publie|j'envoie)`,
    `(?:^|[^a-z])(?:i can (?:give|spend|devote|put in)|i spend|i post|i handle|i do (?:the|our|all) (?:marketing|social|posting)|i send)`,
    `(?:^|[^a-z])(?:the (?:two|three|2|3) of us|a nous (?:deux|trois)|entre nous deux|we (?:can )?give (?:marketing|it))`,
  ].join('|'),
  'u',
);

/** Someone whose job is marketing, other than the writer, or an agency on retainer. */
const MARKETING_STAFF = [
  'marketing manager',
  'marketing managers',
  'responsable marketing',
  'responsable communication',
  'responsable de la communication',
  'charge de communication',
  'chargee de communication',
  'charge de marketing',
  'chargee de marketing',
  'charge de contenus',
  'chargee de contenus',
  'content manager',
  'content marketer',
  'community manager',
  'social media manager',
  'performance marketer',
  'growth marketer',
  'growth manager',
  'demand gen manager',
  'demand generation manager',
  'developer advocate',
  'comms officer',
  'communications officer',
  'traffic manager',
  'marketers',
  'marketeurs',
  'in marketing',
  'en marketing',
];

/** An agency counts when a sentence mentions one without refusing it ("No agency", "pas d'agence"). */
const AGENCY = /(?:^|[^a-z])(?:agency|agence)(?![a-z])/u;
const REFUSAL = /(?:^|[^a-z])(?:no|not|don't|without|never|pas|sans|aucune|jamais|ni)(?![a-z])/u;

export interface TeamSignals {
  /** The writer says they spend their own time on marketing. */
  readonly writerDoesMarketing: boolean;
  /** Someone else's job is marketing (a hire, a team, an agency). */
  readonly marketingStaff: boolean;
}

/** `folded` is the brief folded (lower case, no accents); `index` its words. */
export function teamSignals(folded: string, index: WordIndex): TeamSignals {
  return {
    writerDoesMarketing: WRITER_DOES_MARKETING.test(folded),
    marketingStaff:
      hasAnyKeyword(index, MARKETING_STAFF) ||
      folded.split(/[.!?;\n]/).some((s) => AGENCY.test(s) && !REFUSAL.test(s)),
  };
}
