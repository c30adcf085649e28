// Snippets as people write briefs, each with what the offline reader must get from it (only the fields it is about).
import type { Brief } from '../../agents/brief.js';

type DeepPartial<T> = T extends readonly (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

export interface ReaderCase {
  readonly name: string;
  readonly text: string;
  readonly expected: DeepPartial<Brief>;
}

export const READER_CASES: readonly ReaderCase[] = [
  // Budgets: numbers, currencies, periods.
  {
    name: 'fr budget with spaces, yearly',
    text: 'Budget : 18 000 € par an.',
    expected: { budget: { amount: 18000, currency: 'EUR', periodMonths: 12 }, language: 'fr' },
  },
  {
    name: 'fr budget with narrow and plain no-break spaces',
    text: 'Notre budget marketing est de 18\u202F000\u00A0€ par an.',
    expected: { budget: { amount: 18000, currency: 'EUR', periodMonths: 12 } },
  },
  {
    name: 'fr budget 18k€ for the year',
    text: "Nous avons un budget de 18k€ pour l'année.",
    expected: { budget: { amount: 18000, currency: 'EUR', periodMonths: 12 } },
  },
  {
    name: 'fr monthly budget 2 000 €/mois',
    text: 'Budget : 2 000 €/mois pour la publicité.',
    expected: { budget: { amount: 2000, currency: 'EUR', periodMonths: 1 } },
  },
  {
    name: 'fr annual budget in millions with a decimal comma',
    text: 'Budget annuel de 1,5 M€ pour le marketing du groupe.',
    expected: { budget: { amount: 1_500_000, currency: 'EUR', periodMonths: 12 } },
  },
  {
    name: 'en budget with thousands commas',
    text: 'Our marketing budget is $620,000 per year.',
    expected: { budget: { amount: 620_000, currency: 'USD', periodMonths: 12 }, language: 'en' },
  },
  {
    name: 'en budget $3.1M over 18 months',
    text: 'Budget: $3.1M over the next 18 months.',
    expected: { budget: { amount: 3_100_000, currency: 'USD', periodMonths: 18 } },
  },
  {
    name: 'fr budget in EUR code over two years',
    text: 'Budget : 240 000 EUR sur 2 ans.',
    expected: { budget: { amount: 240_000, currency: 'EUR', periodMonths: 24 } },
  },
  {
    name: 'fr Swiss francs with apostrophes',
    text: "Budget : CHF 50'000 par an pour la Suisse romande.",
    expected: {
      budget: { amount: 50_000, currency: 'CHF', periodMonths: 12 },
      company: { markets: ['Suisse'] },
    },
  },
  {
    name: 'en pounds per quarter',
    text: 'We can spend £12k a quarter on marketing.',
    expected: { budget: { amount: 12_000, currency: 'GBP', periodMonths: 3 } },
  },
  {
    name: 'fr range gives its lower end',
    text: 'Budget marketing : entre 2 000 et 3 000 € HT par mois.',
    expected: { budget: { amount: 2000, currency: 'EUR', periodMonths: 1 } },
  },
  {
    name: 'en weekly amount becomes monthly',
    text: 'Ad budget: $500 per week.',
    expected: { budget: { amount: 2167, currency: 'USD', periodMonths: 1 } },
  },
  {
    name: 'fr Canadian dollars',
    text: 'Budget : 12 000 $ CA par année.',
    expected: { budget: { amount: 12_000, currency: 'CAD', periodMonths: 12 } },
  },
  {
    name: 'en budget without a period covers the default horizon',
    text: 'We have a budget of $40,000.',
    expected: { budget: { amount: 40_000, currency: 'USD', periodMonths: 12 }, horizonMonths: 12 },
  },
  {
    name: 'fr no budget stays unknown, never a zero',
    text: "Pas de budget marketing pour l'instant.",
    expected: { budget: null },
  },
  // Team and time.
  {
    name: 'fr two people half-time',
    text: 'Nous sommes 2 personnes à mi-temps sur le marketing.',
    expected: { capacity: { people: 2, hoursPerWeek: 35 } },
  },
  {
    name: 'en four in marketing, full-time by rule',
    text: 'We have 4 in marketing.',
    expected: { capacity: { people: 4, hoursPerWeek: 160 } },
  },
  {
    name: 'fr alone, five hours a week',
    text: "Je m'en occupe seule, environ 5 heures par semaine.",
    expected: { capacity: { people: 1, hoursPerWeek: 5 } },
  },
  {
    name: 'en ten hours a week, one person',
    text: 'I spend 10 hours a week on marketing.',
    expected: { capacity: { people: 1, hoursPerWeek: 10 } },
  },
  {
    name: 'fr three days a week',
    text: 'Une chargée de communication à 3 jours par semaine.',
    expected: { capacity: { people: 1, hoursPerWeek: 21 } },
  },
  {
    name: 'en team of three, hours each',
    text: 'A marketing team of three, each working 20 hours per week.',
    expected: { capacity: { people: 3, hoursPerWeek: 60 } },
  },
  {
    name: 'fr owner plus an intern, no time given: capacity unknown',
    text: 'Je gère le marketing avec une stagiaire.',
    expected: { capacity: null },
  },
  // Goals.
  {
    name: 'fr customers within 18 months',
    text: "Objectif : atteindre 500 clients payants d'ici 18 mois.",
    expected: {
      goals: [
        { id: 'G1', kind: 'growth', metric: 'clients', target: 500, unit: 'clients', horizonMonths: 18 },
      ],
      horizonMonths: 18,
    },
  },
  {
    name: 'en ARR within 6 months',
    text: 'Our goal is to reach $5M ARR within 6 months.',
    expected: {
      goals: [{ id: 'G1', kind: 'growth', metric: 'ARR', target: 5_000_000, unit: 'USD', horizonMonths: 6 }],
    },
  },
  {
    name: 'fr doubling revenue in two years',
    text: "Nous voulons doubler le chiffre d'affaires en ligne d'ici 2 ans.",
    expected: {
      goals: [{ kind: 'growth', metric: "chiffre d'affaires", target: 2, unit: 'x', horizonMonths: 24 }],
    },
  },
  {
    name: 'en churn from-to over four quarters',
    text: 'Goal: reduce churn from 5% to 3% over the next 4 quarters.',
    expected: { goals: [{ kind: 'retention', metric: 'churn', target: 3, unit: '%', horizonMonths: 12 }] },
  },
  {
    name: 'fr quarter date keeps its text and gives no horizon',
    text: "Objectif : augmenter la marge brute de 30 % à 38 % d'ici Q3 2026.",
    expected: {
      goals: [{ kind: 'profitability', metric: 'marge', target: 38, unit: '%', horizonMonths: null }],
      horizonMonths: 12,
    },
  },
  {
    name: 'en two aims in one sentence',
    text: 'We want to grow the newsletter to 10,000 subscribers and double organic traffic.',
    expected: {
      goals: [
        { id: 'G1', metric: 'newsletter subscribers', target: 10_000, unit: 'subscribers' },
        { id: 'G2', metric: 'visits', target: 2, unit: 'x' },
      ],
    },
  },
  {
    name: 'fr market share points',
    text: 'Objectifs : gagner 3 points de part de marché en Suisse romande.',
    expected: { goals: [{ kind: 'market_share', metric: 'part de marché', target: 3, unit: '%' }] },
  },
  {
    name: 'fr followers from-to in a year',
    text: 'Nous souhaitons passer de 2 000 à 10 000 abonnés Instagram en un an.',
    expected: {
      goals: [
        {
          kind: 'awareness',
          metric: 'abonnés Instagram',
          target: 10_000,
          unit: 'abonnés',
          horizonMonths: 12,
        },
      ],
    },
  },
  {
    name: 'en seasonal date is not counted',
    text: 'Objective: hit 1,200 bookings per month by next summer.',
    expected: {
      goals: [{ kind: 'growth', metric: 'bookings', target: 1200, unit: 'bookings', horizonMonths: null }],
    },
  },
  // Channels and their figures.
  {
    name: 'fr followers and newsletter subscribers',
    text: 'Nous avons 3 200 abonnés sur Instagram et une newsletter de 1 500 inscrits.',
    expected: {
      channels: [
        { name: 'Instagram', metric: 'abonnés', value: 3200 },
        { name: 'Newsletter', metric: 'inscrits', value: 1500 },
      ],
    },
  },
  {
    name: 'en Google rating and review count',
    text: 'Google reviews: 4.8 stars from 312 reviews.',
    expected: {
      channels: [
        { name: 'Google Business Profile', metric: 'rating', value: 4.8 },
        { name: 'Google Business Profile', metric: 'reviews', value: 312 },
      ],
    },
  },
  {
    name: 'en CPC and monthly visits',
    text: 'We run Google Ads at an average CPC of $2.40 and get 8k monthly visits on the website.',
    expected: {
      channels: [
        { name: 'Google Ads', metric: 'CPC', value: 2.4 },
        { name: 'Website', metric: 'monthly visits', value: 8000 },
      ],
    },
  },
  {
    name: 'fr fans in k and a channel not used',
    text: "Notre page Facebook compte 1,2k fans, on n'est pas sur TikTok.",
    expected: { channels: [{ name: 'Facebook', metric: 'abonnés', value: 1200 }] },
  },
  {
    name: 'fr channel list without figures',
    text: 'Canaux : bouche-à-oreille, salons professionnels, LinkedIn.',
    expected: {
      channels: [
        { name: 'Bouche-à-oreille', metric: null, value: null },
        { name: 'Salons et événements', metric: null, value: null },
        { name: 'LinkedIn', metric: null, value: null },
      ],
    },
  },
  {
    name: 'en Tripadvisor rating out of five',
    text: 'Our Tripadvisor rating is 4.5/5 with 980 reviews.',
    expected: {
      channels: [
        { name: 'Tripadvisor', metric: 'rating', value: 4.5 },
        { name: 'Tripadvisor', metric: 'reviews', value: 980 },
      ],
    },
  },
  // Competitors.
  {
    name: 'fr competitors in a sentence',
    text: 'Nos principaux concurrents sont Diptyque, Cire Trudon et Durance.',
    expected: { competitors: ['Diptyque', 'Cire Trudon', 'Durance'] },
  },
  {
    name: 'en compete with',
    text: 'We compete with Calendly and Acuity Scheduling.',
    expected: { competitors: ['Calendly', 'Acuity Scheduling'] },
  },
  {
    name: 'fr competitor label: the aside and the generic kind are not names',
    text: 'Concurrents : Doctolib (leader), Maiia et les secrétariats téléphoniques.',
    expected: { competitors: ['Doctolib', 'Maiia'] },
  },
  // Profile.
  {
    name: 'fr shop manager',
    text: "Je suis gérante d'une boutique de vêtements à Nantes.",
    expected: { profile: 'smb', company: { markets: ['Nantes'] } },
  },
  { name: 'en CMO', text: "I'm the CMO of a 200-person fintech.", expected: { profile: 'cmo' } },
  {
    name: 'fr chief executive',
    text: 'En tant que PDG, je veux structurer notre marketing.',
    expected: { profile: 'executive' },
  },
  {
    name: 'en freelancer based in a town the table lacks',
    text: "I'm a freelance photographer based in Bristol.",
    expected: { profile: 'smb', company: { markets: ['Bristol'] } },
  },
  {
    name: 'fr very small business',
    text: 'Nous sommes une TPE de 4 salariés.',
    expected: { profile: 'smb' },
  },
  {
    name: 'en head of marketing names the company',
    text: 'As head of marketing at Nimbus, I report to the CEO.',
    expected: { profile: 'cmo', company: { name: 'Nimbus' } },
  },
  // Company, offer, model, stage.
  {
    name: 'fr chez X and what it sells',
    text: "Chez Maison Verte, nous vendons des plantes d'intérieur.",
    expected: { company: { name: 'Maison Verte', offer: "plantes d'intérieur" } },
  },
  {
    name: 'en X is a SaaS for an audience',
    text: 'Brightdesk is a scheduling SaaS for dental clinics.',
    expected: {
      company: { name: 'Brightdesk', offer: 'scheduling SaaS for dental clinics' },
      audience: 'dental clinics',
    },
  },
  {
    name: 'fr name with articles, region, founding year',
    text: 'Les Jardins de Marie est une pépinière familiale en Bretagne depuis 1987.',
    // A founding year is not a stage the brief states.
    expected: { company: { name: 'Les Jardins de Marie', markets: ['Bretagne'], stage: null } },
  },
  {
    name: 'en we are X, B2B',
    text: 'We are Northwind, a B2B logistics platform for wholesalers.',
    expected: {
      company: { name: 'Northwind', businessModel: 'B2B', offer: 'B2B logistics platform for wholesalers' },
    },
  },
  {
    name: 'en marketplace',
    text: 'FarmLink is a marketplace connecting farmers with restaurants.',
    expected: { company: { name: 'FarmLink', businessModel: 'marketplace' } },
  },
  {
    name: 'fr just launched',
    text: 'Nous venons de lancer notre application de covoiturage.',
    expected: { company: { stage: 'launch' } },
  },
  // Constraints.
  {
    name: 'fr seasonality',
    text: 'Forte saisonnalité : 60 % des ventes en décembre.',
    expected: { constraints: ['Forte saisonnalité : 60 % des ventes en décembre'] },
  },
  {
    name: 'en no agency',
    text: "We don't want to work with an agency.",
    expected: { constraints: ["We don't want to work with an agency"] },
  },
  {
    name: 'fr regulation',
    text: "La publicité pour l'alcool est encadrée par la loi Evin.",
    expected: { constraints: ["La publicité pour l'alcool est encadrée par la loi Evin"] },
  },
  // Shapes met in real briefs: a name before a dash, "I own", towns the place table lacks.
  {
    name: 'en I own X, a restaurant in a town',
    text: "Hi! I own Rosie's Kitchen, a 40-seat brunch restaurant in Brighton.",
    expected: {
      company: { name: "Rosie's Kitchen", offer: '40-seat brunch restaurant', markets: ['Brighton'] },
      profile: 'smb',
    },
  },
  {
    name: 'fr name before a dash, rating out of ten',
    text: 'Hôtel des Remparts - 22 chambres à Saint-Malo.\nNous sommes sur Booking.com (note 8,9).',
    expected: {
      company: { name: 'Hôtel des Remparts', markets: ['Saint-Malo'] },
      channels: [{ name: 'Booking.com', metric: 'note moyenne', value: 8.9 }],
    },
  },
  {
    name: 'fr hours shared by two',
    text: 'Je fais le marketing avec notre réceptionniste, 6 h par semaine à nous deux.',
    expected: { capacity: { people: 2, hoursPerWeek: 6 } },
  },
  {
    name: 'en goal opening on a verb, a count that looks like a year',
    text: 'Grow recurring donors from 1,150 to 2,000 within 12 months.',
    expected: { goals: [{ id: 'G1', target: 2000, unit: null, horizonMonths: 12 }] },
  },
  {
    name: 'en a colon introducing the figure',
    text: "I'd like to fill the weekday lunch service: +25% covers by September.",
    expected: { goals: [{ kind: 'growth', metric: 'bookings', target: 25, unit: '%', horizonMonths: null }] },
  },
  {
    name: 'en policy constraint',
    text: 'We cannot use images of residents (safeguarding policy).',
    expected: { constraints: ['We cannot use images of residents (safeguarding policy)'] },
  },
  {
    name: 'en labels inside one paragraph',
    text: "Team: one part-time comms officer (20 hours a week). Budget: none beyond volunteers' time.",
    expected: { capacity: { people: 1, hoursPerWeek: 20 }, budget: null, goals: [] },
  },
  {
    name: 'en a five-year goal does not make a five-year plan',
    text: 'Our goal is to open 10 new stores in 5 years.',
    expected: { goals: [{ target: 10, horizonMonths: 60 }], horizonMonths: 24 },
  },
  {
    name: 'fr a stated plan horizon wins over goal horizons',
    text: "Nous voulons un plan marketing sur 6 mois. Objectif : 200 commandes par mois d'ici 12 mois.",
    expected: { goals: [{ metric: 'commandes', target: 200, horizonMonths: 12 }], horizonMonths: 6 },
  },
  {
    name: 'en channel named between the count and the noun',
    text: 'We have 4.6 stars on Google (540 reviews) and 2,100 Instagram followers.',
    expected: {
      channels: [
        { name: 'Google Business Profile', metric: 'rating', value: 4.6 },
        { name: 'Google Business Profile', metric: 'reviews', value: 540 },
        { name: 'Instagram', metric: 'followers', value: 2100 },
      ],
    },
  },
  // What exists today, and when: baselines, dormant channels, assets, committed spend, busy months, deadlines.
  {
    name: 'fr from-to gives the baseline',
    text: "Objectif : passer de 185 000 € à 240 000 € de chiffre d'affaires d'ici 18 mois.",
    expected: { goals: [{ metric: "chiffre d'affaires", target: 240_000, unit: 'EUR', baseline: 185_000 }] },
  },
  {
    name: "fr today's count in brackets is the baseline",
    text: "Objectif : signer 5 contrats d'entretien de flottes avec des entreprises (aujourd'hui 1).",
    expected: { goals: [{ target: 5, unit: 'contrats', baseline: 1 }] },
  },
  {
    name: 'en today after the count is the baseline',
    text: 'Goal: reach 500 customers within 12 months (300 customers today).',
    expected: { goals: [{ metric: 'customers', target: 500, baseline: 300, horizonMonths: 12 }] },
  },
  {
    name: 'en an increment is not a level',
    text: 'We want 50 new customers this year.',
    expected: { goals: [{ metric: 'additional customers', target: 50, baseline: null }] },
  },
  {
    name: 'fr baseline from a sentence stating the same metric',
    text: "Chiffre d'affaires 2025 : 185 000 €.\nObjectif : passer à 240 000 € de CA.",
    expected: { goals: [{ target: 240_000, unit: 'EUR', baseline: 185_000 }] },
  },
  {
    name: 'fr a newsletter not sent for a year is a dormant contact list',
    text: "Nous avons une newsletter de 1 900 contacts qu'on n'a pas envoyée depuis un an.",
    expected: {
      channels: [{ name: 'Newsletter', value: 1900, status: 'dormant' }],
      assets: [{ kind: 'contact_list', size: 1900, dormant: true }],
    },
  },
  {
    name: 'en distributors and an installed base are assets',
    text: 'We sell through 35 distributors in Europe and have an installed base of 1,200 presses.',
    expected: {
      assets: [
        { kind: 'distributors', name: 'distributors', size: 35, dormant: false },
        { kind: 'customer_base', size: 1200 },
      ],
    },
  },
  {
    name: 'en money already spent on trade shows',
    text: 'We spend €40k a year on trade shows.',
    expected: { committedSpend: [{ amount: 40_000, periodMonths: 12 }], budget: null },
  },
  {
    name: 'fr busy months from a range',
    text: 'Avril à juin, on est débordés.',
    expected: { calendar: { busyMonths: [4, 5, 6], deadlines: [] } },
  },
  {
    // A demand peak is when buyers buy: a date to be ready for, not a month the team cannot work (review 2, D6).
    name: 'fr a quiet summer is not busy, and a sales peak is a date to be ready for',
    text: "La bûche en décembre = notre gros pic, l'été c'est plus calme.",
    expected: { calendar: { busyMonths: [], deadlines: [{ month: 12 }] } },
  },
  {
    name: 'en a deadline measured back from an event',
    text: 'We need to fill the retreats two months ahead.',
    expected: { calendar: { busyMonths: [], deadlines: [{ month: null }] } },
  },
  {
    name: 'fr a lawyer with no company name is named by what she is',
    text: 'Je suis avocate en droit du travail à Nantes et je voudrais plus de clients.',
    expected: { company: { name: 'Avocate en droit du travail, Nantes', markets: ['Nantes'] }, budget: null },
  },
  {
    name: 'en where a trade show is held is not a market',
    text: 'We sell to HR directors in France. We spend €60k a year on two trade shows (Solutions RH in Paris).',
    expected: { company: { markets: ['France'] }, committedSpend: [{ amount: 60_000, periodMonths: 12 }] },
  },
  {
    name: 'en a greeting before what the writer is',
    text: "Hi, I'm Maya, a solo yoga teacher in Bristol. No real budget.",
    expected: { company: { name: 'Yoga teacher, Bristol', markets: ['Bristol'] }, budget: null },
  },
  {
    name: 'en a lead time is a deadline, not a goal horizon',
    text: "I'd like to fill the retreats two months ahead.",
    expected: {
      goals: [{ horizonMonths: null }],
      calendar: { deadlines: [{ month: null }] },
      horizonMonths: 12,
    },
  },
  {
    name: 'fr a town before a bracket is the company town',
    text: 'Hydrotec conçoit et fabrique des presses hydrauliques à Saint-Étienne (120 salariés).',
    expected: { company: { name: 'Hydrotec', offer: 'presses hydrauliques', markets: ['Saint-Étienne'] } },
  },
  {
    name: "en a goals lead-in is not part of the goal; today's ARR from its own sentence",
    text: 'Today we have 46 customers and €1.9M ARR.\nGoals for the next 12 months: reach €3M ARR and sign 20 new customers.',
    expected: {
      goals: [
        {
          statement: 'Reach €3M ARR',
          target: 3_000_000,
          unit: 'EUR',
          baseline: 1_900_000,
          horizonMonths: 12,
        },
        // "20 new customers" is an increment: today's 46 is not its baseline.
        { statement: 'Sign 20 new customers', metric: 'additional customers', target: 20, baseline: null },
      ],
    },
  },
  {
    name: 'en a deadline ends with its lead time',
    text: "I'd like to fill the retreats two months ahead and get my Sunday classes from 8 to 15 people.",
    expected: {
      calendar: { deadlines: [{ what: "I'd like to fill the retreats two months ahead", month: null }] },
      goals: [{}, { target: 15, baseline: 8 }],
    },
  },
];
