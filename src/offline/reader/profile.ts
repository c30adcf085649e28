// Who wrote the brief (executive, CMO, SME owner or freelancer) and how mature its marketing is.
import type { CurrentChannel, Maturity, Profile } from '../../../agents/brief.js';
import { CHANNELS } from './channel-table.js';
import { hasAnyKeyword, indexWords, keywordHits } from './keyword-match.js';
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

/**
 * The writer's profile, or null. A role the writer gives themself wins ("je suis gérante"); among
 * those, CMO first (a marketing lead is one whatever the company's size), then SME, then executive
 * (a founder who also says "TPE" or "gérante" runs a small business). A first-person seller is SME.
 */
export function findProfile(text: string): Profile | null {
  const folded = fold(text);
  const own = selfRoles(folded);
  for (const [profile] of ROLES) if (own.has(profile)) return profile;
  if (SOLO_SELLER.test(folded)) return 'smb';
  return null;
}

const BEGINNER = [
  'debutant*',
  'beginner',
  'novice',
  "je n'y connais rien",
  'je ne connais rien au marketing',
  'je ne sais pas par ou commencer',
  "don't know where to start",
  'do not know where to start',
  'no marketing experience',
  'jamais fait de marketing',
  'never done marketing',
  'pas de strategie',
  'no strategy',
  'no marketing',
  'aucun marketing',
  'pas de marketing',
  'premiere fois',
  'first time',
  'pas de site',
  'no website',
  'seulement le bouche a oreille',
  'only word of mouth',
  'uniquement du bouche a oreille',
  'uniquement le bouche a oreille',
  'que du bouche a oreille',
  'only through word of mouth',
];
const ADVANCED = [
  'marketing automation',
  'attribution',
  'a/b test*',
  'ab test*',
  'lifecycle',
  'cohort*',
  'ltv',
  'cac',
  'roas',
  'data-driven',
  'hubspot',
  'salesforce',
  'marketo',
  'ga4',
  'looker',
  'mixpanel',
  'amplitude',
  'growth team',
  'equipe growth',
  'lead scoring',
  'abm',
  'account-based',
  'multi-touch',
  'mql*',
  'sql*',
  'pipeline',
  'funnel',
  'entonnoir',
];
/** Channels that take some skill to run: paid media, a newsletter, SEO (labels in both languages). */
const SKILLED_CHANNELS = new Set(
  CHANNELS.filter((c) => c.paid === true || c.id === 'newsletter' || c.id === 'seo').flatMap((c) => [
    c.fr,
    c.en,
  ]),
);

/**
 * The brief's marketing maturity, or null when it says nothing about its marketing. Explicit words
 * first ("débutante", "je ne sais pas par où commencer"); then tools and practices (two advanced
 * signs: advanced); then its channels (paid media, a newsletter, SEO or three channels: intermediate).
 */
export function findMaturity(text: string, channels: readonly CurrentChannel[]): Maturity | null {
  const index = indexWords(text);
  const advanced = ADVANCED.filter((w) => hasAnyKeyword(index, [w])).length;
  if (hasAnyKeyword(index, BEGINNER) && advanced < 3) return 'beginner';
  if (advanced >= 2) return 'advanced';
  const names = [...new Set(channels.map((c) => c.name))];
  const skilled = names.some((n) => SKILLED_CHANNELS.has(n));
  if (advanced === 1 || skilled || names.length >= 3 || hasAnyKeyword(index, ['crm', 'agence', 'agency']))
    return 'intermediate';
  return names.length > 0 ? 'beginner' : null;
}
