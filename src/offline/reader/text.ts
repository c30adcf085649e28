// Text helpers for the brief reader: normalise spaces and quotes, fold accents, split sentences and clauses.
//
// Regexes across the reader write letters as Latin ranges (A-Za-zÀ-ÖØ-öø-ɏ) rather than \p{L}: a \p{L}
// look-around costs about 1 ms to compile where a range costs 0.01 ms, and briefs are French or English.

/** Spaces people paste from word processors: no-break, narrow no-break, thin and figure spaces. */
const ODD_SPACES = /[\u00A0\u202F\u2009\u2007\u2002\u2003]/g;

/**
 * Puts text in the one shape every extractor expects: NFC, plain spaces, straight apostrophes,
 * `\n` line ends. Lengths may change here, so positions are only ever taken on the normalised text.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(ODD_SPACES, ' ')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/[ \t]+/g, ' ');
}

/**
 * Lower-cases and removes accents one character at a time, so the result has exactly the same
 * length as the input and a match position in the folded text is valid in the original.
 */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    // ASCII needs no decomposition: the common case stays cheap on long briefs.
    if (ch.charCodeAt(0) < 128) {
      out += ch.toLowerCase();
      continue;
    }
    const bare = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    out += bare.length === ch.length ? bare : ch;
  }
  return out;
}

/** Removes Markdown decoration a brief may carry: heading marks, bullets, emphasis, list numbers. */
export function stripMarkdown(line: string): string {
  return line
    .replace(/^\s*>+\s?/, '')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/^\s*(?:[-*+•▪◦]|\d{1,2}[.)])\s+/, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/(^|\s)[*_](\S[^*_]*\S|\S)[*_](?=\s|[.,;:!?]|$)/g, '$1$2')
    .trim();
}

/**
 * Splits a line into sentences on `.`, `!`, `?` followed by a space and a capital, a digit or a quote.
 * Decimal points ("3.1M") and abbreviations followed by lower case ("e.g. dental") do not split.
 */
export function splitSentences(line: string): string[] {
  return line
    .split(/(?<=[.!?…])\s+(?=[A-ZÀ-ÖØ-ÞŒ0-9«"(¿¡$€£])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Trims spaces and the punctuation a captured phrase should not end or start with. */
export function trimPhrase(text: string): string {
  return text
    .replace(/^[\s,;:.\-–—]+/, '')
    .replace(/[\s,;:.\-–—!?]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts a phrase to at most `max` characters on a word boundary, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** Upper-cases the first letter, for phrases lifted from the middle of a sentence. */
export function capitalize(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter, so a phrase pattern matches at the start of a sentence as in its middle. */
export function lowerFirst(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
