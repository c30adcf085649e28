// Where an action ended up in a roadmap: a horizon id, 'deferred' or 'excluded', with its entry.
import type { NotNowAction, Roadmap, ScheduledAction } from '../../src/arbiter/index.js';

export type Found =
  | { where: 'now' | 'next' | 'later'; action: ScheduledAction }
  | { where: 'deferred' | 'excluded'; action: NotNowAction };

export function placeOf(roadmap: Roadmap, id: string): Found | undefined {
  for (const horizon of roadmap.horizons) {
    const action = horizon.actions.find((a) => a.id === id);
    if (action) return { where: horizon.id, action };
  }
  const deferred = roadmap.deferred.find((a) => a.id === id);
  if (deferred) return { where: 'deferred', action: deferred };
  const excluded = roadmap.excluded.find((a) => a.id === id);
  if (excluded) return { where: 'excluded', action: excluded };
  return undefined;
}

export function codeOf(roadmap: Roadmap, id: string): string | undefined {
  const found = placeOf(roadmap, id);
  return found && 'code' in found.action ? found.action.code : found?.where;
}

export const warningCodes = (roadmap: Roadmap) => roadmap.warnings.map((w) => w.code);
