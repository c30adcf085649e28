// Test builder: a realistic roadmap and agent outputs for a coffee roaster, in French or English.
// hand-authored: the analyses stand for model answers and the roadmap for the arbiter's; neither was produced by them.
import type { Brief, Language } from '../../agents/brief.js';
import type { Journey } from '../../agents/journey.js';
import type { AgentOutputs } from '../../agents/outputs.js';
import type { Personas } from '../../agents/personas.js';
import type { Positioning } from '../../agents/positioning.js';
import type { CandidateAction, Prioritizer } from '../../agents/prioritizer.js';
import type { Swot } from '../../agents/swot.js';
import type { Horizon, NotNowAction, Roadmap, ScheduledAction } from '../../src/arbiter/roadmap.js';

type Text = (fr: string, en: string) => string;
const pick =
  (language: Language): Text =>
  (fr, en) =>
    language === 'fr' ? fr : en;

function brief(language: Language, t: Text): Brief {
  return {
    company: {
      name: 'Brûlerie Nord',
      description: t('Torréfacteur artisanal à Lille', 'Craft coffee roaster in Lille'),
      sector: t('Café de spécialité', 'Specialty coffee'),
      businessModel: 'B2B2C',
      offer: t('Cafés en grains, abonnements, fourniture de bureaux', 'Coffee beans, subscriptions, office supply'),
      markets: ['France', 'Belgique'],
      stage: 'growth',
    },
    audience: t('Amateurs de café et PME de la métropole lilloise', 'Coffee lovers and small offices around Lille'),
    goals: [
      {
        id: 'G1',
        statement: t('Atteindre 400 abonnés actifs', 'Reach 400 active subscribers'),
        kind: 'growth',
        metric: t('abonnés actifs', 'active subscribers'),
        target: 400,
        unit: t('abonnés', 'subscribers'),
        horizonMonths: 12,
      },
      {
        id: 'G2',
        statement: t('Signer 15 bureaux clients', 'Sign 15 office accounts'),
        kind: 'market_share',
        metric: t('bureaux clients', 'office accounts'),
        target: 15,
        unit: t('bureaux', 'offices'),
        horizonMonths: 9,
      },
      {
        id: 'G3',
        statement: t('Garder 85 % des abonnés après 3 mois', 'Keep 85% of subscribers after 3 months'),
        kind: 'retention',
        metric: t('rétention à 3 mois', '3-month retention'),
        target: 85,
        unit: '%',
        horizonMonths: 6,
      },
    ],
    budget: { amount: 18000, currency: 'EUR', periodMonths: 12 },
    capacity: { people: 1.5, hoursPerWeek: 20 },
    maturity: 'intermediate',
    profile: 'smb',
    competitors: ['Café Lomi', 'Nespresso Pro'],
    channels: [
      { name: 'Instagram', metric: 'followers', value: 4200 },
      { name: t('Boutique', 'Shop'), metric: null, value: null },
    ],
    constraints: [t('Pas de publicité télévisée', 'No TV advertising')],
    language,
    horizonMonths: 12,
  };
}

function swot(t: Text): Swot {
  return {
    strengths: [
      { id: 'S1', statement: t('Torréfaction sur place, fraîcheur prouvée', 'Roasted on site, proven freshness'), evidence: t('Torréfacteur artisanal', 'Craft roaster'), impact: 4 },
      { id: 'S2', statement: t('Communauté Instagram engagée', 'Engaged Instagram community'), evidence: '4 200 followers', impact: 3 },
    ],
    weaknesses: [{ id: 'W1', statement: t('Équipe marketing réduite', 'Small marketing team'), evidence: null, impact: 4 }],
    opportunities: [{ id: 'O1', statement: t('Retour au bureau des PME', 'Small offices returning to work'), evidence: null, impact: 3 }],
    threats: [{ id: 'T1', statement: t('Capsules bon marché en grande surface', 'Cheap supermarket capsules'), evidence: null, impact: 3 }],
    implications: [
      { kind: 'SO', statement: t('Vendre la fraîcheur aux bureaux', 'Sell freshness to offices'), itemIds: ['S1', 'O1'] },
    ],
  };
}

