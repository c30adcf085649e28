// Finds the company's name: a "Nom :" label, "X est une…" / "X is a…", "we are X" / "chez X", or the title line.
import type { Language } from '../../../agents/brief.js';
import { type BriefDocument, bodySentences } from './document.js';
import { CITIES, CITY_ALIASES, COUNTRIES_AND_REGIONS } from './market-table.js';
import { trimPhrase } from './text.js';

/** Used when the brief never names the company: a visible placeholder, never a made-up name. */
export const UNNAMED_COMPANY: Readonly<Record<Language, string>> = {
  fr: 'Votre entreprise',
  en: 'Your company',
};

/** A capitalised word: "Atelier", "L'Atelier", "O'Brien", "3D", "monday.com" is handled by the label form. */
const WORD = `[A-ZÀ-ÖØ-ÞŒ0-9][A-Za-zÀ-ÖØ-öø-ɏ0-9'&.+-]*`;
const JOIN = String.raw`(?:\s(?:(?:de|du|des|la|le|les|of|the|and|&|et|y|von|van|for|sur|en|à)\s)?|\s?(?:d'|l'))`;
const NAME = `${WORD}(?:${JOIN}${WORD}){0,5}`;

/** Words that cannot be a name on their own: pronouns, articles, the words of a brief's own headings. */
const GENERIC = new Set(
  [
    'le',
    'la',
    'les',
    'l',
    'un',
    'une',
    'notre',
    'nos',
    'nous',
    'je',
    'j',
    'il',
    'elle',
    'on',
    'ce',
    'cette',
    'ces',
    'mon',
    'ma',
    'mes',
    'son',
    'sa',
    'the',
    'our',
    'we',
    'i',
    'it',
    'this',
    'these',
    'they',
    'my',
    'a',
    'an',
    'their',
    'its',
    'brief',
    'marketing',
    'objectifs',
    'objectif',
    'goals',
    'goal',
    'budget',
    'contexte',
    'context',
    'entreprise',
    'company',
    'société',
    'startup',
    'plan',
    'projet',
    'project',
    'présentation',
    'overview',
    'about',
    'us',
    'résumé',
    'summary',
    'client',
    'clients',
    'customers',
    'marché',
    'market',
    'équipe',
    'team',
    'de',
    'du',
    'des',
    'of',
    'and',
    'et',
    '&',
    'en',
    'sur',
    'for',
    'y',
    'à',
    'qui',
    'who',
    'what',
    'quoi',
    'there',
    'here',
    'ici',
    'today',
    "aujourd'hui",
    'depuis',
    'since',
    'in',
    'chez',
    'mais',
    'but',
    'aussi',
    'also',
    'what',
    'ceci',
    'cela',
    'ça',
    'voici',
    'here',
    'hello',
    'bonjour',
    'merci',
    'description',
    'activité',
    'activity',
    'business',
    'offre',
    'offer',
    'nom',
    'name',
    'secteur',
    'sector',
    'moi',
    'me',
    'vous',
    'you',
    'your',
    'votre',
    'vos',
    'tout',
    'all',
    'when',
    'quand',
    'si',
    'if',
    'avec',
    'with',
    'pour',
    'dans',
    'by',
    'par',
    'voilà',
    'lancement',
    'launch',
    'stratégie',
    'strategy',
    'roadmap',
  ].map((w) => w.toLowerCase()),
);

/** Platforms, channels and places that open sentences ("Instagram est notre canal") but are not the company. */
const NOT_A_COMPANY = new Set([
  'instagram',
  'facebook',
  'tiktok',
  'linkedin',
  'google',
  'youtube',
  'pinterest',
  'twitter',
  'x',
  'etsy',
  'amazon',
  'shopify',
  'airbnb',
  'booking',
  'booking.com',
  'tripadvisor',
  'whatsapp',
  'snapchat',
  'meta',
  'seo',
  'sea',
  'newsletter',
  'b2b',
  'b2c',
  'saas',
  'crm',
  'ca',
  'ceo',
  'cmo',
  'pdg',
  'dg',
  'cto',
  'tpe',
  'pme',
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'noël',
  'christmas',
  'q1',
  'q2',
  'q3',
  'q4',
  ...[...COUNTRIES_AND_REGIONS, ...CITIES, ...CITY_ALIASES].flatMap((p) => [
    p.fr.toLowerCase(),
    p.en.toLowerCase(),
  ]),
]);

