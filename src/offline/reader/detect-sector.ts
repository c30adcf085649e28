// Picks the sector of a brief from the keyword table: most keyword hits wins; words naming the business and the
// sentences that say what the company is weigh more.
import type { Language } from '../../../agents/brief.js';
import { indexWords, keywordCount, type WordIndex } from './keyword-match.js';
import { SECTORS, type SectorEntry } from './sector-table.js';

export interface SectorMatch {
  readonly id: string;
  /** The sector's label in the brief's language. */
  readonly label: string;
  readonly score: number;
}

/** One keyword counts at most this many times, so a word repeated through a brief does not decide alone. */
const MAX_HITS_PER_KEYWORD = 3;

function score(entry: SectorEntry, text: WordIndex, lead: WordIndex, identity: WordIndex): number {
  let total = 0;
  for (const keyword of entry.strong ?? []) {
    // A business-type word where the brief says what the company is outweighs any word about its customers.
    total += 8 * Math.min(1, keywordCount(identity, keyword));
  }
  for (const keyword of entry.keywords) {
    total += Math.min(MAX_HITS_PER_KEYWORD, keywordCount(text, keyword));
    total += 2 * Math.min(1, keywordCount(lead, keyword));
  }
  return total;
}

/**
 * The best-scoring sector, or null when no keyword of the table occurs. `lead` is the text that says
 * what the company is (its description and offer): hits there count three times. `identity` is the
 * head of that statement ("B2B SaaS that helps…", "boutique en ligne de bougies…"): a business-type
 * word there (SaaS, restaurant, agence…) decides unless the rest of the brief points clearly elsewhere.
 * Ties go to the sector listed first in the table.
 */
export function detectSector(text: string, language: Language, lead = '', identity = ''): SectorMatch | null {
  const indexes = [indexWords(text), indexWords(lead), indexWords(identity)] as const;
  let best: SectorMatch | null = null;
  for (const entry of SECTORS) {
    const total = score(entry, ...indexes);
    if (total > 0 && (best === null || total > best.score)) {
      best = { id: entry.id, label: entry.label[language], score: total };
    }
  }
  return best;
}
