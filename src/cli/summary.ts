// What a command prints on stdout when a run ends: where the files are, the roadmap in brief, and what to do next,
// in the brief's language.
import { relative } from 'node:path';
import type { Language } from '../../agents/brief.js';
import { diffRoadmaps } from '../arbiter/index.js';
import type { Roadmap, RoadmapMove } from '../arbiter/roadmap.js';
import type { RunOutcome } from '../pipeline/draft.js';
import { rawAnswerFile } from '../pipeline/run-store.js';
import { isShortDeliverable, SHORT_QUESTIONS } from '../render/build-document.js';
import { FULL_PLAN_FILE } from '../render/index.js';
import { summaryWords } from './summary-words.js';

export function summariseOutcome(outcome: RunOutcome, cwd = process.cwd()): string {
  const near = relative(cwd, outcome.dir);
  const dir = near === '' ? '.' : near.startsWith('..') ? outcome.dir : near;
  const { manifest } = outcome;
  const language: Language = outcome.roadmap?.language ?? manifest.brief.language;
  const words = summaryWords(language);
  const lines: string[] = [];
  if (manifest.status === 'completed') {
    lines.push(words.completed(dir));
    if (outcome.roadmap) lines.push(roadmapLine(outcome.roadmap));
    if (outcome.roadmap && isEmptyPlan(outcome.roadmap)) lines.push(...emptyPlanLines(outcome.roadmap));
    // roadmap-full.md is named only when it is not the same text as roadmap.md (a memo or a checklist).
    const full =
      outcome.roadmap && isShortDeliverable(outcome.roadmap.constraints.profile) ? [FULL_PLAN_FILE] : [];
    const files = ['roadmap.md', ...full, 'report.html', 'roadmap.json', 'draft.md'];
    lines.push(`  ${files.map((file) => `${dir}/${file}`).join(' · ')}`);
  } else if (manifest.status === 'interrupted') {
    lines.push(words.interrupted(dir));
    lines.push(words.continueWith(dir));
  } else {
    const agent = manifest.error?.agent;
    lines.push(words.failed(agent ?? null, manifest.error?.message ?? words.unknownError));
    lines.push(words.keptIn(dir));
    if (agent && manifest.agents[agent].error?.code === 'llm_output') {
      lines.push(words.lastAnswer(`${dir}/${rawAnswerFile(agent)}`));
    }
    lines.push(words.retry(dir));
  }
  if (outcome.stale.length > 0) lines.push(words.stale(outcome.stale.join(', ')));
  if (outcome.roadmap && outcome.previousRoadmap)
    lines.push(...movesLines(outcome.previousRoadmap, outcome.roadmap));
  return `${lines.join('\n')}\n`;
}

export function roadmapLine(roadmap: Roadmap): string {
  const words = summaryWords(roadmap.language);
  const questions = (roadmap.openQuestions ?? []).length;
  // A memo or a checklist lists only the first few open questions; roadmap-full.md has them all.
  const short = isShortDeliverable(roadmap.constraints.profile);
  return words.counts({
    horizons: roadmap.horizons.map((h) => `${h.label} ${h.actions.length}`).join(', '),
    deferred: roadmap.deferred.length,
    excluded: roadmap.excluded.length,
    covered: roadmap.goals.filter((g) => g.covered).length,
    goals: roadmap.goals.length,
    warnings: roadmap.warnings.length,
    questions,
    shown: short ? Math.min(questions, SHORT_QUESTIONS) : questions,
    fullPlan: FULL_PLAN_FILE,
  });
}

/** What `replan` prints: the time it took, the roadmap in brief, and what moved. */
export function replanLines(
  roadmap: Roadmap,
  elapsedMs: number,
  dir: string,
  previous: Roadmap | null,
): string[] {
  const words = summaryWords(roadmap.language);
  const ms = roadmap.language === 'fr' ? elapsedMs.toFixed(1).replace('.', ',') : elapsedMs.toFixed(1);
  const lines = [words.replanned(ms, dir), roadmapLine(roadmap)];
  if (previous) lines.push(...movesLines(previous, roadmap));
  return lines;
}

/** "What moved" between two roadmaps, one line per action. */
export function movesLines(before: Roadmap, after: Roadmap): string[] {
  const words = summaryWords(after.language);
  const moves = diffRoadmaps(before, after);
  if (moves.length === 0) return [words.nothingMoved];
  return [words.whatMoved, ...moves.map((move) => `  ${describeMove(move, before, after)}`)];
}

/** A horizon by its label in the roadmap it belongs to; "not now" and "left out" in the roadmap's language. */
function place(where: RoadmapMove['from'], roadmap: Roadmap): string {
  const words = summaryWords(roadmap.language);
  if (where === null) return words.notACandidate;
  if (where === 'deferred') return words.deferred;
  if (where === 'excluded') return words.excluded;
  return roadmap.horizons.find((h) => h.id === where)?.label ?? where;
}

function describeMove(move: RoadmapMove, before: Roadmap, after: Roadmap): string {
  const sign = move.kind === 'in' ? '+' : move.kind === 'out' ? '-' : '~';
  const colon = after.language === 'fr' ? ' : ' : ': ';
  return `${sign} ${move.id} ${move.title}${colon}${place(move.from, before)} → ${place(move.to, after)}. ${move.reason}`;
}

/** No action scheduled in any horizon: the run's files are kept, but this is not a plan to follow. */
export function isEmptyPlan(roadmap: Roadmap): boolean {
  return roadmap.horizons.every((h) => h.actions.length === 0);
}

const EMPTY_PLAN: Readonly<
  Record<Language, { head: string; why: string; noReason: (file: string) => string }>
> = {
  fr: {
    head: '  PLAN VIDE : aucune action n’a pu être planifiée. Ce n’est pas une feuille de route à suivre.',
    why: '  Pourquoi :',
    noReason: (file) => `  Pourquoi : voir les alertes et les questions ouvertes en tête de ${file}.`,
  },
  en: {
    head: '  EMPTY PLAN: no action could be scheduled. This is not a roadmap to follow.',
    why: '  Why:',
    noReason: (file) => `  Why: see the warnings and open questions at the top of ${file}.`,
  },
};

/** Why the plan is empty: the sanity findings first (committed spend taking the budget), then the warnings. */
function emptyPlanLines(roadmap: Roadmap): string[] {
  const words = EMPTY_PLAN[roadmap.language];
  const reasons = [...roadmap.checks.map((c) => c.message), ...roadmap.warnings.map((w) => w.message)].slice(
    0,
    3,
  );
  // A memo or a checklist leaves the warnings to the full plan: point to the file that has them all.
  const file = isShortDeliverable(roadmap.constraints.profile) ? FULL_PLAN_FILE : 'roadmap.md';
  if (reasons.length === 0) return [words.head, words.noReason(file)];
  return [words.head, words.why, ...reasons.map((r) => `   - ${r}`)];
}
