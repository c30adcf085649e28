// Picks the sector of a brief from the keyword table: most keyword hits wins, the opening sentences count double.
import type { Language } from '../../../agents/brief.js';
import { keywordPositions } from './keyword-match.js';
import { SECTORS, type SectorEntry } from './sector-table.js';
import { fold } from './text.js';

export interface SectorMatch {
  readonly id: string;
  /** The sector's label in the brief's language. */
  readonly label: string;
  readonly score: number;
}

/** One keyword counts at most this many times, so a word repeated through a brief does not decide alone. */
const MAX_HITS_PER_KEYWORD = 3;

function score(entry: SectorEntry, folded: string, foldedLead: string): number {
  let total = 0;
  for (const keyword of entry.keywords) {
    total += Math.min(MAX_HITS_PER_KEYWORD, keywordPositions(folded, keyword).length);
    total += 2 * Math.min(1, keywordPositions(foldedLead, keyword).length);
  }
  return total;
}

/**
 * The best-scoring sector, or null when no keyword of the table occurs. `lead` is the text that says
 * what the company is (its description and offer): hits there weigh more than hits anywhere else.
 * Ties go to the sector listed first in the table.
 */
export function detectSector(text: string, language: Language, lead = ''): SectorMatch | null {
  const folded = fold(text);
  const foldedLead = fold(lead);
  let best: SectorMatch | null = null;
  for (const entry of SECTORS) {
    const total = score(entry, folded, foldedLead);
    if (total > 0 && (best === null || total > best.score)) {
      best = { id: entry.id, label: entry.label[language], score: total };
    }
  }
  return best;
}
