// Projects a goal can name ("lancer le click & collect", "launch a loyalty programme"): what delivering one takes.
//
// A goal that names a project without a number is served by an action that delivers the project, not by a
// marketing channel. Each kind here is sized like a catalogue channel so the arbiter can weigh it; every figure
// is an assumption of Boussole's authors (a few days of set-up and announcement work, a tool's monthly fee),
// and the KPI target is labelled a Boussole estimate wherever it is shown.
import { CHANNELS } from './channels.js';
import type { BudgetTier, Channel, Localized } from './types.js';

export type ProjectKindId = 'online_ordering' | 'website' | 'loyalty' | 'subscription' | 'generic';

export interface ProjectKind {
  readonly id: ProjectKindId;
  /** Words (accent-free, lower case, whole words) that place a project in this kind. */
  readonly keywords: readonly string[];
  /** What the action is filed under, in place of a channel name. */
  readonly label: Localized;
  /** What the KPI counts once the project is live. */
  readonly kpi: Localized;
  /** The KPI's target by budget tier over `runMonths` (assumption, shown as a Boussole estimate). */
  readonly target: { readonly [T in BudgetTier]: number };
  /** Person-days to deliver and announce it (assumption). */
  readonly effortDays: number;
  /** Monthly tool or service cost in EUR-equivalents by tier (assumption). */
  readonly monthlyCostEur: { readonly [T in BudgetTier]: number };
  /** Customers who see or use it per quarter, B2C scale (assumption). */
  readonly reachPerQuarter: { readonly [T in BudgetTier]: number };
  readonly runMonths: number;
}

/** Verbs that open a goal naming a project: "lancer", "mettre en place", "launch", "set up"… Folded. */
export const PROJECT_VERBS: readonly string[] = [
  'lancer',
  'mettre en place',
  'mettre en ligne',
  'creer',
  'ouvrir',
  'monter',
  'deployer',
  'refaire',
  'refondre',
  'activer',
  'launch',
  'set up',
  'setup',
  'build',
  'create',
  'open',
  'start',
  'roll out',
  'introduce',
  'redesign',
  'rebuild',
];

/** Words between the verb and the project that say nothing about it: "lancer enfin le…", "finally launch our…". */
export const PROJECT_FILLERS: readonly string[] = [
  'enfin',
  'finally',
  'notre',
  'nos',
  'our',
  'un',
  'une',
  'le',
  'la',
  'les',
  'l',
  'a',
  'an',
  'the',
  'des',
  'du',
  'de',
  'new',
  'nouveau',
  'nouvelle',
  'propre',
  'own',
];

export const PROJECT_KINDS: readonly ProjectKind[] = [
  {
    // assumption: a till or shop platform's ordering module takes a few days to configure and announce; a
    // neighbourhood shop can expect a few dozen orders a month at first.
    id: 'online_ordering',
    keywords: [
      'click & collect',
      'click and collect',
      'click collect',
      'commande en ligne',
      'commandes en ligne',
      'online ordering',
      'online orders',
      'order online',
      'precommande',
      'pre-order',
      'pre-orders',
      'retrait en boutique',
      'boutique en ligne',
      'e-shop',
      'online shop',
      'online store',
      'e-commerce',
      'ecommerce',
      'vente en ligne',
    ],
    label: { fr: 'commande en ligne', en: 'online ordering' },
    kpi: { fr: 'commandes en ligne par semaine', en: 'online orders per week' },
    target: { none: 5, small: 10, medium: 25, large: 60 },
    effortDays: 3,
    monthlyCostEur: { none: 0, small: 30, medium: 60, large: 150 },
    reachPerQuarter: { none: 300, small: 600, medium: 1500, large: 4000 },
    runMonths: 3,
  },
  {
    // assumption: a simple site on a builder is one to two weeks of work; it is judged on the contacts it brings.
    id: 'website',
    keywords: ['site', 'site web', 'site internet', 'website', 'landing page', 'page web'],
    label: { fr: 'site web', en: 'website' },
    kpi: { fr: 'demandes reçues via le site par mois', en: 'enquiries through the website per month' },
    target: { none: 3, small: 5, medium: 15, large: 40 },
    effortDays: 8,
    monthlyCostEur: { none: 0, small: 30, medium: 80, large: 200 },
    reachPerQuarter: { none: 200, small: 500, medium: 1500, large: 4000 },
    runMonths: 3,
  },
  {
    id: 'loyalty',
    keywords: [
      'fidelite',
      'carte de fidelite',
      'programme de fidelite',
      'loyalty',
      'loyalty programme',
      'loyalty program',
      'rewards',
    ],
    label: { fr: 'programme de fidélité', en: 'loyalty programme' },
    kpi: { fr: 'clients inscrits au programme', en: 'customers enrolled in the programme' },
    target: { none: 50, small: 100, medium: 250, large: 600 },
    effortDays: 4,
    monthlyCostEur: { none: 0, small: 20, medium: 50, large: 150 },
    reachPerQuarter: { none: 300, small: 600, medium: 1500, large: 4000 },
    runMonths: 3,
  },
  {
    id: 'subscription',
    keywords: ['box', 'abonnement', 'subscription', 'subscriptions', 'membership', 'adhesion'],
    label: { fr: 'offre d’abonnement', en: 'subscription offer' },
    kpi: { fr: 'abonnements souscrits', en: 'subscriptions taken' },
    target: { none: 10, small: 30, medium: 80, large: 200 },
    effortDays: 6,
    monthlyCostEur: { none: 0, small: 30, medium: 80, large: 200 },
    reachPerQuarter: { none: 300, small: 600, medium: 1500, large: 4000 },
    runMonths: 3,
  },
  {
    id: 'generic',
    keywords: [],
    label: { fr: 'projet', en: 'project' },
    kpi: { fr: 'clients servis par le nouveau dispositif', en: 'customers served by the new offer' },
    target: { none: 5, small: 10, medium: 25, large: 60 },
    effortDays: 6,
    monthlyCostEur: { none: 0, small: 30, medium: 80, large: 200 },
    reachPerQuarter: { none: 200, small: 400, medium: 1000, large: 3000 },
    runMonths: 3,
  },
];

/**
 * The project as a channel-shaped entry, so it is sized, linked and scored like any candidate action. It sits
 * at the decision and retention stages: it makes buying easier for people who already want to buy.
 */
export function projectChannel(kind: ProjectKind): Channel {
  const template = CHANNELS.find((channel) => channel.id === 'landing') ?? CHANNELS[0]!;
  return {
    ...template,
    id: 'project',
    label: kind.label,
    aliases: [],
    paid: false,
    minMonthlyEur: 0,
    goalKinds: ['growth', 'retention', 'other'],
    stages: ['decision', 'retention'],
    monthlyCostEur: kind.monthlyCostEur,
    effortDaysPerQuarter: (kind.effortDays * 3) / kind.runMonths,
    reachPerQuarter: kind.reachPerQuarter,
    timeToEffectMonths: 1,
    runMonths: kind.runMonths,
    // assumption: delivering what the owner has asked for is high impact and in their hands.
    impact: 2,
    confidence: 0.8,
    conversionRate: 0,
    requires: [],
    kpi: kind.kpi,
  };
}
