// Reads the channels a company uses, written as strings ("Instagram (2 300 abonnés)"), objects, or a map
// {"instagram": 2300}: the name, the figure and its metric, and whether the brief says it is dormant.
import type { ChannelStatus, CurrentChannel } from '../../../agents/brief.js';
import { normaliseKey } from './normalise-key.js';
import { findNumbers } from './read-numbers.js';
import { type Fields, isRecord, listOf, pick, text } from './values.js';

const NAME_KEYS = [
  'name',
  'channel',
  'canal',
  'nom',
  'platform',
  'plateforme',
  'media',
  'outil',
  'tool',
  'type',
];
const METRIC_KEYS = ['metric', 'kpi', 'metrique', 'indicateur', 'indicator', 'unit', 'unite'];
const VALUE_KEYS = ['value', 'valeur', 'count', 'nombre', 'size', 'taille', 'figure', 'chiffre'];
const STATUS_KEYS = ['status', 'statut', 'state', 'etat'];
/** Keys that are a figure's own metric: {"followers": 2300} says both what and how many. */
const METRIC_NAMED_KEYS = [
  'followers',
  'abonnes',
  'subscribers',
  'inscrits',
  'contacts',
  'visits',
  'visites',
  'visitors',
  'visiteurs',
  'members',
  'membres',
  'reviews',
  'avis',
  'reach',
  'traffic',
  'trafic',
  'sessions',
  'leads',
  'views',
  'vues',
  'opens',
  'clicks',
  'clics',
  'fans',
  'likes',
  'downloads',
  'telechargements',
  'rating',
  'note',
  'cpc',
  'ctr',
  'conversion',
  'openrate',
  'tauxdouverture',
  'monthlyvisits',
  'visitesmensuelles',
];
const KNOWN_KEYS = new Set([
  ...NAME_KEYS,
  ...METRIC_KEYS,
  ...VALUE_KEYS,
  ...STATUS_KEYS,
  ...METRIC_NAMED_KEYS,
  'active',
  'actif',
  'dormant',
  'used',
  'utilise',
]);

const DORMANT =
  /\b(?:dormant|not sent|not posted|not active|stopped|haven['’]t|no posts?|arr[êe]t[ée]e?|inactive?|inactif|unused|not used|no longer|not updated|never used|abandon|paused|on hold|en pause|en sommeil|à l['’]arr[êe]t|plus utilis|pas utilis|jamais utilis|plus aliment|pas aliment|plus envoy|plus publi|plus mis à jour|délaiss|laissé de côté|inutilis)/i;
const ACTIVE = /^(?:active|actif|active?ment|en cours|live|used|utilisé|oui|yes)$/i;

export interface ChannelReading {
  channels: CurrentChannel[];
  /** Keys of channel objects that say something else (a cost, a note): kept as text. */
  rest: string[];
}

/** A channel as the brief writes it; `name` is the map key when the channels are a map. */
export function readChannels(value: unknown): ChannelReading {
  const rest: string[] = [];
  const channels: CurrentChannel[] = [];
  const add = (channel: CurrentChannel | null) => {
    if (channel) channels.push(channel);
  };
  if (isRecord(value) && pick(value, NAME_KEYS, normaliseKey) === undefined) {
    // A map: {"instagram": 2300, "newsletter": {"subscribers": 1200, "status": "dormant"}}.
    for (const [name, item] of Object.entries(value)) {
      if (isRecord(item)) add(channelFromRecord({ name, ...item }, rest));
      else if (typeof item === 'number') add({ name, metric: null, value: item, status: null });
      else if (typeof item === 'boolean')
        add(item ? { name, metric: null, value: null, status: null } : null);
      else if (item === null) add({ name, metric: null, value: null, status: null });
      else add(channelFromText(`${name}: ${text(item) ?? ''}`));
    }
    return { channels, rest };
  }
  // "Instagram (38k), TikTok (9k), email list of 22,000 subscribers (Klaviyo)": a sentence that lists channels is
  // prose; the reader's channel tables tell the channels and their figures apart, where a split on commas cannot.
  // A list of strings is already one channel per item ("Newsletter: 1,900 subscribers, not sent since March").
  if (typeof value === 'string' && listsSeveral(value)) return { channels: [], rest: [] };
  for (const item of listOf(value)) {
    if (isRecord(item)) add(channelFromRecord(item, rest));
    else if (typeof item === 'string') for (const line of item.split(/\n|;/)) add(channelFromText(line));
  }
  return { channels, rest };
}

