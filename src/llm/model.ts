// The model seam: one interface for "give me this agent's structured answer", implemented by the
// LangChain-backed model, the offline drafter and the cassette replayer.
import type { z } from 'zod';
import type { AgentId, AgentOutputs } from '../../agents/outputs.js';

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface AgentRequest<Id extends AgentId = AgentId> {
  agentId: Id;
  schema: z.ZodType<AgentOutputs[Id]>;
  /** Rendered prompt messages. */
  system: string;
  user: string;
  model: string;
  temperature: number;
  /** Structured inputs, for providers that reason on data rather than text (the offline drafter). */
  inputs: {
    sourceText: string | null;
    upstream: Partial<AgentOutputs>;
    language: 'fr' | 'en';
    /** Month 1 of a new run's plan (`YYYY-MM`) when the run gives one: the offline reader counts goal dates from it. */
    start?: string | null;
  };
  signal?: AbortSignal;
}

export interface AgentAnswer<Out> {
  output: Out;
  usage: TokenUsage;
  /** Transport retries and repair turns are counted apart: each has its own bound. */
  attempts: { calls: number; transportRetries: number; repairTurns: number };
  finishReason: string | null;
  model: string;
  /** Extra files for the run folder (the offline reader's brief.read.yaml), written atomically beside the output. */
  artifacts?: ReadonlyArray<{ readonly name: string; readonly content: string }>;
}

export interface AgentModel {
  /**
   * What run.json records: `openai`, `offline`, `replay`, or a LangChain provider (`anthropic`, `mistralai`…);
   * `mixed` when agents use models of different providers.
   */
  readonly provider: string;
  /** The provider of one agent's model, when agents may use different ones (`--model prioritizer=anthropic:…`). */
  providerFor?(model: string): string;
  generate<Id extends AgentId>(request: AgentRequest<Id>): Promise<AgentAnswer<AgentOutputs[Id]>>;
}
