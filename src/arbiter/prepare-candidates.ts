// Turns identified actions into candidates: references checked against what exists, numbers through the input rules.
import { JOURNEY_STAGES, type JourneyStage } from '../../agents/ids.js';
import type { IdentifiedAction } from './action-ids.js';
import type { Candidate } from './candidate.js';
import { INPUT_RULES, NUMERIC_FIELDS } from './input-rules.js';
import { toHundredths } from './numbers.js';
import type { Phrases, ReferenceKind } from './phrases.js';
import { buildIndex, type ReferenceIndex, resolveReference } from './references.js';
import type { RoadmapWarning } from './roadmap.js';
import { compareText } from './text.js';

export interface KnownIds {
  goals: ReferenceIndex;
  personas: ReferenceIndex;
  swot: ReferenceIndex;
}

const STAGE_INDEX = buildIndex(JOURNEY_STAGES);
const STAGE_ORDER = new Map<string, number>(JOURNEY_STAGES.map((stage, index) => [stage, index]));

interface Resolved {
  ids: string[];
  dangling: string[];
}

/** Resolves a list of references, noting every repair and drop; the result is sorted and deduplicated. */
function resolveAll(
  actionId: string,
  kind: ReferenceKind,
  refs: unknown,
  index: ReferenceIndex,
  phrases: Phrases,
  warnings: RoadmapWarning[],
): Resolved {
  const list = Array.isArray(refs)
    ? [...refs].map((ref) => (typeof ref === 'string' ? ref : String(ref)))
    : [];
  list.sort(compareText);
  const ids = new Set<string>();
  const dangling: string[] = [];
  for (const ref of list) {
    const resolution = resolveReference(ref, index);
    if (resolution.status === 'exact') ids.add(resolution.id);
    else if (resolution.status === 'repaired') {
      ids.add(resolution.id);
      warnings.push({
        code: 'reference_repaired',
        message: phrases.referenceRepaired(actionId, kind, ref, resolution.id),
        refs: [actionId, resolution.id],
      });
    } else if (!dangling.includes(ref)) {
      dangling.push(ref);
      warnings.push({
        code: 'reference_dropped',
        message: phrases.referenceDropped(actionId, kind, ref),
        refs: [actionId, ref],
      });
    }
  }
  return { ids: [...ids].sort(compareText), dangling };
}

export function prepareCandidates(
  actions: readonly IdentifiedAction[],
  known: KnownIds,
  phrases: Phrases,
): { candidates: Candidate[]; warnings: RoadmapWarning[] } {
  const warnings: RoadmapWarning[] = [];
  const actionIndex = buildIndex(actions.map((action) => action.id));
  const candidates = actions.map(({ id, originalId, source }): Candidate => {
    const goals = resolveAll(id, 'goal', source.goalIds, known.goals, phrases, warnings);
    const personas = resolveAll(id, 'persona', source.personaIds, known.personas, phrases, warnings);
    const stages = resolveAll(id, 'stage', source.stages, STAGE_INDEX, phrases, warnings);
    const swot = resolveAll(id, 'swot', source.swotIds, known.swot, phrases, warnings);
    const deps = resolveAll(id, 'dependency', source.dependsOn, actionIndex, phrases, warnings);

    const numbers = { reach: 0, impact: 0, confidence: 0, effortDays: 0, cost: 0 };
    const adjustments: string[] = [];
    for (const field of NUMERIC_FIELDS) {
      const raw: unknown = source[field];
      const { value, rule } = INPUT_RULES[field](raw);
      numbers[field] = value;
      if (rule !== null)
        adjustments.push(phrases.adjustment(field, typeof raw === 'number' ? raw : Number.NaN, value, rule));
    }
    if (adjustments.length > 0) {
      warnings.push({ code: 'input_adjusted', message: phrases.inputsAdjusted(id, adjustments), refs: [id] });
    }

    return {
      id,
      originalId,
      source,
      goalIds: goals.ids,
      danglingGoalIds: goals.dangling,
      personaIds: personas.ids,
      stages: (stages.ids as JourneyStage[]).sort(
        (a, b) => (STAGE_ORDER.get(a) ?? 0) - (STAGE_ORDER.get(b) ?? 0),
      ),
      swotIds: swot.ids,
      // An action cannot wait for itself: a self-reference is simply ignored.
      dependsOn: deps.ids.filter((dep) => dep !== id),
      ...numbers,
      costCents: toHundredths(numbers.cost),
      effortHundredths: toHundredths(numbers.effortDays),
      adjustments,
      trace: null,
      score: 0,
      enabler: false,
    };
  });
  return { candidates, warnings };
}