/** Whether a line holds several items: a ", " outside brackets ("Google (1 100 avis, 4,9), Instagram"). */
function listsSeveral(line: string): boolean {
  let depth = 0;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (ch === '(') depth += 1;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && ch === ',' && line[i + 1] === ' ') return true;
  }
  return false;
}

/** "Instagram (2 300 abonnés)", "Newsletter: 1,200 subscribers, not sent since 2023", "Blog". */
export function channelFromText(line: string): CurrentChannel | null {
  const trimmed = line.replace(/^\s*[-*•]\s*/, '').trim();
  if (trimmed === '') return null;
  // "14,500" keeps its thousands comma; "Instagram 14,500 followers" ends its name before the trailing count.
  const cut = /\s*(?:[:(—–]|\s-\s|,(?!\d{3}(?!\d)))\s*|\s(?=\d[\d,.\s]*\s?\p{L}+(?:\s\p{L}+)?\s*$)/u.exec(
    trimmed,
  );
  const name = (cut ? trimmed.slice(0, cut.index) : trimmed).trim();
  const detail = cut ? trimmed.slice(cut.index) : '';
  if (name === '') return null;
  const figure = findNumbers(detail).find((n) => !n.isYear);
  return {
    name,
    metric: figure ? metricAfter(detail.slice(figure.end)) : null,
    value: figure?.value ?? null,
    status: statusOf(detail),
  };
}

function channelFromRecord(record: Fields, rest: string[]): CurrentChannel | null {
  const name = text(pick(record, NAME_KEYS, normaliseKey));
  if (name === null) return null;
  let metric = text(pick(record, METRIC_KEYS, normaliseKey));
  let value = numberIn(pick(record, VALUE_KEYS, normaliseKey));
  if (value === null) {
    const named = Object.entries(record).find(([key]) => METRIC_NAMED_KEYS.includes(normaliseKey(key)));
    if (named) {
      value = numberIn(named[1]);
      metric ??= named[0];
    }
  }
  let status = statusOf(text(pick(record, STATUS_KEYS, normaliseKey)) ?? '');
  const active = pick(record, ['active', 'actif', 'used', 'utilise'], normaliseKey);
  const dormant = pick(record, ['dormant'], normaliseKey);
  if (active === false || dormant === true) status = 'dormant';
  if (active === true || dormant === false) status ??= 'active';
  const figure = pick(record, VALUE_KEYS, normaliseKey);
  if (metric === null && typeof figure === 'string')
    metric = metricAfter(figure.replace(/^[^\d]*\d[\d\s.,']*/, ''));
  for (const [key, item] of Object.entries(record)) {
    if (!KNOWN_KEYS.has(normaliseKey(key)) && item !== null && item !== undefined)
      rest.push(`${name} — ${key}: ${typeof item === 'string' ? item : JSON.stringify(item)}`);
  }
  return { name, metric, value, status };
}

function numberIn(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const line = text(value);
  if (line === null) return null;
  return findNumbers(line).find((n) => !n.isYear)?.value ?? null;
}

function metricAfter(rest: string): string | null {
  const words = rest
    .replace(/^\s*(?:%|k\b)?\s*/i, '')
    .split(/[,;()—–]|\s-\s|\.\s/)[0]
    ?.trim()
    .split(/\s+/)
    .slice(0, 3)
    .join(' ')
    .replace(/[.:!?]+$/, '');
  return words && /\p{L}/u.test(words) ? words : null;
}

function statusOf(words: string): ChannelStatus | null {
  if (DORMANT.test(words)) return 'dormant';
  return ACTIVE.test(words.trim()) ? 'active' : null;
}
