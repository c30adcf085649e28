// Test builder: a realistic roadmap for a coffee roaster, in French or English, typed against the Roadmap contract.
// hand-authored: it stands for the arbiter's output on the analyses in analyses-builder.ts; the arbiter did not make it.
import type { Language, Profile } from '../../agents/brief.js';
import type { Horizon, NotNowAction, Roadmap, ScheduledAction } from '../../src/arbiter/roadmap.js';

export type Text = (fr: string, en: string) => string;
export const pick =
  (language: Language): Text =>
  (fr, en) =>
    language === 'fr' ? fr : en;

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
    {
      id: 'A1',
      fr: 'Offre d’essai bureaux',
      en: 'Office trial offer',
      goalIds: ['G2'],
      cost: 1200,
      effortDays: 6,
      score: 42.5,
      dependsOn: [],
      kpi: ['bureaux en essai', 'offices on trial', 10, 'bureaux', 3],
    },
    {
      id: 'A2',
      fr: 'Parrainage abonnés',
      en: 'Subscriber referral',
      goalIds: ['G1', 'G3'],
      cost: 800,
      effortDays: 4,
      score: 38.25,
      dependsOn: [],
      kpi: ['abonnés parrainés', 'referred subscribers', 60, null, 3],
    },
  ],
  next: [
    {
      id: 'A3',
      fr: 'Campagne LinkedIn ciblée',
      en: 'Targeted LinkedIn campaign',
      goalIds: ['G2'],
      cost: 4500,
      effortDays: 8,
      score: 21.1,
      dependsOn: ['A1'],
      kpi: ['coût par lead', 'cost per lead', 45, 'EUR', 3],
    },
  ],
  later: [
    {
      id: 'A4',
      fr: 'Programme fidélité',
      en: 'Loyalty programme',
      goalIds: ['G3'],
      cost: 2500,
      effortDays: 10,
      score: 15.75,
      dependsOn: ['A2'],
      kpi: ['rétention à 3 mois', '3-month retention', 85, '%', 6],
    },
  ],
};

