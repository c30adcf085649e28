// Places a brief in the sector table, by the same keywords and whole-word matching for both callers: the reader
// detects a sector from a free-text brief, the drafters map a Brief's sector (a label or any free text) to knowledge.
import type { Brief, Language } from '../../../agents/brief.js';
import { indexWords, keywordCount, type WordIndex } from '../reader/keyword-match.js';
import { fold } from '../reader/text.js';
import { SECTOR_KNOWLEDGE, type SectorKnowledge } from './sector-knowledge.js';
import { SECTORS, type Sector } from './sectors.js';
import type { SectorSlug } from './types.js';

export interface SectorMatch {
  readonly slug: SectorSlug;
  /** The sector's label in the brief's language. */
  readonly label: string;
  readonly score: number;
}

export interface BriefSector {
  /** The knowledge the drafters reason with: the matched sector's, else the default. */
  readonly knowledge: SectorKnowledge;
  /** False when nothing in the brief placed it and the default was used. */
  readonly matched: boolean;
}

/** A text to look for a sector's words in: each keyword found weighs `weight`, up to `maxHits` occurrences. */
interface Evidence {
  readonly index: WordIndex;
  readonly weight: number;
  readonly maxHits: number;
  readonly words: (sector: Sector) => readonly string[];
}

/** One keyword counts at most this many times in a whole brief, so a word repeated throughout does not decide alone. */
const MAX_HITS_PER_KEYWORD = 3;

const keywordsOf = (sector: Sector): readonly string[] => sector.keywords;
const strongOf = (sector: Sector): readonly string[] => sector.strong ?? [];

/** All of a sector's words, once each: a Brief's short fields count the words found, not their occurrences. */
const BRIEF_WORDS: ReadonlyMap<SectorSlug, readonly string[]> = new Map(
  SECTORS.map((sector) => [
    sector.slug,
    [...new Set([...sector.keywords, ...strongOf(sector), ...(sector.hints ?? [])])],
  ]),
);
const briefWordsOf = (sector: Sector): readonly string[] => BRIEF_WORDS.get(sector.slug) ?? [];

function score(sector: Sector, evidence: readonly Evidence[]): number {
  let total = 0;
  for (const { index, weight, maxHits, words } of evidence) {
    for (const keyword of words(sector)) total += weight * Math.min(maxHits, keywordCount(index, keyword));
  }
  return total;
}

/** The best-scoring sector with a score above zero; ties go to the sector listed first in the table. */
function bestSector(
  candidates: readonly Sector[],
  evidence: readonly Evidence[],
): { sector: Sector; score: number } | null {
  let best: { sector: Sector; score: number } | null = null;
  for (const sector of candidates) {
    const total = score(sector, evidence);
    if (total > 0 && (best === null || total > best.score)) best = { sector, score: total };
  }
  return best;
}

/**
 * The sector of a free-text brief, or null when no keyword of the table occurs. `lead` is the text that says
 * what the company is (its description and offer): hits there count three times. `identity` is the head of
 * that statement ("B2B SaaS that helps…", "boutique en ligne de bougies…"): a business-type word there
 * (SaaS, restaurant, agence…) decides unless the rest of the brief points clearly elsewhere.
 */
export function detectSector(text: string, language: Language, lead = '', identity = ''): SectorMatch | null {
  const found = bestSector(SECTORS, [
    { index: indexWords(identity), weight: 8, maxHits: 1, words: strongOf },
    { index: indexWords(text), weight: 1, maxHits: MAX_HITS_PER_KEYWORD, words: keywordsOf },
    { index: indexWords(lead), weight: 2, maxHits: 1, words: keywordsOf },
  ]);
  return found && { slug: found.sector.slug, label: found.sector.label[language], score: found.score };
}

function knowledgeOf(sector: Sector): SectorKnowledge | null {
  return sector.knowledge === null ? null : SECTOR_KNOWLEDGE[sector.knowledge];
}

/** Sectors the drafters can reason about: a brief is placed among these or gets the default. */
const KNOWN_SECTORS = SECTORS.filter((sector) => sector.knowledge !== null);

/**
 * What the drafters know about a brief's sector. A sector written as one of the table's labels (what the reader
 * writes) maps back to its row. Any other text (a JSON brief, an LLM's answer) is placed by keywords: hits in
 * `company.sector` weigh 3, in the offer 2, in the description 1, ties to the earlier sector in the table. A
 * label whose sector has no knowledge is placed the same way by the offer and description alone, since its
 * own words belong to it and not to the sectors the drafters know. No hit at all gives the generic knowledge.
 */
export function matchSector(brief: Brief): BriefSector {
  const { sector, offer, description } = brief.company;
  const named = sector === null ? null : sectorByLabel(sector);
  const namedKnowledge = named && knowledgeOf(named);
  if (namedKnowledge) return { knowledge: namedKnowledge, matched: true };
  const fields: [string | null, number][] = [
    [named ? null : sector, 3],
    [offer, 2],
    [description, 1],
  ];
  const found = bestSector(
    KNOWN_SECTORS,
    fields.map(([text, weight]) => ({
      index: indexWords(text ?? ''),
      weight,
      maxHits: 1,
      words: briefWordsOf,
    })),
  );
  const knowledge = found && knowledgeOf(found.sector);
  return knowledge ? { knowledge, matched: true } : { knowledge: SECTOR_KNOWLEDGE.generic, matched: false };
}

/** The sector whose label, in either language, is `text` (case and accents aside). */
export function sectorByLabel(text: string): Sector | null {
  const folded = fold(text.trim());
  return (
    SECTORS.find((sector) => fold(sector.label.fr) === folded || fold(sector.label.en) === folded) ?? null
  );
}
