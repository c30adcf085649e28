// The words of the rendered documents, as one interface each language implements (labels-en, labels-fr).
import type { GoalKind, Profile } from '../../agents/brief.js';
import type { JourneyStage } from '../../agents/ids.js';
import type { Persona } from '../../agents/personas.js';
import type { PriceTier, Pricing } from '../../agents/positioning.js';
import type { SwotImplication } from '../../agents/swot.js';
import type { PlacementCode, Roadmap, WarningCode } from '../arbiter/roadmap.js';

/** Every word the renderers print that does not come from the brief or a model. */
export interface Labels {
  /** Separator between a label and its value: French puts a space before the colon. */
  colon: string;
  none: string;
  yes: string;
  no: string;
  roadmapTitle: (company: string) => string;
  analysesTitle: (company: string) => string;
  draftKind: Record<Roadmap['draftKind'], string | null>;
  footer: string;

  summary: string;
  actionCount: (count: number) => string;
  budgetUsed: string;
  usedOf: (used: string, available: string, percent: string) => string;
  usedNoBudget: (used: string) => string;
  usedNoCapacity: (used: string) => string;
  capacityUsed: string;
  goalsCovered: string;
  coveredOf: (covered: number, total: number) => string;
  notNowCount: string;
  leftOutCount: string;

  schedule: string;
  scheduleNote: string;
  months: (start: string, end: string) => string;
  monthTick: (month: number) => string;

  horizonBudget: string;
  horizonCapacity: string;
  wipLimit: string;
  rolledIn: (amount: string) => string;
  renamedFrom: (id: string) => string;
  wipLimitValue: (limit: number) => string;
  emptyHorizon: string;
  noBudgetStated: string;
  noCapacityStated: string;

  colAction: string;
  colGoal: string;
  colKpiTarget: string;
  colCost: string;
  colEffort: string;
  colWhyNow: string;
  colScore: string;
  colReason: string;
  colWhy: string;
  colHorizon: string;
  colKpi: string;
  colTarget: string;
  colTimeframe: string;
  colKillCriterion: string;
  colStatement: string;
  colKind: string;
  colActions: string;
  colCovered: string;

  notNow: string;
  notNowIntro: string;
  leftOut: string;
  leftOutIntro: string;
  nothingDeferred: string;
  nothingExcluded: string;
  placement: Record<PlacementCode, string>;

  goalCoverage: string;
  goalKind: Record<GoalKind, string>;
  kpiDashboard: string;
  kpiTarget: (metric: string, target: string | null, timeframe: string | null) => string;
  inMonths: (months: string) => string;
  days: (days: string) => string;

  assumptions: string;
  budget: string;
  budgetValue: (amount: string, periodMonths: string | null) => string;
  planBudget: string;
  capacity: string;
  capacityValue: (daysPerMonth: string) => string;
  horizon: string;
  horizonValue: (months: string) => string;
  profile: string;
  profileName: Record<Profile, string>;
  currency: string;
  formula: string;
  scoreThreshold: string;
  scoreThresholdValue: (threshold: string, ratio: string) => string;
  goalWeights: string;
  profileWeights: string;
  rules: string;
  otherAssumptions: string;

  warnings: string;
  noWarnings: string;
  warning: Record<WarningCode, string>;

  analyses: string;
  notProduced: string;
  brief: string;
  company: string;
  description: string;
  sector: string;
  businessModel: string;
  offer: string;
  markets: string;
  audience: string;
  goals: string;
  competitors: string;
  currentChannels: string;
  constraints: string;
  swot: string;
  strengths: string;
  weaknesses: string;
  opportunities: string;
  threats: string;
  implications: string;
  implicationKind: Record<SwotImplication['kind'], string>;
  impact: string;
  evidence: string;
  personas: string;
  priority: Record<Persona['priority'], string>;
  segment: string;
  role: string;
  personaGoals: string;
  pains: string;
  triggers: string;
  objections: string;
  channels: string;
  decisionCriteria: string;
  positioning: string;
  positioningStatement: string;
  valueProposition: string;
  differentiators: string;
  proofPoints: string;
  messagingPillars: string;
  colPersona: string;
  colPillar: string;
  colMessage: string;
  pricing: string;
  pricingModel: string;
  pricingModelName: Record<Pricing['model'], string>;
  colTier: string;
  colPrice: string;
  colIncludes: string;
  period: Record<NonNullable<PriceTier['period']>, string>;
  rationale: string;
  competitorReferences: string;
  colCompetitor: string;
  colNote: string;
  journeys: string;
  stage: Record<JourneyStage, string>;
  colStage: string;
  colTouchpoints: string;
  colCustomerGoal: string;
  colFrictions: string;
  colOpportunities: string;
  candidateActions: string;
  colChannel: string;
  colReach: string;
  colImpact: string;
  colConfidence: string;
  colDependsOn: string;

  /** "What you already have": each channel and asset the brief names, and what the plan does with it. */
  existingTitle: string;
  existingIntro: string;
  existingDormant: string;
  existingBuilds: (actions: string) => string;
  existingDeferred: (action: string, reason: string) => string;
  existingExcluded: (action: string, reason: string) => string;
  existingKept: string;
  /** The memo's short version: "3 of the 5 channels and assets the brief names get an action now or next". */
  existingMemo: (built: number, total: number) => string;
}
