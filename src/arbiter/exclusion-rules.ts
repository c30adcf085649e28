// The rules that leave an action out before scheduling, as a table applied in a fixed order.
import type { Candidate, Exclusion } from './candidate.js';
import { findCycles } from './graph.js';
import { round4 } from './numbers.js';
import type { Phrases } from './phrases.js';
import type { RoadmapWarning } from './roadmap.js';
import { applyStatedRules, type StatedRulesInput } from './stated-rules.js';
import { compareText, foldText, titleSignature } from './text.js';
import { BELOW_THRESHOLD_RATIO, BEST_OVER_RUNNER_UP_MAX } from './weights.js';

export interface ExclusionContext {
  /** Every candidate, sorted by id. */
  candidates: readonly Candidate[];
  byId: ReadonlyMap<string, Candidate>;
  excluded: Map<string, Exclusion>;
  warnings: RoadmapWarning[];
  phrases: Phrases;
  /** Set by `below_threshold`: the absolute score under which an action is negligible. */
  threshold: number;
  /** Whether an action could fit the whole plan's budget and one horizon's capacity on its own. */
  fitsPlan: (candidate: Candidate) => boolean;
  /** Left out by the user's decision: action id → the sentence saying why. */
  vetoes: ReadonlyMap<string, string>;
  /** Stopped by a review (kill criterion fired): action id → the sentence quoting it. */
  stopped: ReadonlyMap<string, string>;
  /** Pinned, locked, promoted or under way: never dropped as negligible. */
  keep: ReadonlySet<string>;
  /** The brief's own rules (constraints, profession): absent, none apply. */
  statedRules?: StatedRulesInput;
}

export type ExclusionStep =
  | 'vetoed'
  | 'stopped'
  | 'stated_rules'
  | 'duplicate'
  | 'dependency_cycle'
  | 'below_threshold'
  | 'dependency_excluded';

const active = (ctx: ExclusionContext) => ctx.candidates.filter((c) => !ctx.excluded.has(c.id));
const byScoreThenId = (a: Candidate, b: Candidate) => b.score - a.score || compareText(a.id, b.id);
/** Long cycles are named by their first members only, so a sentence stays a sentence. */
const firstIds = (ids: readonly string[]) => (ids.length > 6 ? [...ids.slice(0, 6), '…'] : [...ids]);

