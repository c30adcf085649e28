// Who wrote the brief (executive, CMO, small business) and how mature their marketing is, from what they say.
//
// Profile: only what the writer says of themself — a role ("From: X (CEO)", "je suis gérante", "I'm the CMO"), or
// doing the marketing alone in a small team, or selling in the first person ("je vends…") → small business; else
// null, never a guess from who else does the marketing (the arbiter's default applies, called a default).
// Maturity: the writer's own words ("débutante", "quand j'ai le temps" → beginner), two tools or practices
// of an advanced team → advanced, a marketer or an agency on staff → intermediate; else null.
import type { Capacity, Maturity, Profile } from '../../../agents/brief.js';
import { READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import type { BriefDocument } from './document.js';
import { hasAnyKeyword, indexWords, keywordHits, type WordIndex } from './keyword-match.js';
import { fold } from './text.js';

const { roles, maturity } = READER_TERMS.signals;
const ROLE_ORDER: readonly Profile[] = ['cmo', 'smb', 'executive'];

/** The writer puts their own time into marketing ("moi : 5 h", "je m'occupe du marketing", "I post"). Folded. */
const WRITER_DOES_MARKETING = new RegExp(
  [
    String.raw`(?:^|[^a-z])moi\s*(?::|\()`,
    String.raw`:\s*(?:moi|me|myself)(?:\s*[,(]|\s+(?:and|et|plus)\s)`,
    `(?:^|[^a-z])(?:je peux (?:y )?consacrer|je consacre|je m'occupe (?:du|de la|des|de) (?:marketing|com|communication|reseaux|instagram|site|newsletter)|je fais (?:le|la|du|de la) (?:marketing|com|communication)|je poste|je publie|j'envoie)`,
    `(?:^|[^a-z])(?:i can (?:give|spend|devote|put in)|i spend|i post|i handle|i do (?:the|our|all) (?:marketing|social|posting)|i send)`,
    `(?:^|[^a-z])(?:the (?:two|three|2|3) of us|a nous (?:deux|trois)|entre nous deux)`,
  ].join('|'),
  'u',
);
const AGENCY = /(?:^|[^a-z])(?:agency|agence)(?![a-z])/u;
const REFUSAL = /(?:^|[^a-z])(?:no|not|don't|without|never|pas|sans|aucune|jamais|ni)(?![a-z])/u;
const SELF_PERSON =
  /(?:je suis|j'suis|i am|i'm|en tant que|as|moi,|me,|moi \(|me \()\s*(?:(?:the|a|an|une?|la|le|l')\s+)?(?:[a-z'-]+\s+){0,2}$/u;
const SELF_COMPANY =
  /(?:nous sommes|we are|we're|on est|notre|our|ma|mon|my)\s+(?:(?:the|a|an|une?|la|le|l'|petite?|small)\s+)*$/u;
/** The writer speaks as the business in the first person singular: a statement that they run it themself. */
const SOLO_SELLER =
  /(?:^|[^a-z])(?:je vends|je fabrique|je cree|je propose|i sell|i make|i run a|i own|je tiens|je suis proprietaire)(?![a-z])/u;
const BYLINE =
  /^(?:from|de|par|by|auteur|author|prepared by|written by|redigee? par|preparee? par|envoyee? par|sent by)\s*:?\s/u;

interface Team {
  readonly writerDoesMarketing: boolean;
  readonly marketingStaff: boolean;
}

function teamOf(folded: string, index: WordIndex): Team {
  return {
    writerDoesMarketing: WRITER_DOES_MARKETING.test(folded),
    marketingStaff:
      hasAnyKeyword(index, maturity.staff) ||
      folded.split(/[.!?;\n]/).some((s) => AGENCY.test(s) && !REFUSAL.test(s)),
  };
}

/** The first role named in `folded`, by position; ties keep the order CMO, small business, executive. */
function firstRole(folded: string, own: (before: string, profile: Profile) => boolean): Profile | null {
  const index = indexWords(folded);
  let best: { at: number; profile: Profile } | null = null;
  for (const profile of ROLE_ORDER) {
    for (const word of roles[profile] ?? []) {
      for (const { start } of keywordHits(index, word)) {
        if (!own(folded.slice(Math.max(0, start - 40), start), profile)) continue;
        if (best === null || start < best.at) best = { at: start, profile };
      }
    }
  }
  return best?.profile ?? null;
}

function statedProfile(doc: BriefDocument, folded: string): Profile | null {
  const lines = doc.sentences.map((s) => fold(s.text));
  for (const line of lines.slice(0, 6)) if (BYLINE.test(line)) return firstRole(line, () => true);
  for (const line of lines.slice(-4)) {
    if (line.split(/\s+/).length <= 8 && /^[a-z-]+ [a-z-]+,/u.test(line)) {
      const role = firstRole(line, () => true);
      if (role !== null) return role;
    }
  }
  return firstRole(
    folded,
    (before, p) => SELF_PERSON.test(before) || (p === 'smb' && SELF_COMPANY.test(before)),
  );
}

/**
 * What the writer says of themself, or null: a role named ("je suis gérante", "I'm the CMO"); else doing the
 * marketing themself in a team of two at most ("moi : 5 h", "je poste") or selling in the first person ("je
 * vends…", "I own…") → small business. Marketers or an agency beside or instead of the writer say nothing certain of
 * who will read the plan (it used to give 'executive' or 'cmo', a guess brief.read.yaml showed as a reading): with
 * null the arbiter's default applies, and the documents say it is a default (changed with --profile). A self-styled
 * founder who does the marketing in a team of two at most runs a small business.
 */
export function findProfile(doc: BriefDocument, capacity: Capacity | null): Profile | null {
  const folded = fold(doc.text);
  const stated = statedProfile(doc, folded);
  const handsOn =
    teamOf(folded, indexWords(folded)).writerDoesMarketing && (capacity === null || capacity.people <= 2);
  if (stated === 'executive' && handsOn) return 'smb';
  if (stated !== null) return stated;
  return handsOn || SOLO_SELLER.test(folded) ? 'smb' : null;
}

/** The marketing's maturity, only from what the writer says of it and who does it; null when it says nothing. */
export function findMaturity(text: string): Maturity | null {
  const index = indexWords(text);
  const advanced = maturity.advanced.filter((w) => hasAnyKeyword(index, [w])).length;
  if (hasAnyKeyword(index, maturity.beginner) && advanced < 3) return 'beginner';
  if (advanced >= 2) return 'advanced';
  return teamOf(fold(text), index).marketingStaff || advanced === 1 ? 'intermediate' : null;
}