function personas(t: Text): Personas {
  return {
    personas: [
      {
        id: 'P1',
        name: t('Claire, office manager', 'Claire, office manager'),
        segment: t('PME de 20 à 80 salariés', 'Offices of 20 to 80 staff'),
        role: 'Office manager',
        goals: [t('Un café qui plaît à l’équipe', 'Coffee the team enjoys')],
        pains: [t('Machines en panne', 'Broken machines')],
        triggers: [t('Retour au bureau', 'Return to the office')],
        objections: [t('Prix au kilo', 'Price per kilo')],
        channels: ['LinkedIn', 'Email'],
        decisionCriteria: [t('Service', 'Service'), t('Prix', 'Price')],
        priority: 'primary',
      },
      {
        id: 'P2',
        name: t('Hugo, amateur éclairé', 'Hugo, home barista'),
        segment: t('Particuliers passionnés', 'Coffee enthusiasts'),
        role: null,
        goals: [t('Découvrir des origines', 'Discover origins')],
        pains: [],
        triggers: [],
        objections: [],
        channels: ['Instagram'],
        decisionCriteria: [],
        priority: 'secondary',
      },
    ],
  };
}

function positioning(t: Text): Positioning {
  return {
    positioningStatement: t('Le café fraîchement torréfié des bureaux lillois', 'Freshly roasted coffee for Lille offices'),
    valueProposition: t('Torréfié cette semaine, livré lundi', 'Roasted this week, delivered on Monday'),
    differentiators: [{ statement: t('Fraîcheur garantie', 'Guaranteed freshness'), swotIds: ['S1'] }],
    proofPoints: [t('Date de torréfaction sur chaque sachet', 'Roast date on every bag')],
    messagingPillars: [{ personaId: 'P1', pillar: t('Zéro souci', 'No hassle'), message: t('On s’occupe de tout', 'We handle everything') }],
    pricing: {
      model: 'subscription',
      currency: 'EUR',
      tiers: [
        { name: 'Solo', price: 24, currency: 'EUR', period: 'month', includes: ['1 kg'] },
        { name: t('Bureau', 'Office'), price: 1890.5, currency: 'EUR', period: 'year', includes: ['50 kg', t('Machine', 'Machine')] },
      ],
      rationale: t('Aligné sur les torréfacteurs premium', 'In line with premium roasters'),
      competitorReferences: [{ competitor: 'Café Lomi', price: 28, note: null }],
    },
  };
}

function journey(t: Text): Journey {
  return {
    journeys: [
      {
        personaId: 'P1',
        stages: [
          { stage: 'awareness', touchpoints: ['LinkedIn'], customerGoal: t('Trouver un fournisseur', 'Find a supplier'), frictions: [], opportunities: [t('Dégustation', 'Tasting')], kpi: t('visites', 'visits') },
          { stage: 'decision', touchpoints: [t('Devis', 'Quote')], customerGoal: t('Comparer', 'Compare'), frictions: [t('Prix', 'Price')], opportunities: [], kpi: null },
        ],
      },
    ],
  };
}

interface ActionSeed {
  id: string;
  fr: string;
  en: string;
  goalIds: string[];
  cost: number;
  effortDays: number;
  score: number;
  dependsOn: string[];
  kpi: [string, string, number | null, string | null, number | null];
}

const SEEDS: Record<'now' | 'next' | 'later', ActionSeed[]> = {
  now: [
    { id: 'A1', fr: 'Offre d’essai bureaux', en: 'Office trial offer', goalIds: ['G2'], cost: 1200, effortDays: 6, score: 42.5, dependsOn: [], kpi: ['bureaux en essai', 'offices on trial', 10, 'bureaux', 3] },
    { id: 'A2', fr: 'Parrainage abonnés', en: 'Subscriber referral', goalIds: ['G1', 'G3'], cost: 800, effortDays: 4, score: 38.25, dependsOn: [], kpi: ['abonnés parrainés', 'referred subscribers', 60, null, 3] },
  ],
  next: [
    { id: 'A3', fr: 'Campagne LinkedIn ciblée', en: 'Targeted LinkedIn campaign', goalIds: ['G2'], cost: 4500, effortDays: 8, score: 21.1, dependsOn: ['A1'], kpi: ['coût par lead', 'cost per lead', 45, 'EUR', 3] },
  ],
  later: [
    { id: 'A4', fr: 'Programme fidélité', en: 'Loyalty programme', goalIds: ['G3'], cost: 2500, effortDays: 10, score: 15.75, dependsOn: ['A2'], kpi: ['rétention à 3 mois', '3-month retention', 85, '%', 6] },
  ],
};

function scheduled(seed: ActionSeed, t: Text): ScheduledAction {
  const [metricFr, metricEn, target, unit, timeframe] = seed.kpi;
  return {
    id: seed.id,
    originalId: null,
    title: t(seed.fr, seed.en),
    description: t(`${seed.fr} : description`, `${seed.en}: description`),
    channel: 'email',
    goalIds: seed.goalIds,
    personaIds: ['P1'],
    stages: ['decision'],
    swotIds: ['S1'],
    cost: seed.cost,
    effortDays: seed.effortDays,
    score: seed.score,
    dependsOn: seed.dependsOn,
    kpi: { metric: t(metricFr, metricEn), target, unit, timeframeMonths: timeframe },
    killCriterion: t('Moins de 3 bureaux après 6 semaines', 'Fewer than 3 offices after 6 weeks'),
    rationale: t('Sert l’objectif G2 au meilleur score faisable.', 'Serves goal G2 with the best feasible score.'),
    trace: {
      reach: 100,
      impact: 2,
      confidence: 0.8,
      effortDays: seed.effortDays,
      rice: seed.score,
      goalWeight: 1,
      profileWeight: 1,
      score: seed.score,
      adjustments: [],
    },
  };
}

