// How mature the brief's marketing is (beginner / intermediate / advanced), from its words, team and channels.
import type { CurrentChannel, Maturity } from '../../../agents/brief.js';
import { CHANNELS } from './channel-table.js';
import { hasAnyKeyword, indexWords } from './keyword-match.js';
import { teamSignals } from './team-signals.js';
import { fold } from './text.js';

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
  'no marketing at all',
  'no marketing yet',
  'no marketing so far',
  'aucun marketing',
  'pas de marketing du tout',
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
/** How the writer says they market today, when it is by fits and starts: "we post when we remember". */
const CASUAL = [
  'when we remember',
  'when i remember',
  'when i have time',
  'when we have time',
  'when we get round to it',
  "quand j'ai le temps",
  'quand on a le temps',
  "quand j'y pense",
  'quand on y pense',
  'never really done',
  'never done paid',
  'never run ads',
  'never tried',
  'jamais fait de pub',
  'jamais fait de publicite',
  'jamais teste',
  "pas tres a l'aise",
  "pas a l'aise",
  'not comfortable',
  'not very comfortable',
  'presque plus',
  'pas a jour',
  'not up to date',
  'out of date',
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
 * signs: advanced); then marketing done by fits and starts ("we post when we remember", "pas très à
 * l'aise") with nobody on staff for it: beginner; then a marketer or an agency, paid media, a
 * newsletter, SEO or three channels: intermediate.
 */
export function findMaturity(text: string, channels: readonly CurrentChannel[]): Maturity | null {
  const index = indexWords(text);
  const advanced = ADVANCED.filter((w) => hasAnyKeyword(index, [w])).length;
  if (hasAnyKeyword(index, BEGINNER) && advanced < 3) return 'beginner';
  if (advanced >= 2) return 'advanced';
  const team = teamSignals(fold(text), index);
  if (!team.marketingStaff && hasAnyKeyword(index, CASUAL)) return 'beginner';
  if (team.marketingStaff) return 'intermediate';
  const names = [...new Set(channels.map((c) => c.name))];
  const skilled = names.some((n) => SKILLED_CHANNELS.has(n));
  if (advanced === 1 || skilled || names.length >= 3 || hasAnyKeyword(index, ['crm', 'agence', 'agency']))
    return 'intermediate';
  return names.length > 0 ? 'beginner' : null;
}
