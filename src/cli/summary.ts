// What a command prints on stdout when a run ends: where the files are, the roadmap in brief, and what to do next.
import { relative } from 'node:path';
import { diffRoadmaps } from '../arbiter/index.js';
import type { Roadmap, RoadmapMove } from '../arbiter/roadmap.js';
import type { RunOutcome } from '../pipeline/draft.js';
import { rawAnswerFile } from '../pipeline/run-store.js';

export function summariseOutcome(outcome: RunOutcome, cwd = process.cwd()): string {
  const near = relative(cwd, outcome.dir);
  const dir = near === '' ? '.' : near.startsWith('..') ? outcome.dir : near;
  const { manifest } = outcome;
  const lines: string[] = [];
  if (manifest.status === 'completed') {
    lines.push(`Run ${manifest.status}: ${dir}`);
    if (outcome.roadmap) lines.push(roadmapLine(outcome.roadmap));
    lines.push(`  ${dir}/roadmap.md · ${dir}/report.html · ${dir}/roadmap.json · ${dir}/draft.md`);
  } else if (manifest.status === 'interrupted') {
    lines.push(`Run interrupted: finished outputs are kept in ${dir}.`);
    lines.push(`  Continue with: boussole draft --resume ${dir}`);
  } else {
    const agent = manifest.error?.agent;
    lines.push(
      `Run failed${agent ? ` at the ${agent} agent` : ''}: ${manifest.error?.message ?? 'unknown error'}`,
    );
    lines.push(`  Finished outputs are kept in ${dir}.`);
    if (agent && manifest.agents[agent].error?.code === 'llm_output') {
      lines.push(`  The model's last answer is in ${dir}/${rawAnswerFile(agent)}.`);
    }
    lines.push(`  Retry the missing agents with: boussole draft --resume ${dir}`);
  }
  if (outcome.stale.length > 0) {
    lines.push(
      `  Now stale (their inputs changed): ${outcome.stale.join(', ')} — rerun with --cascade to refresh them.`,
    );
  }
  if (outcome.roadmap && outcome.previousRoadmap)
    lines.push(...movesLines(outcome.previousRoadmap, outcome.roadmap));
  return `${lines.join('\n')}\n`;
}

export function roadmapLine(roadmap: Roadmap): string {
  const counts = roadmap.horizons.map((h) => `${h.label} ${h.actions.length}`).join(', ');
  const covered = roadmap.goals.filter((g) => g.covered).length;
  return `  ${counts}; ${roadmap.deferred.length} deferred, ${roadmap.excluded.length} left out; goals covered ${covered}/${roadmap.goals.length}; ${roadmap.warnings.length} warnings.`;
}

/** "What moved" between two roadmaps, one line per action. */
export function movesLines(before: Roadmap, after: Roadmap): string[] {
  const moves = diffRoadmaps(before, after);
  if (moves.length === 0) return ['What moved: nothing — the roadmap is unchanged.'];
  return ['What moved:', ...moves.map((move) => `  ${describeMove(move)}`)];
}

const place = (where: RoadmapMove['from']) => where ?? 'not a candidate';

function describeMove(move: RoadmapMove): string {
  const sign = move.kind === 'in' ? '+' : move.kind === 'out' ? '-' : '~';
  return `${sign} ${move.id} ${move.title}: ${place(move.from)} → ${place(move.to)}. ${move.reason}`;
}
