// The company's name, only as the brief writes it: a "Nom :" label, "X est une…" / "X is a…", "we are X", the title.
import { READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import { type BriefDocument, bodySentences } from './document.js';
import type { Found } from './found.js';
import { hasAnyKeyword, indexWords } from './keyword-match.js';
import { fold, trimPhrase } from './text.js';

const { notNames, notCompanies, kinds } = READER_TERMS.company;
const NOT_NAMES = new Set(notNames);
const NOT_COMPANIES = new Set([
  ...notCompanies,
  ...READER_TERMS.places.regions.flatMap((p) => [p.fr.toLowerCase(), p.en.toLowerCase()]),
  ...READER_TERMS.places.cities.map((c) => c.toLowerCase()),
]);

/** A capitalised word: "Atelier", "L'Atelier", "O'Brien", "3D". */
const WORD = `[A-ZÀ-ÖØ-ÞŒ0-9][A-Za-zÀ-ÖØ-öø-ɏ0-9'&.+-]*`;
const JOIN = String.raw`(?:\s(?:(?:de|du|des|la|le|les|of|the|and|&|et|y|von|van|for|sur|en|à)\s)?|\s?(?:d'|l'))`;
const NAME = `${WORD}(?:${JOIN}${WORD}){0,5}`;

/** "We're", "I'm", "C'est": a sentence's subject, never the start of a name. */
const PRONOUN_START = /^(?:we|i|you|they|it|that|there|here|c|j|qu|n|s)'[a-z]*(?:\s|$)/iu;
/** Legal-form abbreviations keep their full stop: "Two Kettles Coffee Co.", "Acme Inc.". */
const ABBREVIATED_END = /\s(?:Co|Inc|Ltd|Corp|Cie|Bros|Ets|Sté)\.$/u;

/** A cleaned candidate, or null when it is only generic words, a platform or a place. */
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
  if (words.every((w) => NOT_NAMES.has(w) || /^\d+$/.test(w))) return null;
  return NOT_COMPANIES.has(name.toLowerCase()) ? null : name;
}

