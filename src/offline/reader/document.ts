// Turns brief text into sentences that know which section of the brief they sit in ("Objectifs", "Budget"...).
import { READER_TERMS, type SectionKind } from '../../knowledge/reader/reader-terms.js';
import { hasAnyKeyword, indexWords } from './keyword-match.js';
import { normalizeText, splitSentences, stripMarkdown } from './text.js';

/** One sentence of the brief, in reading order. */
export interface Sentence {
  readonly text: string;
  /** The section it belongs to, from the nearest heading or from a `Label:` at the start of its line. */
  readonly section: SectionKind | null;
  /** Index of the source line, so sentences of one bullet or one paragraph can be grouped. */
  readonly line: number;
  /** True for a Markdown heading or a short title line. */
  readonly heading: boolean;
}

export type { SectionKind };

export interface BriefDocument {
  /** The whole normalised text. */
  readonly text: string;
  readonly sentences: readonly Sentence[];
}

const SECTIONS = READER_TERMS.sections;

function sectionOf(label: string): SectionKind | null {
  const index = indexWords(label);
  for (const { section, words } of SECTIONS) {
    if (hasAnyKeyword(index, words)) return section;
  }
  return null;
}

/** "Budget : 18 000 €" → label "Budget", rest "18 000 €". A label is short and has no digits. */
function splitLabel(line: string): { label: string; rest: string } | null {
  const m = /^([A-Za-zÀ-ÖØ-öø-ɏ' /&-]{2,40}?)\s*:\s*(.*)$/u.exec(line);
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  if (m[1].trim().split(/\s+/).length > 5) return null;
  return { label: m[1].trim(), rest: m[2].trim() };
}

function isHeadingLine(raw: string, cleaned: string, nextRaw: string | undefined): boolean {
  if (/^\s*#{1,6}\s/.test(raw)) return true;
  if (/^\s*(\*\*|__).+(\*\*|__)\s*:?\s*$/.test(raw)) return true;
  // "Objectifs (12 mois) :" or "Our goals for next year:" alone on a line opens a section.
  if (/:$/.test(cleaned) && cleaned.split(/\s+/).length <= 12 && !/^\s*[-*+•]\s/.test(raw)) return true;
  if (
    nextRaw === undefined ||
    /^\s*[-*+•]\s/.test(raw) ||
    /[.!?,;:]$/.test(cleaned) ||
    cleaned.includes(': ')
  ) {
    return false;
  }
  // A short line without final punctuation reads as a title when it names a section ("Canaux actuels")
  // or is all capitalised words ("Atelier Lumière"); "Je vends des bougies" stays a sentence.
  const words = cleaned.split(/\s+/);
  if (words.length > 6) return false;
  if (sectionOf(cleaned) !== null) return true;
  return words.every((w) => /^[A-ZÀ-ÖØ-ÞŒ0-9&]/u.test(w) || TITLE_CONNECTORS.has(w.toLowerCase()));
}

const TITLE_CONNECTORS = new Set('de du des la le les et of the and & - | for pour'.split(' '));

/** A line that ends mid-sentence: on a comma, or on an article, preposition or conjunction. */
const OPEN_END =
  /(?:[,;]|\s(?:les|des|de|du|la|le|l'|d'|un|une|the|a|an|of|in|on|to|with|and|or|et|ou|à|au|aux|en|sur|for|pour|par|dans|avec|que|than))$/iu;
const LIST_START = /^\s*(?:[-*+•▪◦>#|]|\d{1,2}[.)]\s|\*\*)/u;

/**
 * Joins a paragraph's hard-wrapped lines ("…strong with the Playwright crowd,\nbrowser-first, and…"), so a
 * sentence is read whole. A line continues the one before when that one ends mid-sentence, or when it
 * starts in lower case or on a bracket after a line without final punctuation; bullets, headings and labels never continue.
 */
function logicalLines(text: string): Array<{ raw: string; index: number }> {
  const out: Array<{ raw: string; index: number }> = [];
  text.split('\n').forEach((raw, index) => {
    const previous = out[out.length - 1];
    const before = previous?.raw.trimEnd() ?? '';
    const current = raw.trim();
    const continues =
      previous !== undefined &&
      before !== '' &&
      current !== '' &&
      !LIST_START.test(raw) &&
      !/^\s*#/.test(previous.raw) &&
      !(splitLabel(current) && sectionOf(splitLabel(current)?.label ?? '')) &&
      (OPEN_END.test(before) || (/^[a-zà-öø-ÿœ(]/u.test(current) && !/[.!?:]$/.test(before)));
    if (continues) out[out.length - 1] = { raw: `${before} ${current}`, index: previous.index };
    else out.push({ raw, index });
  });
  return out;
}

/** A label opening on an infinitive ("Rajeunir la clientèle", "Grow the audience"): an aim, not a section's name. */
const AIM_START = new RegExp(
  `^(?:[A-Za-zÀ-ÖØ-öø-ɏ]+(?:er|ir|re)|${['grow', 'reach', 'win', 'attract', 'open', 'build', 'launch', 'double', 'get', 'become', 'increase', 'reduce'].join('|')})(?:\\s|$)`,
  'iu',
);

/** Reads the brief into sections and sentences. */
export function parseDocument(input: string): BriefDocument {
  // "**Budget.** €150,000 for the year": a bold run-in label closed by a full stop reads as "**Budget:**".
  // An HTML comment ("<!-- hand-authored … -->") is for the author, never part of the brief.
  const text = normalizeText(input.replace(/<!--[\s\S]*?-->/g, '')).replace(
    /^(\s*)(\*\*|__)([A-Za-zÀ-ÖØ-öø-ɏ' /&-]{2,40}?)\.(\*\*|__)(?=\s+\S)/gmu,
    '$1$2$3:$4',
  );
  const lines = logicalLines(text);
  const rawLines = lines.map((l) => l.raw);
  const sentences: Sentence[] = [];
  let current: SectionKind | null = null;
  // A section opened by a line ending in a colon ("Objectifs pour 2026 :") is a list: a blank line ends it.
  // A Markdown heading's section runs to the next heading.
  let listSection = false;
  rawLines.forEach((raw, at) => {
    const index = lines[at]?.index ?? at;
    const cleaned = stripMarkdown(raw);
    if (cleaned === '') {
      if (listSection) current = null;
      return;
    }
    if (isHeadingLine(raw, cleaned, rawLines[at + 1])) {
      const bare = cleaned.replace(/:\s*$/, '');
      current = sectionOf(bare);
      listSection = /:$/.test(cleaned) && !/^\s*(?:#|\*\*|__)/.test(raw);
      sentences.push({ text: bare, section: current, line: index, heading: true });
      return;
    }
    const labelled = splitLabel(cleaned);
    const labelKind = labelled ? sectionOf(labelled.label) : null;
    // "2. Rajeunir la clientèle : attirer…" in a goals list: an aim opening on a verb, not an audience label.
    const goalItem = current === 'goals' && /^\s*(?:[-*+•▪◦]|\d{1,2}[.)])\s/u.test(raw);
    const aimItem = goalItem && labelled !== null && AIM_START.test(labelled.label);
    if (labelled && labelKind && labelled.rest === '') {
      // "Objectifs :" alone on its line opens a section, like a heading.
      current = labelKind;
      listSection = true;
      sentences.push({ text: labelled.label, section: current, line: index, heading: true });
      return;
    }
    // A "Budget :" label speaks for its own sentence, wherever it sits in the paragraph; the other
    // sentences keep the heading's section. After a label of another kind, the heading no longer holds.
    splitSentences(cleaned).forEach((s, k) => {
      const own = splitLabel(s);
      const kind = own && !aimItem ? sectionOf(own.label) : null;
      // "3. Apparaître dans ChatGPT… Nos petits-enfants le font déjà !": an aim item's aside with no figure is no aim.
      const aside = goalItem && k > 0 && !/\d/u.test(s);
      sentences.push({ text: s, section: aside ? null : (kind ?? current), line: index, heading: false });
    });
    if (labelKind !== null && labelKind !== current && !aimItem) current = null;
  });
  return { text, sentences };
}

/** The sentences that are not headings, in order. */
export function bodySentences(doc: BriefDocument): Sentence[] {
  return doc.sentences.filter((s) => !s.heading);
}

/** Removes a leading `Label :` from a sentence ("Budget : 18 000 €" → "18 000 €"). */
export function withoutLabel(sentence: string): string {
  const labelled = splitLabel(sentence);
  return labelled && sectionOf(labelled.label) ? labelled.rest : sentence;
}