/** Calendar months of the plan: month 0 is 2027-01. */
const monthOf = (month: number) =>
  `${2027 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;

const HORIZON_MONTHS: Record<'now' | 'next' | 'later', [number, number]> = {
  now: [0, 3],
  next: [3, 6],
  later: [6, 12],
};

// Built with `as`, so the builder keeps compiling while the contract gains fields; every field it has is set.
function scheduled(seed: ActionSeed, t: Text, horizonId: 'now' | 'next' | 'later'): ScheduledAction {
  const [metricFr, metricEn, target, unit, timeframe] = seed.kpi;
  const [start, end] = HORIZON_MONTHS[horizonId];
  return {
    startMonth: start,
    endMonth: end,
    startDate: monthOf(start),
    endDate: monthOf(end - 1),
    status: 'planned',
    decision: null,
    deadline: null,
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
    rationale: t(
      'Sert l’objectif G2 au meilleur score faisable.',
      'Serves goal G2 with the best feasible score.',
    ),
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
  } as ScheduledAction;
}

function horizon(
  id: Horizon['id'],
  label: string,
  startMonth: number,
  endMonth: number,
  actions: ScheduledAction[],
  rolledIn: number,
): Horizon {
  const allotted = 1500 * (endMonth - startMonth);
  return {
    id,
    label,
    startMonth,
    endMonth,
    startDate: monthOf(startMonth),
    endDate: monthOf(endMonth - 1),
    pastMonths: 0,
    budget: allotted + rolledIn,
    budgetAllotted: allotted,
    budgetRolledIn: rolledIn,
    budgetUsed: actions.reduce((sum, a) => sum + a.cost, 0),
    capacityDays: 10 * (endMonth - startMonth),
    capacityUsed: actions.reduce((sum, a) => sum + a.effortDays, 0),
    wipLimit: 3,
    actions,
  } as Horizon;
}

/** The three default horizons, unspent budget rolling forward as the arbiter does. */
function horizons(t: Text): Horizon[] {
  const plan: Array<[Horizon['id'], string, number, number]> = [
    ['now', t('Maintenant', 'Now'), 0, 3],
    ['next', t('Ensuite', 'Next'), 3, 6],
    ['later', t('Plus tard', 'Later'), 6, 12],
  ];
  const built: Horizon[] = [];
  let rolledIn = 0;
  for (const [id, label, start, end] of plan) {
    const h = horizon(
      id,
      label,
      start,
      end,
      SEEDS[id].map((seed) => scheduled(seed, t, id)),
      rolledIn,
    );
    rolledIn = (h.budget ?? 0) - h.budgetUsed;
    built.push(h);
  }
  return built;
}

function notNow(id: string, title: string, code: NotNowAction['code'], reason: string): NotNowAction {
  // A5b stands for an action the arbiter renamed because the prioritizer gave two actions the id A5.
  const originalId = id === 'A5b' ? 'A5' : null;
  return {
    id,
    originalId,
    title,
    code,
    reason,
    score: 9.5,
    cost: 12000,
    effortDays: 20,
    goalIds: ['G1'],
    trace: null,
  };
}

export function buildRoadmap(language: Language, profile: Profile = 'smb'): Roadmap {
  const t = pick(language);
  return {
    company: 'Brûlerie Nord',
    language,
    // Relative months: the dated rendering has its own tests; these check the rest of the document.
    start: null,
    currency: 'EUR',
    draftKind: 'llm',
    constraints: {
      budget: 18000,
      budgetTotal: 18000,
      currency: 'EUR',
      budgetPeriodMonths: 12,
      capacityDaysPerMonth: 10,
      horizonMonths: 12,
      profile,
      committedSpend: 0,
      spentToDate: 0,
      budgetAvailable: 18000,
      busyMonths: [],
    },
    method: {
      formula: 'score = reach × impact × confidence ÷ effort × goalWeight × profileWeight',
      goalWeights: {
        growth: 1.2,
        profitability: 1,
        market_share: 1.1,
        awareness: 0.8,
        retention: 1,
        other: 0.5,
      },
      profileWeights: {
        growth: 1.2,
        profitability: 1.1,
        market_share: 0.9,
        awareness: 0.8,
        retention: 1,
        other: 1,
      },
      rules: [
        t(
          'Chaque objectif reçoit d’abord sa meilleure action faisable.',
          'Each goal first gets its best feasible action.',
        ),
      ],
      profile,
      wipPerQuarter: { executive: 3, cmo: 4, smb: 1 },
      belowThresholdRatio: 0.01,
      scoreThreshold: 0.425,
    },
    horizons: horizons(t),
    deferred: [
      notNow(
        'A5b',
        t('Salon professionnel', 'Trade fair'),
        'over_budget',
        t('Coûte plus que le budget restant.', 'Costs more than the budget left.'),
      ),
    ],
    excluded: [
      notNow(
        'A6',
        t('Spot radio', 'Radio spot'),
        'no_goal',
        t('Ne sert aucun objectif du brief.', 'Serves no goal of the brief.'),
      ),
    ],
    goals: [
      {
        goalId: 'G1',
        statement: t('Atteindre 400 abonnés actifs', 'Reach 400 active subscribers'),
        kind: 'growth',
        actionIds: ['A2'],
        covered: true,
      },
      {
        goalId: 'G2',
        statement: t('Signer 15 bureaux clients', 'Sign 15 office accounts'),
        kind: 'market_share',
        actionIds: ['A1', 'A3'],
        covered: true,
      },
      {
        goalId: 'G3',
        statement: t('Garder 85 % des abonnés', 'Keep 85% of subscribers'),
        kind: 'retention',
        actionIds: ['A2', 'A4'],
        covered: true,
      },
    ],
    warnings: [
      {
        code: 'threat_unanswered',
        message: t('Aucune action ne répond à T1.', 'No action answers T1.'),
        refs: ['T1'],
      },
    ],
    assumptions: [
      t(
        'Capacité : 20 h par semaine, soit 10 jours-personne par mois.',
        'Capacity: 20 h a week, i.e. 10 person-days a month.',
      ),
    ],
    decisions: [],
    review: null,
    checks: [],
    changes: [],
    openQuestions: [
      {
        topic: 'goal_baseline',
        goalId: 'G2',
        field: 'goals[G2].baseline',
        question: t(
          'Quel est le chiffre d’aujourd’hui pour l’objectif G2 (« Signer 15 bureaux clients ») ?',
          'What is today’s figure for goal G2 (“Sign 15 office accounts”)?',
        ),
        why: t(
          'Les cibles se fixent en progression sur ce chiffre.',
          'Targets are set as growth over today’s figure.',
        ),
      },
    ],
  } as Roadmap;
}
