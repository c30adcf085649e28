// What `boussole init` says, in French and English: each question, its example, and the comment written above
// the field in brief.yaml.
import type { Language } from '../../agents/brief.js';

export interface InitTexts {
  intro: string;
  keepHint: string;
  companyName: string;
  offer: string;
  audience: string;
  businessModel: string;
  goal: (index: number) => string;
  goalTarget: string;
  goalBaseline: (statement: string) => string;
  budget: string;
  budgetPeriod: string;
  budgetCurrency: string;
  hours: string;
  people: string;
  channel: (index: number) => string;
  competitors: string;
  constraints: string;
  busyMonths: string;
  deadline: (index: number) => string;
  overwrite: (path: string) => string;
  written: (path: string) => string;
  next: (path: string) => string;
  notATerminal: string;
  interrupted: string;
  notUnderstood: (what: string) => string;
  comments: Record<
    | 'header'
    | 'company'
    | 'audience'
    | 'goals'
    | 'budget'
    | 'capacity'
    | 'channels'
    | 'competitors'
    | 'constraints'
    | 'calendar'
    | 'assets'
    | 'committedSpend'
    | 'maturity'
    | 'profile'
    | 'language'
    | 'horizonMonths',
    string
  >;
}

const EN: InitTexts = {
  intro:
    'A few questions to write your brief (about 5 minutes). Press Enter to skip a question you cannot answer: it stays unknown, never guessed.',
  keepHint: 'Enter keeps the answer in [brackets]; type - to clear it.',
  companyName: 'Company name',
  offer: 'What do you sell, in a few words (e.g. "bike repairs and servicing")',
  audience: 'Who buys it (e.g. "commuters in central Nantes")',
  businessModel: 'Business model: B2B, B2C, B2B2C, marketplace or other',
  goal: (index) =>
    index === 1
      ? 'Goal 1, with a number and a date (e.g. "200 paying customers by June 2027"); Enter when done'
      : `Goal ${index} (Enter when done)`,
  goalTarget: '  Target number for this goal (Enter if none)',
  goalBaseline: (statement) => `  Today's figure for "${statement}" (Enter if unknown)`,
  budget: 'Marketing budget and its period (e.g. "400 € per month", "$20k per year"; Enter if unknown)',
  budgetPeriod: '  Over what period: month, quarter or year',
  budgetCurrency: '  Currency (EUR, USD, GBP, CHF, CAD...)',
  hours: 'Hours per week spent on marketing, the whole team together (Enter if unknown)',
  people: '  How many people share those hours',
  channel: (index) =>
    index === 1
      ? 'Channel 1 in use, with its figure (e.g. "Instagram: 2300 followers", "newsletter: 900 subscribers, dormant"); Enter when done'
      : `Channel ${index} (Enter when done)`,
  competitors: 'Competitors, separated by commas (Enter if none)',
  constraints: 'Constraints, separated by semicolons (e.g. "no paid ads; nothing before March")',
  busyMonths: 'Busy seasons, when marketing must wait (e.g. "July-August", "December")',
  deadline: (index) =>
    index === 1
      ? 'Deadline 1 (e.g. "trade show in March"); Enter when done'
      : `Deadline ${index} (Enter when done)`,
  overwrite: (path) => `${path} exists. Overwrite it? [y/N]`,
  written: (path) => `Brief written: ${path}`,
  next: (path) => `Next: boussole draft ${path}`,
  notATerminal:
    'boussole init asks its questions in a terminal, and this is not one: run it in an interactive terminal, or write brief.yaml by hand (see the README).',
  interrupted: 'Interrupted: nothing was written.',
  notUnderstood: (what) => `Not understood as ${what}: try again, or press Enter to leave it unknown.`,
  comments: {
    header:
      'Marketing brief written by `boussole init`. Edit it freely, then draft a roadmap from it with `boussole draft`.\n' +
      'null or [] means unknown: Boussole asks about it in the roadmap instead of guessing.',
    company:
      'The company: its name, what it sells in a few words, its business model (B2B, B2C, B2B2C, marketplace, other), where it sells.',
    audience: 'Who buys, in your words.',
    goals:
      'Goals: the statement in your words, the target number and its unit, the horizon in months,\n' +
      "and the baseline (today's figure): targets are planned as growth over the baseline.",
    budget:
      'Marketing budget: the amount, its currency (ISO code) and the months it covers (1 = per month, 12 = per year).',
    capacity: 'Time for marketing: the people and the hours per week they have, all together.',
    channels:
      'Channels already in use: name, the figure you track (metric and value), and status (active, dormant, or null).',
    competitors: 'Competitors, by name.',
    constraints: 'Constraints the plan must respect.',
    calendar:
      'Busy months (1-12) hold no heavy marketing work; deadlines pull the work that serves them ahead (month 1-12).',
    assets:
      'What you already have to build on (a mailing list, reviews, partners...): name, kind, size, unit, dormant.',
    committedSpend:
      'Spend already decided (a trade show booked...): what, amount, months it covers (null for a one-off).',
    maturity: 'Marketing maturity: beginner, intermediate or advanced (null if unsure).',
    profile: 'Who reads the roadmap: executive, cmo or smb (a small business or freelancer).',
    language: 'Language of the roadmap: fr or en.',
    horizonMonths: 'Months the roadmap covers.',
  },
};

