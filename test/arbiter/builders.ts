// Small builders for arbiter inputs: a valid brief and agent outputs, with any field overridden per test.
import type { Brief, Goal } from '../../agents/brief.js';
import type { Persona } from '../../agents/personas.js';
import type { Positioning } from '../../agents/positioning.js';
import type { CandidateAction } from '../../agents/prioritizer.js';
import type { Swot, SwotItem } from '../../agents/swot.js';
import type { ArbiterInputs } from '../../src/arbiter/index.js';

export function goal(id: string, overrides: Partial<Goal> = {}): Goal {
  return {
    id,
    statement: `Goal ${id}`,
    kind: 'growth',
    metric: 'customers',
    target: 100,
    unit: 'customers',
    horizonMonths: 12,
    baseline: null,
    ...overrides,
  };
}

export function brief(overrides: Partial<Brief> = {}): Brief {
  return {
    company: {
      name: 'Atelier Test',
      description: 'A test company',
      sector: 'services',
      businessModel: 'B2B',
      offer: 'Consulting',
      markets: ['France'],
      stage: 'growth',
    },
    audience: 'Small firms',
    goals: [goal('G1'), goal('G2', { kind: 'awareness' })],
    budget: { amount: 12_000, currency: 'EUR', periodMonths: 12 },
    capacity: { people: 1, hoursPerWeek: 35 },
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
    ...overrides,
  };
}

export function action(id: string, overrides: Partial<CandidateAction> = {}): CandidateAction {
  return {
    id,
    title: `Action ${id}`,
    description: `Do ${id}`,
    goalIds: ['G1'],
    personaIds: ['P1'],
    stages: ['awareness'],
    swotIds: ['T1'],
    channel: `channel-${id}`,
    reach: 1000,
    impact: 1,
    confidence: 0.8,
    effortDays: 5,
    cost: 1000,
    currency: 'EUR',
    dependsOn: [],
    kpi: { metric: 'leads', target: 10, unit: 'leads', timeframeMonths: 3 },
    killCriterion: null,
    ...overrides,
  };
}

export function persona(id: string, overrides: Partial<Persona> = {}): Persona {
  return {
    id,
    name: `Persona ${id}`,
    segment: 'SMB',
    role: null,
    goals: [],
    pains: [],
    triggers: [],
    objections: [],
    channels: [],
    decisionCriteria: [],
    priority: 'primary',
    ...overrides,
  };
}

const item = (id: string): SwotItem => ({ id, statement: `Item ${id}`, evidence: null, impact: 3 });

export function swot(overrides: Partial<Swot> = {}): Swot {
  return {
    strengths: [item('S1')],
    weaknesses: [item('W1')],
    opportunities: [item('O1')],
    threats: [item('T1')],
    implications: [],
    ...overrides,
  };
}

export function positioning(overrides: Partial<Positioning> = {}): Positioning {
  return {
    positioningStatement: 'For small firms',
    valueProposition: 'Fast',
    differentiators: [{ statement: 'Local experts', swotIds: ['S1'] }],
    proofPoints: [],
    messagingPillars: [],
    pricing: {
      model: 'subscription',
      currency: 'EUR',
      tiers: [],
      rationale: 'simple',
      competitorReferences: [],
    },
    ...overrides,
  };
}

export interface InputParts {
  brief?: Brief;
  actions?: CandidateAction[];
  personas?: Persona[];
  swot?: Swot;
  positioning?: Positioning;
}

export function inputs(parts: InputParts = {}): ArbiterInputs {
  return {
    brief: parts.brief ?? brief(),
    swot: parts.swot ?? swot(),
    personas: { personas: parts.personas ?? [persona('P1')] },
    positioning: parts.positioning ?? positioning(),
    journey: { journeys: [] },
    prioritizer: { actions: parts.actions ?? [] },
    draftKind: 'offline',
  };
}
