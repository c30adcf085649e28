// The small helper every agent file uses to declare itself: id, inputs, output schema, prompts, prompt context.
// It knows no agent's output type (each agent states its own), so agent files import it without a cycle.
import type { z } from 'zod';
import type { AgentId } from './agent-ids.js';

/** One agent, typed by its own output and by the upstream outputs its prompt context reads. */
export interface AgentSpec<Id extends AgentId, Output, Upstream> {
  readonly id: Id;
  /** Human title, shown by `boussole agents` and in progress lines. */
  readonly title: string;
  /** Agents whose outputs this one reads; the brief is implicit for every agent but `brief`. */
  readonly needs: readonly AgentId[];
  readonly output: z.ZodType<Output>;
  /** Template names under prompts/ (without `.hbs`). */
  readonly prompts: { readonly system: string; readonly user: string };
  /** Default sampling temperature; overridable per run. */
  readonly temperature: number;
  /**
   * The upstream facts this agent's prompt sees, in compact form: only the fields it reasons on,
   * so prompts stay small and a change in an unrelated field does not make its cassettes stale.
   */
  readonly context?: (upstream: Upstream) => Record<string, unknown>;
}

export function defineAgent<Id extends AgentId, Output, Upstream = unknown>(
  definition: AgentSpec<Id, Output, Upstream>,
): AgentSpec<Id, Output, Upstream> {
  return Object.freeze(definition);
}