const LABEL =
  /^(?:nom(?: de l'entreprise| de la société)?|entreprise|société|societe|company(?: name)?|name|marque|brand|business(?: name)?|raison sociale)\s*:\s*(.+)$/iu;

/** "X est une…", "X is a…", "X (YC W22) helps…": the name opening a sentence. */
const COPULA = new RegExp(
  `^[«"“]?(${NAME})[»"”]?\\s*(?:\\([^)]{0,60}\\)\\s*)?(?:,[^,]{1,100},\\s*)?(?:est|is|was|sera|will be|a été|propose|offers|sells|vend|fabrique|makes|builds|develops|développe|aide|helps|accompagne|conçoit|designs|provides|fournit|organise|runs|gère|exploite|operates|crée|creates|produit|produces|distribue|distributes|installe|installs|répare|repairs|loue|rents|forme|trains|accueille|hosts|enseigne|teaches|connects|matches|automates|simplifies|serves|sert|conseille|advises)(?![A-Za-zÀ-ÖØ-öø-ɏ])`,
  'u',
);
const APPOSITION = new RegExp(`^[«"“]?(${NAME})[»"”]?,\\s+(?:une?|an?|the|notre|our|la|le|l')\\s`, 'u');
/** "Maison Darrieux, traiteur à Mérignac": a name opening the brief, then what the business is (a kind word). */
const KIND_APPOSITION = new RegExp(`^[«"“]?(${NAME})[»"”]?,\\s+([A-Za-zÀ-ÖØ-öø-ɏ-]+)\\s`, 'u');
/** "About me: Rosie Blake Photography.": a heading label followed only by a name. */
const ABOUT_LABEL = new RegExp(
  `^(?:about me|about us|à propos|qui sommes-nous|qui suis-je)\\s*:\\s*[«"“]?(${NAME})[»"”]?\\.?$`,
  'iu',
);

function kindApposition(text: string): string | undefined {
  const m = KIND_APPOSITION.exec(text);
  return m?.[2] !== undefined && hasAnyKeyword(indexWords(fold(m[2])), kinds) ? m[1] : undefined;
}
/** "Hôtel des Remparts - 22 chambres à Saint-Malo": a name opening the brief, then a dash. */
const DASHED = new RegExp(`^[«"“]?(${NAME})[»"”]?\\s[-—–]\\s`, 'u');
/** "Coolbreeze HVAC, Phoenix AZ: 5 technicians…": a name opening the brief, then its place and a colon. */
const PLACED = new RegExp(
  `^[«"“]?(${NAME})[»"”]?,\\s+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'-]+(?:\\s[A-Z]{2})?\\s?:\\s`,
  'u',
);
/** "(hand-authored review brief)": a note in brackets about the file, never the brief's opening line. */
const FILE_NOTE = /^\(.*\)\.?$|^\(?hand-authored\b/iu;
/** "Coolbreeze HVAC in Phoenix AZ.": a first sentence that is only the name and its place. */
const NAME_IN_PLACE = new RegExp(
  `^[«"“]?(${NAME})[»"”]?\\s(?:in|à|au)\\s[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'-]+(?:\\s[A-Z]{2})?\\.?$`,
  'u',
);
/** "Nous sommes X", "we are X", "je dirige X", "fondatrice de X", "called X"… anywhere in a sentence. */
const INTRO = new RegExp(
  `(?:nous sommes|we are|we're|je dirige|j'ai fondé|j'ai créé|[Ii] run|[Ii] own|[Ii] founded|[Ii] started|we run|we founded|we own|appelée?|nommée?|s'appelle|called|named|(?:fondat(?:eur|rice)|co-?fondat(?:eur|rice)|gérante?|directeur|directrice|dirigeante?|PDG|CEO|CMO|founder|co-?founder|owner|head of marketing|responsable marketing|propriétaire)\\s(?:de|d'|of|at|chez|du))\\s*(?:(?:la|le|l'|the|my|our|ma|mon|notre)\\s*)?(?:(?:boutique|société|entreprise|startup|agence|cabinet|company|shop|studio|restaurant|hôtel|hotel|brand|marque|salon|atelier|firm|agency|business|association)\\s+)?[«"“]?(${NAME})`,
  'u',
);
const CHEZ = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:[Cc]hez|[Aa]t)\\s[«"“]?(${NAME})`, 'u');
const WHOLE_NAME = new RegExp(`^${NAME}$`, 'u');

/** "# Atelier Lumière", "Brief marketing - Atelier Lumière", "notes pour le consultant - Maison Fournier - Camille F.". */
function fromTitle(doc: BriefDocument): Found<string> | null {
  const first = doc.sentences.find((s) => !FILE_NOTE.test(s.text));
  const named = ['goals', 'budget', 'team', 'channels', 'competitors', 'constraints', 'audience'];
  if (!first || (first.section !== null && named.includes(first.section))) return null;
  const dashedLine = !first.heading && first.text.length <= 140 && /\s[-|]\s/.test(first.text);
  if (!first.heading && !dashedLine) return null;
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
    // In a dashed line only a part shaped like a name counts, and a signature ("Camille F.") does not.
    if (dashedLine && (!WHOLE_NAME.test(part) || /\s[A-Z]\.?$/.test(part))) continue;
    const name = acceptName(part);
    if (name !== null && name.split(/\s+/).length <= 6) return { value: name, from: first.text };
  }
  return null;
}

/**
 * The company's name with the sentence it came from, or null when the brief gives none. In order: a label,
 * a sentence opening on the name in the first three, an introduction ("nous sommes X"), the title, "chez X".
 */
export function findCompanyName(doc: BriefDocument): Found<string> | null {
  const body = bodySentences(doc);
  for (const s of body) {
    const name = acceptName(
      LABEL.exec(s.text)?.[1]?.split(/[,(;]|\s-\s/)[0] ?? ABOUT_LABEL.exec(s.text)?.[1],
    );
    if (name !== null) return { value: name, from: s.text };
  }
  for (const [i, s] of body
    .filter((b) => !FILE_NOTE.test(b.text))
    .slice(0, 3)
    .entries()) {
    const dashed =
      i === 0
        ? (DASHED.exec(s.text)?.[1] ?? PLACED.exec(s.text)?.[1] ?? NAME_IN_PLACE.exec(s.text)?.[1])
        : undefined;
    const kind = i === 0 ? kindApposition(s.text) : undefined;
    const name = acceptName(COPULA.exec(s.text)?.[1] ?? APPOSITION.exec(s.text)?.[1] ?? dashed ?? kind);
    if (name !== null) return { value: name, from: s.text };
  }
  for (const s of body) {
    const lowered = s.text.charAt(0).toLowerCase() + s.text.slice(1);
    const name = acceptName(INTRO.exec(lowered)?.[1]);
    if (name !== null) return { value: name, from: s.text };
  }
  const title = fromTitle(doc);
  if (title !== null) return title;
  for (const s of body.slice(0, 3)) {
    const name = acceptName(CHEZ.exec(s.text)?.[1]);
    if (name !== null) return { value: name, from: s.text };
  }
  return null;
}