const FR: InitTexts = {
  intro:
    'Quelques questions pour écrire votre brief (environ 5 minutes). Appuyez sur Entrée pour passer une question : la réponse reste inconnue, jamais devinée.',
  keepHint: 'Entrée garde la réponse entre [crochets] ; tapez - pour l’effacer.',
  companyName: "Nom de l'entreprise",
  offer: 'Ce que vous vendez, en quelques mots (ex. « réparation et entretien de vélos »)',
  audience: 'Qui achète (ex. « cyclistes urbains du centre de Nantes »)',
  businessModel: 'Modèle : B2B, B2C, B2B2C, marketplace ou autre',
  goal: (index) =>
    index === 1
      ? 'Objectif 1, avec un chiffre et une date (ex. « 200 clients payants d’ici juin 2027 ») ; Entrée pour finir'
      : `Objectif ${index} (Entrée pour finir)`,
  goalTarget: '  Chiffre visé pour cet objectif (Entrée si aucun)',
  goalBaseline: (statement) => `  Chiffre d'aujourd'hui pour « ${statement} » (Entrée si inconnu)`,
  budget: 'Budget marketing et sa période (ex. « 400 € par mois », « 20 000 € par an » ; Entrée si inconnu)',
  budgetPeriod: '  Sur quelle période : mois, trimestre ou an',
  budgetCurrency: '  Devise (EUR, USD, GBP, CHF, CAD...)',
  hours: "Heures par semaine consacrées au marketing, toute l'équipe ensemble (Entrée si inconnu)",
  people: '  Combien de personnes se partagent ces heures',
  channel: (index) =>
    index === 1
      ? 'Canal 1 utilisé, avec son chiffre (ex. « Instagram : 2300 abonnés », « newsletter : 900 inscrits, en sommeil ») ; Entrée pour finir'
      : `Canal ${index} (Entrée pour finir)`,
  competitors: 'Concurrents, séparés par des virgules (Entrée si aucun)',
  constraints:
    'Contraintes, séparées par des points-virgules (ex. « pas de publicité payante ; rien avant mars »)',
  busyMonths: 'Saisons chargées, où le marketing doit attendre (ex. « juillet-août », « décembre »)',
  deadline: (index) =>
    index === 1
      ? 'Échéance 1 (ex. « salon en mars ») ; Entrée pour finir'
      : `Échéance ${index} (Entrée pour finir)`,
  overwrite: (path) => `${path} existe. L'écraser ? [o/N]`,
  written: (path) => `Brief écrit : ${path}`,
  next: (path) => `Ensuite : boussole draft ${path}`,
  notATerminal:
    "boussole init pose ses questions dans un terminal, et ce n'en est pas un : lancez-le dans un terminal interactif, ou écrivez brief.yaml à la main (voir le README).",
  interrupted: "Interrompu : rien n'a été écrit.",
  notUnderstood: (what) =>
    `Pas compris comme ${what} : réessayez, ou appuyez sur Entrée pour laisser inconnu.`,
  comments: {
    header:
      'Brief marketing écrit par `boussole init`. Modifiez-le librement, puis tirez-en une feuille de route avec `boussole draft`.\n' +
      'null ou [] veut dire inconnu : Boussole pose la question dans la feuille de route au lieu de deviner.',
    company:
      "L'entreprise : son nom, ce qu'elle vend en quelques mots, son modèle (B2B, B2C, B2B2C, marketplace, other), où elle vend.",
    audience: 'Qui achète, avec vos mots.',
    goals:
      "Objectifs : l'énoncé avec vos mots, le chiffre visé et son unité, l'horizon en mois,\n" +
      "et le point de départ (baseline, le chiffre d'aujourd'hui) : les cibles sont planifiées comme une hausse depuis ce point.",
    budget:
      'Budget marketing : le montant, sa devise (code ISO) et les mois couverts (1 = par mois, 12 = par an).',
    capacity: 'Temps pour le marketing : les personnes et leurs heures par semaine, toutes ensemble.',
    channels:
      'Canaux déjà utilisés : nom, le chiffre suivi (metric et value), et le statut (active, dormant ou null).',
    competitors: 'Concurrents, par leur nom.',
    constraints: 'Contraintes que le plan doit respecter.',
    calendar:
      'Mois chargés (1-12) : pas de gros chantier marketing ; échéances : le travail qui les sert passe avant (mois 1-12).',
    assets:
      'Ce que vous avez déjà (liste de contacts, avis, partenaires...) : name, kind, size, unit, dormant.',
    committedSpend:
      'Dépenses déjà décidées (un salon réservé...) : what, amount, mois couverts (null si ponctuelle).',
    maturity: 'Maturité marketing : beginner, intermediate ou advanced (null si vous hésitez).',
    profile: 'Qui lit la feuille de route : executive (dirigeant), cmo ou smb (PME, indépendant).',
    language: 'Langue de la feuille de route : fr ou en.',
    horizonMonths: 'Mois couverts par la feuille de route.',
  },
};

export function initTexts(language: Language): InitTexts {
  return language === 'fr' ? FR : EN;
}

/** Asked first when neither the brief nor LANG says which language to use. */
export const LANGUAGE_QUESTION = 'Language / Langue [en/fr]';