function horizon(id: Horizon['id'], label: string, startMonth: number, endMonth: number, actions: ScheduledAction[]): Horizon {
  return {
    id,
    label,
    startMonth,
    endMonth,
    budget: 1500 * (endMonth - startMonth),
    budgetUsed: actions.reduce((sum, a) => sum + a.cost, 0),
    capacityDays: 10 * (endMonth - startMonth),
    capacityUsed: actions.reduce((sum, a) => sum + a.effortDays, 0),
    wipLimit: 3,
    actions,
  };
}

function notNow(id: string, title: string, code: NotNowAction['code'], reason: string): NotNowAction {
  return { id, title, code, reason, score: 9.5, cost: 12000, effortDays: 20, goalIds: ['G1'] };
}

export function buildRoadmap(language: Language): Roadmap {
  const t = pick(language);
  const actions = (h: keyof typeof SEEDS) => SEEDS[h].map((seed) => scheduled(seed, t));
  return {
    company: 'Brûlerie Nord',
    language,
    currency: 'EUR',
    draftKind: 'llm',
    constraints: { budget: 18000, currency: 'EUR', budgetPeriodMonths: 12, capacityDaysPerMonth: 10, horizonMonths: 12, profile: 'smb' },
    method: {
      formula: 'score = reach × impact × confidence ÷ effort × goalWeight × profileWeight',
      goalWeights: { growth: 1.2, profitability: 1, market_share: 1.1, awareness: 0.8, retention: 1, other: 0.5 },
      profileWeights: { smb: 1, cmo: 1, executive: 1 },
      rules: [t('Chaque objectif reçoit d’abord sa meilleure action faisable.', 'Each goal first gets its best feasible action.')],
    },
    horizons: [
      horizon('now', t('Maintenant', 'Now'), 0, 3, actions('now')),
      horizon('next', t('Ensuite', 'Next'), 3, 6, actions('next')),
      horizon('later', t('Plus tard', 'Later'), 6, 12, actions('later')),
    ],
    deferred: [notNow('A5', t('Salon professionnel', 'Trade fair'), 'over_budget', t('Coûte plus que le budget restant.', 'Costs more than the budget left.'))],
    excluded: [notNow('A6', t('Spot radio', 'Radio spot'), 'no_goal', t('Ne sert aucun objectif du brief.', 'Serves no goal of the brief.'))],
    goals: [
      { goalId: 'G1', statement: t('Atteindre 400 abonnés actifs', 'Reach 400 active subscribers'), kind: 'growth', actionIds: ['A2'], covered: true },
      { goalId: 'G2', statement: t('Signer 15 bureaux clients', 'Sign 15 office accounts'), kind: 'market_share', actionIds: ['A1', 'A3'], covered: true },
      { goalId: 'G3', statement: t('Garder 85 % des abonnés', 'Keep 85% of subscribers'), kind: 'retention', actionIds: ['A2', 'A4'], covered: true },
    ],
    warnings: [{ code: 'threat_unanswered', message: t('Aucune action ne répond à T1.', 'No action answers T1.'), refs: ['T1'] }],
    assumptions: [t('Capacité : 20 h par semaine, soit 10 jours-personne par mois.', 'Capacity: 20 h a week, i.e. 10 person-days a month.')],
  };
}

function candidate(action: ScheduledAction): CandidateAction {
  return {
    id: action.id,
    title: action.title,
    description: action.description,
    goalIds: action.goalIds,
    personaIds: action.personaIds,
    stages: action.stages,
    swotIds: action.swotIds,
    channel: action.channel,
    reach: 100,
    impact: 2,
    confidence: 0.8,
    effortDays: action.effortDays,
    cost: action.cost,
    currency: 'EUR',
    dependsOn: action.dependsOn,
    kpi: action.kpi,
    killCriterion: action.killCriterion,
  };
}

export function buildAnalyses(language: Language): AgentOutputs {
  const t = pick(language);
  const prioritizer: Prioritizer = { actions: buildRoadmap(language).horizons.flatMap((h) => h.actions.map(candidate)) };
  return { brief: brief(language, t), swot: swot(t), personas: personas(t), positioning: positioning(t), journey: journey(t), prioritizer };
}
