// Decisions that last: pin, veto, lock, set (and undo), validated against the roadmap, kept in decisions.json with
// their time and reason, then applied by a re-arbitration that publishes a new version.
import type { Decision, EstimateOverride, HorizonId, Roadmap } from '../arbiter/index.js';
import type { Published } from '../pipeline/publish.js';
import { DecisionError } from './errors.js';
import { readRunInputs, steerRun } from './steer-run.js';

export type DecisionRequest =
  | { kind: 'pin' | 'veto'; actionId: string; why?: string | null }
  | { kind: 'lock'; actionId: string; horizon: HorizonId; why?: string | null }
  | { kind: 'set'; actionId: string; set: Partial<EstimateOverride>; why?: string | null }
  | { kind: 'undo'; actionId: string };

export interface DecisionResult extends Published {
  /** Every decision in force after this one. */
  decisions: Decision[];
}

function actionIds(roadmap: Roadmap): string[] {
  return [
    ...roadmap.horizons.flatMap((h) => h.actions.map((a) => a.id)),
    ...roadmap.deferred.map((a) => a.id),
    ...roadmap.excluded.map((a) => a.id),
  ];
}

/** The action's title and channel as they are now: what finds it again after a renumbering. */
function describe(
  roadmap: Roadmap,
  prioritizer: { id: string; channel: string; title: string }[],
  id: string,
) {
  const scheduled = roadmap.horizons.flatMap((h) => h.actions).find((a) => a.id === id);
  if (scheduled) return { title: scheduled.title, channel: scheduled.channel };
  const other = [...roadmap.deferred, ...roadmap.excluded].find((a) => a.id === id);
  const source = prioritizer.find(
    (a) => a.id.trim().toUpperCase() === (other?.originalId ?? id).toUpperCase(),
  );
  return { title: other?.title ?? source?.title ?? '', channel: source?.channel ?? '' };
}

const PLACEMENT = new Set(['pin', 'veto', 'lock']);

/**
 * `at` is the decision's time (ISO 8601), given by the caller: nothing here reads the clock.
 * Throws DecisionError (code `decision_invalid`, exit 2) for an unknown action, horizon or value, or an undo of nothing.
 */
export async function applyDecision(
  runDir: string,
  request: DecisionRequest,
  at: string,
): Promise<DecisionResult> {
  const inputs = await readRunInputs(runDir);
  const roadmap = inputs.current;
  if (roadmap === null) throw new DecisionError(`${runDir} has no roadmap yet: finish the draft first.`);
  const id = request.actionId.trim().toUpperCase();
  const ids = actionIds(roadmap);
  const known = ids.find((candidate) => candidate.toUpperCase() === id);
  const decisions = [...inputs.state.decisions];
  const fr = roadmap.language === 'fr';

  if (request.kind === 'undo') {
    const kept = decisions.filter((d) => d.actionId.toUpperCase() !== id);
    if (kept.length === decisions.length) {
      throw new DecisionError(
        fr
          ? `Aucune décision sur ${request.actionId} à annuler (voir \`boussole decide --list\`).`
          : `No decision on ${request.actionId} to undo (see \`boussole decide --list\`).`,
      );
    }
    const published = await steerRun(inputs, { ...inputs.state, decisions: kept }, { decisions: true });
    return { ...published, decisions: kept };
  }
  if (known === undefined) {
    const list = ids.slice(0, 15).join(', ') + (ids.length > 15 ? '…' : '');
    throw new DecisionError(
      fr
        ? `Action ${request.actionId} inconnue dans cette feuille de route (actions : ${list}).`
        : `Unknown action ${request.actionId} in this roadmap (actions: ${list}).`,
    );
  }
  if (request.kind === 'lock' && !roadmap.horizons.some((h) => h.id === request.horizon)) {
    const horizons = roadmap.horizons.map((h) => h.id).join(', ');
    throw new DecisionError(
      fr
        ? `Horizon « ${request.horizon} » inconnu : choisissez parmi ${horizons}.`
        : `Unknown horizon "${request.horizon}": choose one of ${horizons}.`,
    );
  }
  let set: EstimateOverride | null = null;
  if (request.kind === 'set') {
    const given = {
      cost: request.set.cost ?? null,
      effortDays: request.set.effortDays ?? null,
      target: request.set.target ?? null,
    };
    for (const [name, value] of Object.entries(given)) {
      if (value !== null && (!Number.isFinite(value) || value < 0)) {
        throw new DecisionError(
          fr
            ? `--set ${name}=${value} : un nombre positif ou nul est attendu.`
            : `--set ${name}=${value}: expected a number, zero or more.`,
        );
      }
    }
    if (given.cost === null && given.effortDays === null && given.target === null) {
      throw new DecisionError(
        fr ? '--set attend cost=N, effort=N ou target=N.' : '--set needs cost=N, effort=N or target=N.',
      );
    }
    // A new estimate adds to the earlier ones on the same action: `cost` then `effort` keep both.
    const earlier = decisions.find((d) => d.kind === 'set' && d.actionId === known)?.set;
    set = {
      cost: given.cost ?? earlier?.cost ?? null,
      effortDays: given.effortDays ?? earlier?.effortDays ?? null,
      target: given.target ?? earlier?.target ?? null,
    };
  }
  const { title, channel } = describe(
    roadmap,
    inputs.outputs.prioritizer.actions.map((a) => ({
      id: String(a.id ?? ''),
      channel: String(a.channel ?? ''),
      title: String(a.title ?? ''),
    })),
    known,
  );
  const decision: Decision = {
    kind: request.kind,
    actionId: known,
    channel,
    title,
    horizon: request.kind === 'lock' ? request.horizon : null,
    set,
    why: request.why?.trim() ? request.why.trim() : null,
    at,
  };
  // One placement decision per action (the latest wins); one estimate override per action (merged above).
  const kept = decisions.filter(
    (d) => d.actionId !== known || (PLACEMENT.has(decision.kind) ? !PLACEMENT.has(d.kind) : d.kind !== 'set'),
  );
  const next = [...kept, decision];
  const published = await steerRun(inputs, { ...inputs.state, decisions: next }, { decisions: true });
  return { ...published, decisions: next };
}

/** The decisions in force, as stored, and the roadmap's language to print them in. */
export async function listDecisions(
  runDir: string,
): Promise<{ decisions: Decision[]; language: 'fr' | 'en' }> {
  const inputs = await readRunInputs(runDir);
  return {
    decisions: inputs.state.decisions,
    language: inputs.outputs.brief.language === 'fr' ? 'fr' : 'en',
  };
}
