// The small helper every agent file uses to declare itself: id, inputs, output schema, prompts, prompt context.
import type { z } from 'zod';
import type { AgentId, AgentOutputs } from './outputs.js';

export interface AgentDefinition<Id extends AgentId = AgentId> {
  readonly id: Id;
  /** Human title, shown by `boussole agents` and in progress lines. */
  readonly title: string;
  /** Agents whose outputs this one reads; the brief is implicit for every agent but `brief`. */
  readonly needs: readonly AgentId[];
  readonly output: z.ZodType<AgentOutputs[Id]>;
  /** Template names under prompts/ (without `.hbs`). */
  readonly prompts: { readonly system: string; readonly user: string };
  /** Default sampling temperature; overridable per run. */
  readonly temperature: number;
  /**
   * The upstream facts this agent's prompt sees, in compact form: only the fields it reasons on,
   * so prompts stay small and a change in an unrelated field does not make its cassettes stale.
   */
  readonly context?: (upstream: Partial<AgentOutputs>) => Record<string, unknown>;
}

export function defineAgent<Id extends AgentId>(definition: AgentDefinition<Id>): AgentDefinition<Id> {
  return Object.freeze(definition);
}
