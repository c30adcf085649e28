// Who wrote the brief: an executive (dirigeant), a CMO (marketing lead) or an SME owner / freelancer.
//
// The rule, in order:
// 1. A role the writer gives themself: a byline or signature ("From: Daniel Osei (CEO) and…", "Rédigé par
//    Inès B., responsable marketing": the first author's role), else "je suis gérante", "I'm the CEO",
//    "en tant que PDG" (CMO first, then SME, then executive: a founder who says "TPE" runs a small business).
//    A founder, CEO or president who does the marketing themself in a team of two at most runs a small
//    business, whatever the title: SME ("je suis la fondatrice… moi j'y passe 8 heures par semaine").
// 2. Else who does the marketing: the writer puts in their own time ("moi : 5 h par semaine", "the two of
//    us can give 10 hours") with marketers beside them → CMO (they lead the team); alone or with a partner
//    → SME owner. Marketers or an agency the writer does not count themself among → executive.
// 3. Else a first-person seller or maker ("je vends…", "I make…") → SME. Else null: nothing is guessed.
import type { Capacity, Profile } from '../../../agents/brief.js';
import type { BriefDocument } from './document.js';
import { indexWords, keywordHits } from './keyword-match.js';
import { teamSignals } from './team-signals.js';
import { fold } from './text.js';

/** Role words per profile, folded. Checked CMO first, then SME, then executive (see `findProfile`). */
const ROLES: ReadonlyArray<readonly [Profile, readonly string[]]> = [
  [
    'cmo',
    [
      'cmo',
      'chief marketing officer',
      'directeur marketing',
      'directrice marketing',
      'directeur de la communication',
      'directrice de la communication',
      'directeur du marketing',
      'directrice du marketing',
      'head of marketing',
      'head of growth',
      'vp marketing',
      'vp of marketing',
      'marketing director',
      'director of marketing',
      'marketing manager',
      'responsable marketing',
      'responsable du marketing',
      'responsable communication',
      'responsable de la communication',
      'charge de marketing',
      'chargee de marketing',
      'growth lead',
      'marketing lead',
      'je dirige le marketing',
      'i lead marketing',
      'i run marketing',
      'i head marketing',
    ],
  ],
  [
    'smb',
    [
      'gerant',
      'gerante',
      'cogerant',
      'cogerante',
      'freelance',
      'freelancer',
      'independant',
      'independante',
      'auto-entrepreneur',
      'auto-entrepreneuse',
      'autoentrepreneur',
      'micro-entrepreneur',
      'micro-entreprise',
      'artisan',
      'artisane',
      'commercant',
      'commercante',
      'tpe',
      'petite entreprise',
      'small business',
      'small business owner',
      'solopreneur',
      'solo founder',
      'one-person',
      'shop owner',
      'business owner',
      'owner',
      'proprietaire',
      'pme',
      'smb',
      'sme',
      'consultant independant',
      'consultante independante',
      'self-employed',
      'sole trader',
    ],
  ],
  [
    'executive',
    [
      'ceo',
      'pdg',
      'p-dg',
      'dg',
      'directeur general',
      'directrice generale',
      'president',
      'presidente',
      'managing director',
      'coo',
      'chief executive',
      'founder',
      'co-founder',
      'cofounder',
      'fondateur',
      'fondatrice',
      'cofondateur',
      'cofondatrice',
      'co-fondateur',
      'co-fondatrice',
      'dirigeant',
      'dirigeante',
      'executive director',
      'general manager',
      'directeur',
      'directrice',
    ],
  ],
];

