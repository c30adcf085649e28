// The arbiter's working view of one candidate action, after ids, references and numbers were checked.
import type { JourneyStage } from '../../agents/ids.js';
import type { CandidateAction } from '../../agents/prioritizer.js';
import type { PlacementCode, ScoreTrace } from './roadmap.js';

export interface Candidate {
  id: string;
  originalId: string | null;
  source: CandidateAction;
  /** Valid goal ids, sorted; may have been repaired or inherited. */
  goalIds: string[];
  /** Goal references that matched nothing, kept to explain an `invalid_reference` exclusion. */
  danglingGoalIds: string[];
  personaIds: string[];
  stages: JourneyStage[];
  swotIds: string[];
  /** Valid dependency ids (final action ids), sorted, never itself. */
  dependsOn: string[];
  reach: number;
  impact: number;
  confidence: number;
  effortDays: number;
  cost: number;
  costCents: number;
  effortHundredths: number;
  adjustments: string[];
  /** Null until scored; stays null for an action with no goal. */
  trace: ScoreTrace | null;
  score: number;
  /** Kept although below the threshold, because a kept action depends on it. */
  enabler: boolean;
}

/** An exclusion decided before scheduling. */
export interface Exclusion {
  code: PlacementCode;
  reason: string;
}
