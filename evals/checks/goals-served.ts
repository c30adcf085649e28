// goals_served: every goal the brief states is served by a scheduled action that works on it, or the roadmap says why not.

import { defineHonestyCheck } from './define-check.js';
import type { DraftView, RoadmapActionView, StatedGoal } from './draft-view.js';
import { roadmapActions, roadmapWarnings } from './draft-view.js';
import { verdict } from './honesty-check.js';
import { mentionsAny } from './word-match.js';

/** The draft's goal ids for a stated goal: given (model path), or found by its words in brief.json. */
function draftGoalIds(draft: DraftView, goal: StatedGoal): string[] {
  if (goal.ids !== null) return goal.ids;
  return (draft.brief?.goals ?? [])
    .filter((g) => mentionsAny(`${g.statement} ${g.metric ?? ''}`, goal.match))
    .map((g) => g.id);
}

/** A warning that names the goal and is not the bare "no action" notice: the roadmap explains the gap. */
function explained(draft: DraftView, ids: readonly string[]): boolean {
  return roadmapWarnings(draft.roadmapJson).some(
    (w) => w.code !== 'goal_uncovered' && w.refs.some((ref) => ids.includes(ref)) && w.message.trim() !== '',
  );
}

const upper = (id: string) => id.trim().toUpperCase();

export const goalsServed = defineHonestyCheck({
  name: 'goals_served',
  column: 'served',
  catches:
    'a stated goal with no scheduled action and no reason, or served only by generic actions (no country, segment or lever it names)',
  plantedFault: null,
  run: (draft) => {
    const scheduled = roadmapActions(draft.roadmapJson).filter((a) => a.scheduled);
    const candidates = draft.agents.prioritizer?.actions ?? [];
    const problems: string[] = [];
    const goals = draft.stated.goals;
    for (const goal of goals) {
      const ids = draftGoalIds(draft, goal).map(upper);
      if (ids.length === 0) {
        // A draft may plan for an aim as a deadline or a constraint rather than a goal: served all the same.
        const servedAnyway =
          goal.servedBy.length > 0 &&
          scheduled.some((a) => mentionsAny(`${a.title} ${a.channel} ${a.description}`, goal.servedBy));
        if (!servedAnyway) problems.push(`goal "${goal.label}" was not read from the brief`);
        continue;
      }
      // On the model path a goal with no candidate at all is goals_covered's fault, not this check's.
      if (
        draft.stated.from === 'brief' &&
        !candidates.some((a) => a.goalIds.some((g) => ids.includes(upper(g))))
      )
        continue;
      const serving: RoadmapActionView[] = scheduled.filter((a) =>
        a.goalIds.some((g) => ids.includes(upper(g))),
      );
      if (serving.length === 0) {
        if (!explained(draft, ids))
          problems.push(`goal "${goal.label}" (${ids.join(', ')}) has no scheduled action and no reason`);
        continue;
      }
      if (goal.servedBy.length > 0) {
        const specific = serving.some((a) =>
          mentionsAny(`${a.title} ${a.channel} ${a.description}`, goal.servedBy),
        );
        if (!specific) {
          problems.push(
            `goal "${goal.label}" is served only by generic actions (${serving.map((a) => a.id).join(', ')}): none mentions ${goal.servedBy.slice(0, 4).join(' / ')}`,
          );
        }
      }
    }
    return verdict(goals.length, problems, `${goals.length} goals, each served by a scheduled action`);
  },
});