/** "We're", "I'm", "C'est": a sentence's subject, never the start of a name. */
const PRONOUN_START = /^(?:we|i|you|they|it|that|there|here|c|j|qu|n|s)'[a-z]*(?:\s|$)/iu;
/** Legal-form abbreviations keep their full stop: "Two Kettles Coffee Co.", "Acme Inc.". */
const ABBREVIATED_END = /\s(?:Co|Inc|Ltd|Corp|Cie|Bros|Ets|Sté)\.$/u;

/** A cleaned candidate, or null when it is only generic words or a platform or place. */
function acceptName(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const unquoted = raw.replace(/^[«"“]\s*|\s*[»"”]$/g, '').trim();
  if (PRONOUN_START.test(unquoted)) return null;
  const name = trimPhrase(unquoted) + (ABBREVIATED_END.test(unquoted) ? '.' : '');
  if (name.length < 2 || name.length > 60 || /^\d+$/.test(name)) return null;
  const words = name
    .toLowerCase()
    .split(/[\s']+/)
    .filter((w) => w.length > 0);
  if (words.every((w) => GENERIC.has(w) || /^\d+$/.test(w))) return null;
  if (NOT_A_COMPANY.has(name.toLowerCase())) return null;
  return name;
}

const LABEL =
  /^(?:nom(?: de l'entreprise| de la société)?|entreprise|société|societe|company(?: name)?|name|marque|brand|business(?: name)?|startup|raison sociale)\s*:\s*(.+)$/iu;

/** "X est une…", "X is a…", "X, a…", "X (YC W22) helps…": the name opening a sentence. */
const COPULA = new RegExp(
  `^[«"“]?(${NAME})[»"”]?\\s*(?:\\([^)]{0,60}\\)\\s*)?(?:,[^,]{1,100},\\s*)?(?:est|is|was|sera|will be|a été|propose|offers|sells|vend|fabrique|makes|builds|develops|développe|aide|helps|accompagne|conçoit|designs|provides|fournit|organise|runs|gère|exploite|operates|crée|creates|produit|produces|distribue|distributes|installe|installs|répare|repairs|loue|rents|livre|delivers|forme|trains|accueille|hosts|cultive|grows|brasse|brews|torréfie|roasts|imprime|prints|rénove|renovates|construit|enseigne|teaches|relie|connects|matches|automatise|automates|simplifie|simplifies|transporte|cuisine|cooks|sert|serves|soigne|treats|coache|coaches|publie|publishes|édite|conseille|advises|vient|comes)(?![A-Za-zÀ-ÖØ-öø-ɏ])`,
  'u',
);
const APPOSITION = new RegExp(`^[«"“]?(${NAME})[»"”]?,\\s+(?:une?|an?|the|notre|our|la|le|l')\\s`, 'u');
/** "Hôtel des Remparts - 22 chambres à Saint-Malo": a name opening the brief, then a dash. */
const DASHED = new RegExp(`^[«"“]?(${NAME})[»"”]?\\s-\\s`, 'u');

/** "Nous sommes X", "we are X", "je dirige X", "fondatrice de X", "called X"… anywhere in a sentence. */
const INTRO = new RegExp(
  `(?:nous sommes|on est|we are|we're|je dirige|j'ai fondé|j'ai créé|[Ii] run|[Ii] own|[Ii] founded|[Ii] started|[Ii] manage|we run|we founded|we own|appelée?|nommée?|baptisée?|s'appelle|called|named|(?:fondat(?:eur|rice)|co-?fondat(?:eur|rice)|gérante?|directeur|directrice|dirigeante?|PDG|CEO|CMO|founder|co-?founder|owner|head of marketing|responsable marketing|propriétaire)\\s(?:de|d'|of|at|chez|du))\\s*(?:(?:la|le|l'|the|my|our|ma|mon|notre)\\s*)?(?:(?:boutique|société|entreprise|startup|start-up|agence|cabinet|company|shop|studio|restaurant|hôtel|hotel|brand|marque|salon|atelier|firm|agency|business|PME|TPE|association)\\s+)?[«"“]?(${NAME})`,
  'u',
);
const CHEZ = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:[Cc]hez|[Aa]t)\\s[«"“]?(${NAME})`, 'u');

/** A title part that is a name by its shape alone: capitalised words ("Maison Fournier"), nothing else. */
const WHOLE_NAME = new RegExp(`^${NAME}$`, 'u');

/**
 * The title: "# Atelier Lumière", "Brief marketing - Atelier Lumière", "Brightdesk | Marketing brief", or a
 * first line of notes split by dashes ("notes pour le consultant - Maison Fournier (boulangerie) - Camille F.").
 */
function fromTitle(doc: BriefDocument): string | null {
  const first = doc.sentences[0];
  // Any section but the ones a heading names by itself ("Objectifs", "Canaux actuels") may hold the name.
  const named = ['goals', 'budget', 'team', 'channels', 'competitors', 'constraints', 'audience'];
  if (!first || (first.section !== null && named.includes(first.section))) return null;
  const dashedLine = !first.heading && first.text.length <= 140 && /\s[-|]\s/.test(first.text);
  if (!first.heading && !dashedLine) return null;
  // An e-mail's subject label ("Objet :", "Subject:", "Re:") is not the name; the name may follow it.
  const parts = first.text
    .replace(/^(?:(?:objet|subject|re|tr|fwd?|réf|ref)\s?:\s*)+/iu, '')
    .split(/\s[-|:]\s|:\s|,\s/)
    .map((p) =>
      p
        .replace(/\([^)]*\)/g, ' ')
        .replace(/\b(?:brief|marketing|client|202\d|203\d)\b/giu, ' ')
        .trim(),
    );
  for (const part of parts) {
    // A dashed line is prose: only a part shaped like a name counts, and a signature ("Camille F.") does not.
    if (dashedLine && (!WHOLE_NAME.test(part) || /\s[A-Z]\.?$/.test(part))) continue;
    const name = acceptName(part);
    if (name !== null && name.split(/\s+/).length <= 6) return name;
  }
  return null;
}

/**
 * The company's name, or null when the brief does not give one. In order: a label, a sentence opening
 * with the name in the first three sentences, an introduction ("nous sommes X"), the title, "chez X".
 */
export function findCompanyName(doc: BriefDocument): { name: string; sentence: string | null } | null {
  const body = bodySentences(doc);
  for (const s of body) {
    const name = acceptName(LABEL.exec(s.text)?.[1]?.split(/[,(;]|\s-\s/)[0]);
    if (name !== null) return { name, sentence: null };
  }
  for (const [i, s] of body.slice(0, 3).entries()) {
    const dashed = i === 0 ? DASHED.exec(s.text)?.[1] : undefined;
    const name = acceptName(COPULA.exec(s.text)?.[1] ?? APPOSITION.exec(s.text)?.[1] ?? dashed);
    if (name !== null) return { name, sentence: s.text };
  }
  for (const s of body) {
    // Lower-case the first letter so "Nous sommes X" and "We are X" match like mid-sentence phrases.
    const lowered = s.text.charAt(0).toLowerCase() + s.text.slice(1);
    const name = acceptName(INTRO.exec(lowered)?.[1]);
    if (name !== null) return { name, sentence: s.text };
  }
  const title = fromTitle(doc);
  if (title !== null) return { name: title, sentence: null };
  for (const s of body.slice(0, 3)) {
    const name = acceptName(CHEZ.exec(s.text)?.[1]);
    if (name !== null) return { name, sentence: s.text };
  }
  return null;
}
