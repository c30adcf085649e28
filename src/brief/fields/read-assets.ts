// Reads what a company already has to build on (a mailing list, reviews, distributors...) and the spend it has
// already committed (a trade show booked): strings, objects, or a map {"Batimat": 12000}.
import type { Asset, AssetKind, CommittedSpend } from '../../../agents/brief.js';
import { normaliseKey } from './normalise-key.js';
import { nounPhrase } from './read-goal.js';
import { moneyFromText, readMoney } from './read-money.js';
import { findNumbers } from './read-numbers.js';
import { type Fields, isRecord, listOf, pick, text } from './values.js';

const KINDS: readonly [AssetKind, RegExp][] = [
  [
    'contact_list',
    /newsletter|mailing|e-?mail|contacts?|liste|list|subscribers|abonn[ée]s? (?:à la|newsletter)|fichier|database|base de donn/i,
  ],
  ['reviews', /reviews?|avis|ratings?|notes? google|trustpilot|t[ée]moignages|testimonials/i],
  ['community', /communit|communaut|group|groupe|forum|discord|slack|club|ambassad/i],
  [
    'content',
    /blog|articles?|content|contenus?|videos?|vidéos?|podcast|guides?|ebooks?|livres? blancs?|white ?papers?|case stud|[ée]tudes? de cas|webinars? replay/i,
  ],
  [
    'events',
    /events?|[ée]v[ée]nements?|salons?|trade ?shows?|webinars?|conf[ée]rences?|ateliers?|workshops?|meetups?|portes ouvertes/i,
  ],
  [
    'distributors',
    /distribut|resellers?|revendeurs?|dealers?|r[ée]seau de vente|wholesal|grossistes?|points? de vente/i,
  ],
  ['partners', /partners?|partenaires?|prescripteurs?|affiliates?|affili[ée]s?|referr/i],
  [
    'customer_base',
    /installed base|parc install|customers?|clients?|customer base|base clients?|users|utilisateurs|alumni|anciens [ée]l[èe]ves/i,
  ],
  [
    'tool',
    /crm|tools?|outils?|hubspot|salesforce|mailchimp|brevo|shopify|analytics|logiciel|software|app\b/i,
  ],
];
const DORMANT =
  /dormant|not sent|not posted|stopped|arr[êe]t[ée]e?|unused|not used|never used|no longer|inactive?|inactif|en sommeil|jamais utilis|pas utilis|plus utilis|plus envoy|plus aliment|pas exploit|inexploit|abandon|délaiss|à l['’]arr[êe]t|paused|en pause/i;

const NAME_KEYS = ['name', 'nom', 'what', 'quoi', 'asset', 'actif', 'label', 'title', 'titre', 'description'];
const KIND_KEYS = ['kind', 'type', 'category', 'categorie'];
const SIZE_KEYS = ['size', 'taille', 'count', 'nombre', 'value', 'valeur', 'volume', 'quantity', 'quantite'];
const UNIT_KEYS = ['unit', 'unite', 'metric'];
const STATUS_KEYS = ['dormant', 'status', 'statut', 'state', 'etat', 'used', 'utilise', 'active', 'actif'];

export function assetKind(words: string): AssetKind {
  return KINDS.find(([, pattern]) => pattern.test(words))?.[0] ?? 'other';
}

/** "Newsletter: 3 000 contacts, plus envoyée depuis 2023" → a dormant contact list of 3,000 contacts. */
export function assetFromText(line: string): Asset | null {
  const trimmed = line.replace(/^\s*[-*•]\s*/, '').trim();
  if (trimmed === '') return null;
  const cut = /\s*(?:[:(—–]|\s-\s|,)\s*/.exec(trimmed);
  const name = cut && cut.index > 0 ? trimmed.slice(0, cut.index) : trimmed;
  const figure = findNumbers(trimmed).find((n) => !n.isYear && !n.isPercent && n.currency === null);
  const unit = figure ? nounPhrase(trimmed.slice(figure.end)) : null;
  return {
    name,
    kind: assetKind(trimmed),
    size: figure?.value ?? null,
    unit,
    dormant: DORMANT.test(trimmed),
  };
}

function assetFromRecord(record: Fields): Asset | null {
  const name = text(pick(record, NAME_KEYS, normaliseKey));
  if (name === null) return null;
  const kindWord = text(pick(record, KIND_KEYS, normaliseKey));
  const kind = (kindWord && normaliseKey(kindWord).replace(/s$/, '')) || '';
  const known = [
    'contactlist',
    'review',
    'community',
    'content',
    'event',
    'partner',
    'distributor',
    'customerbase',
    'tool',
    'other',
  ];
  const stated = known.indexOf(kind);
  const sizeValue = pick(record, SIZE_KEYS, normaliseKey);
  const size =
    typeof sizeValue === 'number'
      ? sizeValue
      : (findNumbers(text(sizeValue) ?? '').find((n) => !n.isYear)?.value ?? null);
  const status = pick(record, STATUS_KEYS, normaliseKey);
  const statusKey = Object.keys(record).find((key) => STATUS_KEYS.includes(normaliseKey(key)));
  const dormant =
    typeof status === 'boolean'
      ? statusKey && ['used', 'utilise', 'active', 'actif'].includes(normaliseKey(statusKey))
        ? !status
        : status
      : DORMANT.test(text(status) ?? '');
  return {
    name,
    kind:
      stated >= 0
        ? ([
            'contact_list',
            'reviews',
            'community',
            'content',
            'events',
            'partners',
            'distributors',
            'customer_base',
            'tool',
            'other',
          ][stated] as AssetKind)
        : assetKind(`${kindWord ?? ''} ${name}`),
    size,
    unit: text(pick(record, UNIT_KEYS, normaliseKey)),
    dormant,
  };
}

/** Assets as strings, objects, or a map {"newsletter": 3000}. */
export function readAssets(value: unknown): Asset[] {
  if (isRecord(value) && pick(value, NAME_KEYS, normaliseKey) === undefined) {
    return Object.entries(value).flatMap(([name, item]) => {
      if (isRecord(item)) return listOrNone(assetFromRecord({ name, ...item }));
      if (typeof item === 'number')
        return [{ name, kind: assetKind(name), size: item, unit: null, dormant: false }];
      return listOrNone(assetFromText(`${name}: ${text(item) ?? ''}`));
    });
  }
  return listOf(value).flatMap((item) =>
    listOrNone(
      isRecord(item) ? assetFromRecord(item) : typeof item === 'string' ? assetFromText(item) : null,
    ),
  );
}

const WHAT_KEYS = [
  'what',
  'quoi',
  'name',
  'nom',
  'item',
  'poste',
  'label',
  'description',
  'event',
  'evenement',
];

/** Committed spend; an item with no amount written is not spend, and is returned as text. */
export function readCommittedSpend(value: unknown): {
  spend: CommittedSpend[];
  currency: string | null;
  rest: string[];
} {
  const spend: CommittedSpend[] = [];
  const rest: string[] = [];
  let currency: string | null = null;
  const add = (what: string, money: ReturnType<typeof readMoney>, original: string) => {
    if (money === null) {
      rest.push(original);
      return;
    }
    currency ??= money.currency;
    spend.push({ what, amount: money.amount, periodMonths: money.periodMonths });
  };
  if (isRecord(value) && pick(value, WHAT_KEYS, normaliseKey) === undefined) {
    for (const [what, item] of Object.entries(value))
      add(what, readMoney(item), `${what}: ${text(item) ?? JSON.stringify(item)}`);
    return { spend, currency, rest };
  }
  for (const item of listOf(value)) {
    if (isRecord(item)) {
      const what = text(pick(item, WHAT_KEYS, normaliseKey));
      const money = readMoney({
        amount: pick(
          item,
          ['amount', 'montant', 'cost', 'cout', 'price', 'prix', 'budget', 'value'],
          normaliseKey,
        ),
        currency: pick(item, ['currency', 'devise'], normaliseKey),
        period: pick(item, ['periodmonths', 'period', 'periode', 'per', 'frequency'], normaliseKey),
      });
      add(what ?? 'committed spend', money, JSON.stringify(item));
    } else {
      const line = text(item);
      if (line === null) continue;
      const money = moneyFromText(line);
      const what = line.split(/\s*[:(—–]\s*|\s-\s/)[0]?.trim() || line;
      add(what, money, line);
    }
  }
  return { spend, currency, rest };
}

function listOrNone<T>(value: T | null): T[] {
  return value === null ? [] : [value];
}
