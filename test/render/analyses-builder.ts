// Test builder: the six agents' outputs for a coffee roaster, in French or English.
// hand-authored: these stand for model answers; no model produced them.
import type { Brief, Language } from '../../agents/brief.js';
import type { Journey } from '../../agents/journey.js';
import type { AgentOutputs } from '../../agents/outputs.js';
import type { Personas } from '../../agents/personas.js';
import type { Positioning } from '../../agents/positioning.js';
import type { CandidateAction, Prioritizer } from '../../agents/prioritizer.js';
import type { Swot } from '../../agents/swot.js';
import type { ScheduledAction } from '../../src/arbiter/roadmap.js';
import { buildRoadmap, pick, type Text } from './roadmap-builder.js';

function brief(language: Language, t: Text): Brief {
  return {
    company: {
      name: 'Brûlerie Nord',
      description: t('Torréfacteur artisanal à Lille', 'Craft coffee roaster in Lille'),
      sector: t('Café de spécialité', 'Specialty coffee'),
      businessModel: 'B2B2C',
      offer: t(
        'Cafés en grains, abonnements, fourniture de bureaux',
        'Coffee beans, subscriptions, office supply',
      ),
      markets: ['France', 'Belgique'],
      stage: 'growth',
    },
    audience: t(
      'Amateurs de café et PME de la métropole lilloise',
      'Coffee lovers and small offices around Lille',
    ),
    goals: [
      {
        id: 'G1',
        statement: t('Atteindre 400 abonnés actifs', 'Reach 400 active subscribers'),
        kind: 'growth',
        metric: t('abonnés actifs', 'active subscribers'),
        target: 400,
        unit: t('abonnés', 'subscribers'),
        horizonMonths: 12,
        baseline: null,
      },
      {
        id: 'G2',
        statement: t('Signer 15 bureaux clients', 'Sign 15 office accounts'),
        kind: 'market_share',
        metric: t('bureaux clients', 'office accounts'),
        target: 15,
        unit: t('bureaux', 'offices'),
        horizonMonths: 9,
        baseline: null,
      },
      {
        id: 'G3',
        statement: t('Garder 85 % des abonnés après 3 mois', 'Keep 85% of subscribers after 3 months'),
        kind: 'retention',
        metric: t('rétention à 3 mois', '3-month retention'),
        target: 85,
        unit: '%',
        horizonMonths: 6,
        baseline: null,
      },
    ],
    budget: { amount: 18000, currency: 'EUR', periodMonths: 12 },
    capacity: { people: 1.5, hoursPerWeek: 20 },
    maturity: 'intermediate',
    profile: 'smb',
    competitors: ['Café Lomi', 'Nespresso Pro'],
    channels: [
      { name: 'Instagram', metric: 'followers', value: 4200, status: null },
      { name: t('Boutique', 'Shop'), metric: null, value: null, status: null },
    ],
    constraints: [t('Pas de publicité télévisée', 'No TV advertising')],
    assets: [],
    committedSpend: [],
    calendar: { busyMonths: [], deadlines: [] },
    language,
    horizonMonths: 12,
  };
}

function swot(t: Text): Swot {
  return {
    strengths: [
      {
        id: 'S1',
        statement: t('Torréfaction sur place, fraîcheur prouvée', 'Roasted on site, proven freshness'),
        evidence: t('Torréfacteur artisanal', 'Craft roaster'),
        impact: 4,
      },
      {
        id: 'S2',
        statement: t('Communauté Instagram engagée', 'Engaged Instagram community'),
        evidence: '4 200 followers',
        impact: 3,
      },
    ],
    weaknesses: [
      {
        id: 'W1',
        statement: t('Équipe marketing réduite', 'Small marketing team'),
        evidence: null,
        impact: 4,
      },
    ],
    opportunities: [
      {
        id: 'O1',
        statement: t('Retour au bureau des PME', 'Small offices returning to work'),
        evidence: null,
        impact: 3,
      },
    ],
    threats: [
      {
        id: 'T1',
        statement: t('Capsules bon marché en grande surface', 'Cheap supermarket capsules'),
        evidence: null,
        impact: 3,
      },
    ],
    implications: [
      {
        kind: 'SO',
        statement: t('Vendre la fraîcheur aux bureaux', 'Sell freshness to offices'),
        itemIds: ['S1', 'O1'],
      },
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
    positioningStatement: t(
      'Le café fraîchement torréfié des bureaux lillois',
      'Freshly roasted coffee for Lille offices',
    ),
    valueProposition: t('Torréfié cette semaine, livré lundi', 'Roasted this week, delivered on Monday'),
    differentiators: [{ statement: t('Fraîcheur garantie', 'Guaranteed freshness'), swotIds: ['S1'] }],
    proofPoints: [t('Date de torréfaction sur chaque sachet', 'Roast date on every bag')],
    messagingPillars: [
      {
        personaId: 'P1',
        pillar: t('Zéro souci', 'No hassle'),
        message: t('On s’occupe de tout', 'We handle everything'),
      },
    ],
    pricing: {
      model: 'subscription',
      currency: 'EUR',
      tiers: [
        { name: 'Solo', price: 24, currency: 'EUR', period: 'month', includes: ['1 kg'] },
        {
          name: t('Bureau', 'Office'),
          price: 1890.5,
          currency: 'EUR',
          period: 'year',
          includes: ['50 kg', t('Machine', 'Machine')],
        },
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
          {
            stage: 'awareness',
            touchpoints: ['LinkedIn'],
            customerGoal: t('Trouver un fournisseur', 'Find a supplier'),
            frictions: [],
            opportunities: [t('Dégustation', 'Tasting')],
            kpi: t('visites', 'visits'),
          },
          {
            stage: 'decision',
            touchpoints: [t('Devis', 'Quote')],
            customerGoal: t('Comparer', 'Compare'),
            frictions: [t('Prix', 'Price')],
            opportunities: [],
            kpi: null,
          },
        ],
      },
    ],
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
  const prioritizer: Prioritizer = {
    actions: buildRoadmap(language).horizons.flatMap((h) => h.actions.map(candidate)),
  };
  return {
    brief: brief(language, t),
    swot: swot(t),
    personas: personas(t),
    positioning: positioning(t),
    journey: journey(t),
    prioritizer,
  };
}
