// Finds each decision's action (by id, else by channel and title after a renumbering) and applies estimate overrides.
import type { Candidate } from './candidate.js';
import { moneyText } from './money-text.js';
import { clamp, formatNumber, round2, toHundredths } from './numbers.js';
import type { DecisionOutcome, HorizonId, RoadmapWarning } from './roadmap.js';
import type { Decision } from './steering.js';
import type { SteeringPhrases } from './steering-phrases.js';
import { compareText, foldText } from './text.js';
import { LIMITS } from './weights.js';

export interface ResolvedDecisions {
  vetoes: Map<string, string | null>;
  pins: Map<string, string | null>;
  locks: Map<string, { horizon: HorizonId; why: string | null }>;
  /** Outcome per decision, in canonical order; `blocked` ones are marked after scheduling. */
  outcomes: DecisionOutcome[];
  warnings: RoadmapWarning[];
}

const sameContent = (c: Candidate, d: Decision) =>
  foldText(String(c.source.channel ?? '')) === foldText(d.channel) &&
  foldText(String(c.source.title ?? '')) === foldText(d.title);

function findAction(
  d: Decision,
  byId: ReadonlyMap<string, Candidate>,
  sorted: readonly Candidate[],
): string | null {
  const exact = byId.get(d.actionId);
  if (exact && sameContent(exact, d)) return exact.id;
  // The prioritizer renumbered: the same channel and title under another id.
  const moved = sorted.find((c) => sameContent(c, d));
  if (moved) return moved.id;
  return exact ? exact.id : null;
}

/** Decisions in an order that depends on their content only, so the input file's order never matters. */
const canonical = (a: Decision, b: Decision) =>
  compareText(a.actionId, b.actionId) ||
  compareText(a.at, b.at) ||
  compareText(a.kind, b.kind) ||
  compareText(JSON.stringify(a), JSON.stringify(b));

export function resolveDecisions(
  decisions: readonly Decision[],
  candidates: readonly Candidate[],
  phrases: SteeringPhrases,
  language: 'fr' | 'en',
  currency: string,
): ResolvedDecisions {
  const sorted = [...candidates].sort((a, b) => compareText(a.id, b.id));
  const byId = new Map(sorted.map((c) => [c.id, c]));
  const resolved: ResolvedDecisions = {
    vetoes: new Map(),
    pins: new Map(),
    locks: new Map(),
    outcomes: [],
    warnings: [],
  };
  const n = (value: number) => formatNumber(value, language);
  for (const d of [...decisions].sort(canonical)) {
    const id = findAction(d, byId, sorted);
    const base = { kind: d.kind, actionId: d.actionId, appliedTo: id, why: d.why ?? null };
    if (id === null) {
      const message = phrases.decisionOrphaned(d.kind, d.actionId, d.title);
      resolved.outcomes.push({ ...base, status: 'orphaned', message });
      resolved.warnings.push({ code: 'decision_orphaned', message, refs: [d.actionId] });
      continue;
    }
    if (id !== d.actionId) {
      resolved.warnings.push({
        code: 'decision_orphaned',
        message: phrases.decisionRenumbered(d.actionId, id),
        refs: [d.actionId, id],
      });
    }
    const c = byId.get(id)!;
    let detail: string | null = null;
    if (d.kind === 'veto') resolved.vetoes.set(id, d.why ?? null);
    else if (d.kind === 'pin') resolved.pins.set(id, d.why ?? null);
    else if (d.kind === 'lock' && d.horizon !== null) {
      resolved.locks.set(id, { horizon: d.horizon, why: d.why ?? null });
      detail = d.horizon;
    } else if (d.kind === 'set' && d.set) {
      const { cost, effortDays, target } = d.set;
      if (cost !== null && Number.isFinite(cost)) {
        c.cost = round2(clamp(cost, 0, LIMITS.moneyMax));
        c.costCents = toHundredths(c.cost);
      }
      if (effortDays !== null && Number.isFinite(effortDays)) {
        c.effortDays = round2(clamp(effortDays, LIMITS.effortMinDays, LIMITS.effortMaxDays));
        c.effortHundredths = toHundredths(c.effortDays);
      }
      if (target !== null && Number.isFinite(target)) {
        const kpi = c.source.kpi ?? { metric: '', target: null, unit: null, timeframeMonths: null };
        c.source = { ...c.source, kpi: { ...kpi, target } };
      }
      detail = phrases.setDetail(
        cost === null ? null : moneyText(cost, currency, language),
        effortDays === null ? null : n(effortDays),
        target === null ? null : n(target),
      );
    }
    resolved.outcomes.push({
      ...base,
      status: 'applied',
      message: phrases.decisionApplied(d.kind, id, detail),
    });
  }
  for (const id of resolved.vetoes.keys()) {
    if (!resolved.pins.has(id) && !resolved.locks.has(id)) continue;
    resolved.pins.delete(id);
    resolved.locks.delete(id);
    resolved.warnings.push({ code: 'decision_blocked', message: phrases.decisionConflict(id), refs: [id] });
  }
  return resolved;
}