/** Says the role is the writer's own: "je suis gérante", "I'm the CEO", "en tant que CMO". */
const SELF_PERSON =
  /(?:je suis|j'suis|i am|i'm|en tant que|as|moi,|me,)\s+(?:(?:the|a|an|une?|la|le|l'|seule?|only|sole|proud|actuel(?:le)?|current)\s+)*$/u;

/** Says the company is small: "nous sommes une TPE", "notre PME", "we are a small business". */
const SELF_COMPANY =
  /(?:nous sommes|we are|we're|on est|notre|our|ma|mon|my)\s+(?:(?:the|a|an|une?|la|le|l'|petite?|small|toute petite?)\s+)*$/u;

/** A first-person singular seller or maker, with no title given: a freelancer or small-business owner. */
const SOLO_SELLER =
  /(?:^|[^A-Za-zÀ-ÖØ-öø-ɏ])(?:je vends|je fabrique|je cree|je propose|i sell|i make|i run a|i own|je tiens|je gere (?:une|un|ma|mon)|je suis proprietaire)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u;

function selfRoles(folded: string): Set<Profile> {
  const found = new Set<Profile>();
  const index = indexWords(folded);
  for (const [profile, words] of ROLES) {
    for (const word of words) {
      for (const { start: at } of keywordHits(index, word)) {
        const before = folded.slice(Math.max(0, at - 40), at);
        if (SELF_PERSON.test(before) || (profile === 'smb' && SELF_COMPANY.test(before))) found.add(profile);
      }
    }
  }
  return found;
}

/** "From:", "De :", "Prepared by", "Rédigé par", "Written by": a line naming who wrote the brief. */
const BYLINE =
  /^(?:from|de|par|by|auteur|author|autrice|prepared by|written by|redigee? par|preparee? par|envoyee? par|sent by|signed)\s*:?\s/u;

/** The profile of the first role named in `folded`, by position in the text. */
function firstRole(folded: string): Profile | null {
  const index = indexWords(folded);
  let best: { at: number; profile: Profile } | null = null;
  for (const [profile, words] of ROLES) {
    for (const word of words) {
      const hit = keywordHits(index, word)[0];
      // Ties (a longer role containing a shorter one) keep the table's order: CMO, SME, executive.
      if (hit && (best === null || hit.start < best.at)) best = { at: hit.start, profile };
    }
  }
  return best?.profile ?? null;
}

/** The role on the brief's byline or signature: "From: X (CEO)", or a short last line "X, Head of Marketing". */
function bylineRole(doc: BriefDocument): Profile | null {
  const texts = doc.sentences.map((s) => fold(s.text));
  for (const text of texts.slice(0, 6)) if (BYLINE.test(text)) return firstRole(text);
  for (const text of texts.slice(-4)) {
    if (text.split(/\s+/).length <= 8 && /^[a-z-]+ [a-z-]+,/u.test(text)) {
      const role = firstRole(text);
      if (role !== null) return role;
    }
  }
  return null;
}

/** Teams this small, with the writer in them, are a small business's, whatever the writer's title. */
const SMALL_TEAM_PEOPLE = 2;

/** The writer's profile, or null (see the rule in the header). `capacity` is the brief's marketing team. */
export function findProfile(doc: BriefDocument, capacity: Capacity | null): Profile | null {
  const folded = fold(doc.text);
  const team = teamSignals(folded, indexWords(folded));
  const stated = statedProfile(doc, folded);
  const handsOn = team.writerDoesMarketing && (capacity === null || capacity.people <= SMALL_TEAM_PEOPLE);
  if (stated === 'executive' && handsOn) return 'smb';
  if (stated !== null) return stated;
  if (team.writerDoesMarketing) return team.marketingStaff && !handsOn ? 'cmo' : 'smb';
  if (team.marketingStaff) return 'executive';
  if (SOLO_SELLER.test(folded)) return 'smb';
  return null;
}

/** The role the writer gives themself: the byline's, else "je suis…" (CMO, then SME, then executive). */
function statedProfile(doc: BriefDocument, folded: string): Profile | null {
  const byline = bylineRole(doc);
  if (byline !== null) return byline;
  const own = selfRoles(folded);
  for (const [profile] of ROLES) if (own.has(profile)) return profile;
  return null;
}
