// Business model (B2B, B2C, B2B2C, B2G, marketplace) and company stage (idea, launch, growth, mature) from the text.
import type { BusinessModel, Company } from '../../../agents/brief.js';
import { hasAnyKeyword, indexWords, keywordCount } from './keyword-match.js';
import { fold } from './text.js';

type Stage = Company['stage'];

/** Written-out models, most specific first: "B2B2C" before "B2B", "marketplace" before either. */
const EXPLICIT: ReadonlyArray<readonly [BusinessModel, RegExp]> = [
  ['B2B2C', /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9])B2B2C(?![A-Za-zÀ-ÖØ-öø-ɏ0-9])/u],
  [
    'marketplace',
    /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:marketplace|place de marché|plateforme de mise en relation|two-sided platform)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu,
  ],
  ['B2G', /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9])B2G(?![A-Za-zÀ-ÖØ-öø-ɏ0-9])/u],
  ['B2B', /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9])B2B(?![A-Za-zÀ-ÖØ-öø-ɏ0-9])/u],
  ['B2C', /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9])(?:B2C|D2C|DTC|direct-to-consumer)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9])/u],
];

/** Words that say who pays, when the model is not written out. Accent-free, see keyword-match. */
const CONSUMER = [
  'particuliers',
  'grand public',
  'consommateurs',
  'consumers',
  'shoppers',
  'familles',
  'families',
  'touristes',
  'tourists',
  'clientele locale',
  'boutique en ligne',
  'online store',
  'e-shop',
  'patients',
  'nos clientes',
  'parents',
  'etudiants',
  'students',
  'clients particuliers',
  'b2c customers',
  // Selling online or at markets to people: shop platforms, delivery promises, market stalls.
  'shopify',
  'woocommerce',
  'free delivery',
  'free shipping',
  'livraison offerte',
  'livraison gratuite',
  'weekend markets',
  'farmers markets',
  'marches de noel',
  'subscription box',
  'box mensuelle',
  'coffee subscriptions',
];
const BUSINESS = [
  'entreprises clientes',
  'aux entreprises',
  'pour les entreprises',
  'for businesses',
  'for companies',
  'to businesses',
  'to companies',
  'clients professionnels',
  'professionnels',
  'pme',
  'smes',
  'smbs',
  'mid-market',
  'enterprise customers',
  'grands comptes',
  'key accounts',
  'dsi',
  'drh',
  'cfo',
  'procurement',
  'achats',
  'cabinets',
  'clinics',
  'cliniques',
  'teams',
  'equipes',
  'revendeurs',
  'resellers',
  'distributeurs',
  'distributors',
  'retailers',
  'wholesale',
  'grossistes',
  'industriels',
  'manufacturers',
  'agencies',
  'agences',
];
const GOVERNMENT = [
  'collectivites',
  'secteur public',
  'public sector',
  'government',
  'mairies',
  'municipalities',
  "appels d'offres publics",
];

/**
 * The business model written in the brief, else inferred from who the brief says buys; null when the
 * brief gives no sign or as many signs each way. Both kinds of buyer, each named twice or more, is B2B2C.
 */
export function findBusinessModel(text: string): BusinessModel | null {
  for (const [model, re] of EXPLICIT) if (re.test(text)) return model;
  const index = indexWords(text);
  const count = (words: readonly string[]) => words.filter((w) => keywordCount(index, w) > 0).length;
  const consumer = count(CONSUMER);
  const business = count(BUSINESS);
  const government = count(GOVERNMENT);
  if (government > 0 && government >= business && government >= consumer) return 'B2G';
  if (consumer === 0 && business === 0) return null;
  if (consumer >= 2 && business >= 2) return 'B2B2C';
  if (business === consumer) return null;
  return business > consumer ? 'B2B' : 'B2C';
}

const IDEA = [
  'projet de creation',
  'en creation',
  'en cours de creation',
  'pas encore lance*',
  'not yet launched',
  'not launched yet',
  'idea stage',
  'pre-launch',
  'prelaunch',
  'avant lancement',
  'je souhaite creer',
  'je veux creer',
  'je vais lancer',
  'je compte lancer',
  'nous allons lancer',
  'we plan to launch',
  'we are planning to launch',
  'planning to launch',
  'porteur de projet',
  'porteuse de projet',
];
const LAUNCH = [
  'vient de lancer',
  "vient d'ouvrir",
  "venons d'ouvrir",
  'venons de lancer',
  'recemment lance*',
  'just launched',
  'recently launched',
  'just opened',
  'recently opened',
  'en lancement',
  'phase de lancement',
  'premiers clients',
  'first customers',
  'first clients',
  'beta',
  'mvp',
  'early stage',
  'amorcage',
];
const GROWTH = [
  'en croissance',
  'forte croissance',
  'hypercroissance',
  'growing',
  'scale-up',
  'scaleup',
  'scaling',
  'series a',
  'series b',
  'serie a',
  'serie b',
  'levee de fonds',
  'leve des fonds',
  'raised',
  'seed round',
  'croissance de',
  'growth stage',
  'product-market fit',
];
const MATURE = [
  'bien etabli*',
  'well established',
  'established',
  'entreprise familiale',
  'family business',
  'family-owned',
  'troisieme generation',
  'third generation',
  'mature',
  'depuis des decennies',
  'for decades',
];

/** How old the company says it is, when it says so without needing today's date ("depuis 20 ans"). */
function yearsOld(folded: string): number | null {
  const m =
    /(?:depuis|for|existe depuis|il y a|founded|fondee il y a|creee il y a|in business for)\s+(\d{1,3})\s+(?:ans|years)/u.exec(
      folded,
    );
  if (m?.[1] !== undefined) return Number(m[1]);
  // A founding year before 2000 is over twenty years ago whatever today's date is.
  const y = /(?:depuis|since|fondee en|creee en|founded in|established in|est\.)\s+(1[89]\d\d)(?!\d)/u.exec(
    folded,
  );
  return y ? 25 : null;
}

/** The company's stage, or null when the brief gives no sign. Earlier stages win when signs conflict. */
export function findStage(text: string): Stage {
  const folded = fold(text);
  const index = indexWords(text);
  if (hasAnyKeyword(index, IDEA)) return 'idea';
  if (hasAnyKeyword(index, LAUNCH)) return 'launch';
  const age = yearsOld(folded);
  if (hasAnyKeyword(index, MATURE) || (age !== null && age >= 10)) return 'mature';
  if (hasAnyKeyword(index, GROWTH)) return 'growth';
  if (age !== null && age <= 1) return 'launch';
  return null;
}
