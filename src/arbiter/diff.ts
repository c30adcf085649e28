// "What moved" between two roadmaps: actions that came in, went out, or changed horizon, each with its reason.
import { phrasesFor } from './phrases.js';
import type { HorizonId, Roadmap, RoadmapMove, ScheduledAction } from './roadmap.js';
import { compareText } from './text.js';

type Place =
  | { where: HorizonId; label: string; action: ScheduledAction }
  | { where: 'deferred' | 'excluded'; reason: string; code: RoadmapMove['code']; title: string };

function places(roadmap: Roadmap): Map<string, Place> {
  const map = new Map<string, Place>();
  for (const horizon of roadmap.horizons) {
    for (const action of horizon.actions)
      map.set(action.id, { where: horizon.id, label: horizon.label, action });
  }
  for (const where of ['deferred', 'excluded'] as const) {
    for (const action of roadmap[where]) {
      map.set(action.id, { where, reason: action.reason, code: action.code, title: action.title });
    }
  }
  return map;
}

const KIND_ORDER: Record<RoadmapMove['kind'], number> = { in: 0, out: 1, moved: 2 };
const isScheduled = (place: Place | undefined): place is Extract<Place, { action: ScheduledAction }> =>
  place !== undefined && 'action' in place;

/** Compares by action id; reasons are the new roadmap's, in its language. Sorted: in, out, moved, then by id. */
export function diffRoadmaps(before: Roadmap, after: Roadmap): RoadmapMove[] {
  const phrases = phrasesFor(after.language);
  const was = places(before);
  const now = places(after);
  const moves: RoadmapMove[] = [];
  for (const id of new Set([...was.keys(), ...now.keys()])) {
    const from = was.get(id);
    const to = now.get(id);
    const fromWhere = from?.where ?? null;
    const toWhere = to?.where ?? null;
    if (isScheduled(to)) {
      if (isScheduled(from) && from.where === to.where) continue;
      const why = to.action.rationale;
      moves.push({
        id,
        title: to.action.title,
        kind: isScheduled(from) ? 'moved' : 'in',
        from: fromWhere,
        to: to.where,
        code: null,
        reason: isScheduled(from)
          ? phrases.movedHorizon(from.label, to.label, why)
          : phrases.movedIn(to.label, why),
      });
    } else if (isScheduled(from)) {
      moves.push({
        id,
        title: to ? to.title : from.action.title,
        kind: 'out',
        from: from.where,
        to: toWhere,
        code: to ? to.code : null,
        reason: phrases.movedOut(to ? to.where : 'gone', to ? to.reason : null),
      });
    }
  }
  return moves.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareText(a.id, b.id));
}
