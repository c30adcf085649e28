// Benchmark (not a test) of the arbiter alone: time per roadmap at 10 to 10,000 candidate actions, and how it grows.
// Run: npx tsx bench/arbiter.ts
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Brief } from '../agents/brief.js';
import type { CandidateAction } from '../agents/prioritizer.js';
import { type ArbiterInputs, arbitrate } from '../src/arbiter/index.js';

export interface ArbiterBenchSize {
  actions: number;
  /** Median wall time of one `arbitrate` call, in milliseconds. */
  msPerRoadmap: number;
  runs: number;
  scheduled: number;
  deferred: number;
  excluded: number;
}

export interface ArbiterBenchResult {
  sizes: ArbiterBenchSize[];
  /** Time ratio between consecutive sizes (each 10× more actions): ~10 is linear, ~100 quadratic. */
  growth: { from: number; to: number; ratio: number }[];
  targetMs: number;
  /** Time at 1,000 actions is under the target. */
  withinTarget: boolean;
}

const CHANNELS = [
  'SEO',
  'LinkedIn ads',
  'Email',
  'Partnerships',
  'Events',
  'Webinars',
  'Google Ads',
  'Content',
  'PR',
  'Referral',
];
const VERBS = ['Launch', 'Test', 'Scale', 'Write', 'Run', 'Build', 'Start', 'Improve'];
const THINGS = [
  'campaign',
  'guide',
  'newsletter',
  'landing page',
  'case study',
  'webinar',
  'offer',
  'partner programme',
];
const STAGES = ['awareness', 'consideration', 'decision', 'onboarding', 'retention', 'advocacy'] as const;

/** Seeded generator, so every run benchmarks the same inputs. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export function benchInputs(count: number, seed = 42): ArbiterInputs {
  const random = lcg(seed + count);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const actions: CandidateAction[] = Array.from({ length: count }, (_, index) => {
    const deps = index > 0 && random() < 0.3 ? [`A${1 + Math.floor(random() * index)}`] : [];
    return {
      // A few clashing ids and near-duplicate titles, as a model would send.
      id: random() < 0.01 ? `A${1 + Math.floor(random() * count)}` : `A${index + 1}`,
      title: `${pick(VERBS)} ${pick(THINGS)} ${Math.floor(random() * count)}`,
      description: 'Generated for the benchmark',
      goalIds: random() < 0.02 ? [] : [pick(['G1', 'G2', 'G3'])],
      personaIds: [pick(['P1', 'P2', 'P3'])],
      stages: [pick(STAGES)],
      swotIds: [pick(['S1', 'W1', 'O1', 'T1'])],
      channel: pick(CHANNELS),
      reach: Math.floor(random() * 20_000),
      impact: pick([0.25, 0.5, 1, 2, 3]),
      confidence: 0.5 + random() / 2,
      effortDays: 1 + Math.floor(random() * 20),
      cost: Math.floor(random() * 5000),
      currency: 'EUR',
      dependsOn: deps,
      kpi: { metric: 'leads', target: 100, unit: 'leads', timeframeMonths: 3 },
      killCriterion: null,
    };
  });
  const brief: Brief = {
    company: {
      name: 'Bench',
      description: null,
      sector: null,
      businessModel: 'B2B',
      offer: null,
      markets: [],
      stage: 'growth',
    },
    audience: null,
    goals: [
      {
        id: 'G1',
        statement: 'Grow',
        kind: 'growth',
        metric: null,
        target: null,
        unit: null,
        horizonMonths: 12,
        baseline: null,
      },
      {
        id: 'G2',
        statement: 'Be known',
        kind: 'awareness',
        metric: null,
        target: null,
        unit: null,
        horizonMonths: 12,
        baseline: null,
      },
      {
        id: 'G3',
        statement: 'Keep',
        kind: 'retention',
        metric: null,
        target: null,
        unit: null,
        horizonMonths: 12,
        baseline: null,
      },
    ],
    budget: { amount: 60_000, currency: 'EUR', periodMonths: 12 },
    capacity: { people: 2, hoursPerWeek: 70 },
    maturity: 'intermediate',
    profile: 'cmo',
    competitors: [],
    channels: [],
    constraints: [],
    assets: [],
    committedSpend: [],
    calendar: { busyMonths: [], deadlines: [] },
    language: 'en',
    horizonMonths: 12,
  };
  const item = (id: string) => ({ id, statement: id, evidence: null, impact: 3 });
  return {
    brief,
    swot: {
      strengths: [item('S1')],
      weaknesses: [item('W1')],
      opportunities: [item('O1')],
      threats: [item('T1')],
      implications: [],
    },
    personas: {
      personas: ['P1', 'P2', 'P3'].map((id) => ({
        id,
        name: id,
        segment: 'SMB',
        role: null,
        goals: [],
        pains: [],
        triggers: [],
        objections: [],
        channels: [],
        decisionCriteria: [],
        priority: 'primary' as const,
      })),
    },
    positioning: {
      positioningStatement: '',
      valueProposition: '',
      differentiators: [{ statement: 'Fast', swotIds: ['S1'] }],
      proofPoints: [],
      messagingPillars: [],
      pricing: { model: 'subscription', currency: 'EUR', tiers: [], rationale: '', competitorReferences: [] },
    },
    journey: { journeys: [] },
    prioritizer: { actions },
    draftKind: 'offline',
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function benchArbiter(
  sizes: readonly number[] = [10, 100, 1_000, 10_000],
  targetMs = 50,
): ArbiterBenchResult {
  const results: ArbiterBenchSize[] = sizes.map((actions) => {
    const input = benchInputs(actions);
    const roadmap = arbitrate(input); // warm-up, and the counts reported
    const times: number[] = [];
    const budgetMs = 1_000;
    const started = performance.now();
    while (times.length < 5 || (performance.now() - started < budgetMs && times.length < 500)) {
      const t0 = performance.now();
      arbitrate(input);
      times.push(performance.now() - t0);
    }
    return {
      actions,
      msPerRoadmap: Math.round(median(times) * 1000) / 1000,
      runs: times.length,
      scheduled: roadmap.horizons.reduce((sum, h) => sum + h.actions.length, 0),
      deferred: roadmap.deferred.length,
      excluded: roadmap.excluded.length,
    };
  });
  const growth = results.slice(1).map((size, index) => ({
    from: results[index]!.actions,
    to: size.actions,
    ratio: Math.round((size.msPerRoadmap / results[index]!.msPerRoadmap) * 10) / 10,
  }));
  const atThousand = results.find((size) => size.actions === 1_000);
  return {
    sizes: results,
    growth,
    targetMs,
    withinTarget: atThousand ? atThousand.msPerRoadmap < targetMs : true,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = benchArbiter();
  console.log('actions  ms/roadmap  runs  scheduled  deferred  excluded');
  for (const s of result.sizes) {
    console.log(
      `${String(s.actions).padStart(7)}  ${s.msPerRoadmap.toFixed(3).padStart(10)}  ${String(s.runs).padStart(4)}  ${String(s.scheduled).padStart(9)}  ${String(s.deferred).padStart(8)}  ${String(s.excluded).padStart(8)}`,
    );
  }
  for (const g of result.growth) console.log(`growth ${g.from} → ${g.to} actions: ×${g.ratio}`);
  console.log(
    `target: under ${result.targetMs} ms at 1,000 actions — ${result.withinTarget ? 'met' : 'NOT met'}`,
  );
}