export const EXCLUSION_RULES: Readonly<Record<ExclusionStep, (ctx: ExclusionContext) => void>> = {
  /** The user said no: that wins over every score. */
  vetoed: (ctx) => {
    for (const [id, reason] of ctx.vetoes)
      if (ctx.byId.has(id)) ctx.excluded.set(id, { code: 'vetoed', reason });
  },

  /** A review found its kill criterion met: it stops, and the figures say why. */
  stopped: (ctx) => {
    for (const [id, reason] of ctx.stopped) {
      if (ctx.byId.has(id) && !ctx.excluded.has(id)) ctx.excluded.set(id, { code: 'stopped', reason });
    }
  },

  /** A rule the brief states ("pas de publicité … promotionnelle") leaves out what breaks it, in the brief's words. */
  stated_rules: (ctx) => {
    if (ctx.statedRules) applyStatedRules(ctx.statedRules, active(ctx), ctx.excluded, ctx.warnings);
  },

  /** Same channel, same title words: keep the better score (then the lower id); point dependants at it. */
  duplicate: (ctx) => {
    const buckets = new Map<string, Candidate[]>();
    for (const candidate of active(ctx)) {
      const signature =
        titleSignature(String(candidate.source.title ?? '')) ||
        foldText(String(candidate.source.title ?? ''));
      if (signature === '') continue;
      const key = `${foldText(String(candidate.source.channel ?? ''))}\u0000${signature}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(candidate);
      else buckets.set(key, [candidate]);
    }
    const redirect = new Map<string, string>();
    for (const bucket of buckets.values()) {
      if (bucket.length < 2) continue;
      bucket.sort(byScoreThenId);
      const kept = bucket[0]!;
      for (const dropped of bucket.slice(1)) {
        redirect.set(dropped.id, kept.id);
        ctx.excluded.set(dropped.id, { code: 'duplicate', reason: ctx.phrases.duplicate(kept.id) });
        ctx.warnings.push({
          code: 'duplicate_merged',
          message: ctx.phrases.duplicateMerged(dropped.id, kept.id),
          refs: [dropped.id, kept.id],
        });
      }
    }
    if (redirect.size === 0) return;
    for (const candidate of ctx.candidates) {
      if (!candidate.dependsOn.some((dep) => redirect.has(dep))) continue;
      const deps = new Set<string>();
      for (const dep of candidate.dependsOn) {
        const target = redirect.get(dep);
        if (target === undefined) deps.add(dep);
        else {
          if (target !== candidate.id) deps.add(target);
          ctx.warnings.push({
            code: 'reference_repaired',
            message: ctx.phrases.dependencyRedirected(candidate.id, dep, target),
            refs: [candidate.id, dep, target],
          });
        }
      }
      candidate.dependsOn = [...deps].sort(compareText);
    }
  },

  /** Actions that wait for each other in a circle can never start: all of them are left out. */
  dependency_cycle: (ctx) => {
    const live = active(ctx);
    const liveIds = new Set(live.map((c) => c.id));
    const edges = (id: string) => (ctx.byId.get(id)?.dependsOn ?? []).filter((dep) => liveIds.has(dep));
    for (const cycle of findCycles(
      live.map((c) => c.id),
      edges,
    )) {
      const members = [...cycle].sort(compareText);
      for (const id of members) {
        ctx.excluded.set(id, {
          code: 'dependency_cycle',
          reason: ctx.phrases.dependencyCycle(firstIds(members)),
        });
      }
    }
  },

  /**
   * Negligible next to the best action that could actually be done, unless a kept action needs it. An
   * unaffordable action with a huge reach (a national TV campaign for a bakery) must not set the bar for all,
   * nor may one feasible action whose score is an outlier (over 10× the runner-up's).
   */
  below_threshold: (ctx) => {
    const live = active(ctx);
    const feasible = live.filter(ctx.fitsPlan);
    const scores = (feasible.length > 0 ? feasible : live).map((c) => c.score).sort((a, b) => b - a);
    const [best = 0, runnerUp = best] = scores;
    // One outlier does not set the bar: it counts as at most BEST_OVER_RUNNER_UP_MAX times the runner-up.
    const bar = Math.min(best, Math.max(0, runnerUp) * BEST_OVER_RUNNER_UP_MAX);
    ctx.threshold = round4(Math.max(0, bar) * BELOW_THRESHOLD_RATIO);
    const small = (c: Candidate) => !ctx.keep.has(c.id) && (c.score <= 0 || c.score < ctx.threshold);
    // A stated goal's own lever ("be cited by ChatGPT" → GEO) is not measured on the sales yardstick: the best
    // action of a goal nothing else serves is kept, however small its score next to the bookings actions.
    const served = new Set(live.filter((c) => !small(c)).flatMap((c) => c.goalIds));
    const goalBest = new Set<string>();
    for (const goal of new Set(live.flatMap((c) => c.goalIds))) {
      if (served.has(goal)) continue;
      const best = live.filter((c) => c.goalIds.includes(goal) && c.score > 0).sort(byScoreThenId)[0];
      if (best) goalBest.add(best.id);
    }
    const below = (c: Candidate) => small(c) && !goalBest.has(c.id);
    const liveIds = new Set(live.map((c) => c.id));
    const needed = new Set<string>();
    const stack = live.filter((c) => !below(c)).map((c) => c.id);
    while (stack.length > 0) {
      const id = stack.pop()!;
      for (const dep of ctx.byId.get(id)?.dependsOn ?? []) {
        if (!liveIds.has(dep) || needed.has(dep)) continue;
        needed.add(dep);
        stack.push(dep);
      }
    }
    for (const candidate of live) {
      if (!below(candidate)) continue;
      if (needed.has(candidate.id)) candidate.enabler = true;
      else
        ctx.excluded.set(candidate.id, {
          code: 'below_threshold',
          reason: ctx.phrases.belowThreshold(candidate.score, ctx.threshold),
        });
    }
  },

  /** What depends, even indirectly, on a left-out action is left out too, naming the direct culprits. */
  dependency_excluded: (ctx) => {
    const dependants = new Map<string, string[]>();
    for (const candidate of ctx.candidates) {
      for (const dep of candidate.dependsOn) {
        const list = dependants.get(dep);
        if (list) list.push(candidate.id);
        else dependants.set(dep, [candidate.id]);
      }
    }
    const out = new Set(ctx.excluded.keys());
    const fresh: string[] = [];
    const queue = [...out];
    while (queue.length > 0) {
      const id = queue.pop()!;
      for (const dependant of dependants.get(id) ?? []) {
        if (out.has(dependant)) continue;
        out.add(dependant);
        fresh.push(dependant);
        queue.push(dependant);
      }
    }
    for (const id of fresh.sort(compareText)) {
      const culprits = (ctx.byId.get(id)?.dependsOn ?? []).filter((dep) => out.has(dep));
      ctx.excluded.set(id, { code: 'dependency_excluded', reason: ctx.phrases.dependencyExcluded(culprits) });
    }
  },
};

/**
 * The order matters: duplicates are merged before cycles are looked for; exclusions propagate to dependants
 * before the threshold is judged, so an action is only kept as an enabler for a dependant that stays in.
 * (After `below_threshold` nothing kept can depend on a negligible action: it would have been an enabler.)
 */
export const EXCLUSION_ORDER: readonly ExclusionStep[] = [
  'vetoed',
  'stopped',
  'stated_rules',
  'duplicate',
  'dependency_cycle',
  'dependency_excluded',
  'below_threshold',
];
