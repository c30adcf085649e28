// Typed access to one agent's output inside a check: the schema-valid value, or null when absent or invalid.
import { AGENTS } from '../../agents/index.js';
import type { AgentId, AgentOutputs } from '../../agents/outputs.js';
import type { CheckResult, SampleOutputs } from './types.js';

export function agentOutput<Id extends AgentId>(sample: SampleOutputs, id: Id): AgentOutputs[Id] | null {
  const raw = sample.agents[id];
  if (raw === null || raw === undefined) return null;
  const parsed = AGENTS[id].output.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The result of a check that cannot judge because an output it reads is missing or invalid. */
export function cannotCheck(missing: readonly AgentId[]): CheckResult {
  return {
    pass: false,
    score: 0,
    reason: `cannot check: ${missing.join(', ')} output missing or invalid (see schema_valid)`,
  };
}

/** Every output the check needs, or the list of those missing. */
export function needOutputs<const Ids extends readonly AgentId[]>(
  sample: SampleOutputs,
  ids: Ids,
): { ok: true; outputs: { [K in Ids[number]]: AgentOutputs[K] } } | { ok: false; missing: AgentId[] } {
  const outputs: Partial<Record<AgentId, unknown>> = {};
  const missing: AgentId[] = [];
  for (const id of ids) {
    const value = agentOutput(sample, id);
    if (value === null) missing.push(id);
    else outputs[id] = value;
  }
  if (missing.length > 0) return { ok: false, missing };
  return { ok: true, outputs: outputs as { [K in Ids[number]]: AgentOutputs[K] } };
}

/** A score of `good` out of `total` (1 when there is nothing to judge). */
export function ratio(good: number, total: number): number {
  return total === 0 ? 1 : Math.round((good / total) * 10_000) / 10_000;
}

/** The first few items of a list of problems, and how many more there are. */
export function listSome(items: readonly string[], limit = 3): string {
  const shown = items.slice(0, limit).join('; ');
  return items.length > limit ? `${shown}; and ${items.length - limit} more` : shown;
}
