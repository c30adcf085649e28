// Shared set-up for the LLM-layer tests: the real OpenAI model against the msw mock, with a recording sleep,
// a recorded event stream, a tiny schema and the real persona schema.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { Personas } from '../../agents/personas.js';
import type { AgentModel, AgentRequest } from '../../src/llm/model.js';
import { createOpenAIModel, type OpenAIModelConfig } from '../../src/llm/openai-model.js';
import type { LlmEvent } from '../../src/llm/structured-call.js';
import type { ScriptedOpenAI } from '../support/use-fake-openai.js';

/** Recognisable, so a test can search every message for it. */
export const API_KEY = 'sk-test-BOUSSOLE-key-7f3a9c';

export const Tiny = z.object({ title: z.string(), score: z.number() });
export const TINY_ANSWER = { title: 'Launch a referral programme', score: 4 };

export const PERSONAS_ANSWER: Personas = Personas.parse(
  JSON.parse(readFileSync(new URL('./fixtures/personas-answer.json', import.meta.url), 'utf8')).answer,
);

export interface Harness {
  model: AgentModel;
  /** Every wait the loop asked for, in milliseconds; nothing actually waits. */
  sleeps: number[];
  events: LlmEvent[];
}

export async function openAIHarness(
  mock: ScriptedOpenAI,
  overrides: Partial<OpenAIModelConfig> = {},
): Promise<Harness> {
  const sleeps: number[] = [];
  const events: LlmEvent[] = [];
  const model = await createOpenAIModel({
    apiKey: API_KEY,
    baseURL: mock.baseURL,
    timeoutMs: 5_000,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    onEvent: (event) => events.push(event),
    ...overrides,
  });
  return { model, sleeps, events };
}

/**
 * A request for the tiny schema. The LLM layer is agent-agnostic; the cast only satisfies the seam's
 * per-agent typing (the `swot` id is just the name the mock routes by).
 */
export function tinyRequest(overrides: Partial<AgentRequest<'swot'>> = {}): AgentRequest<'swot'> {
  return {
    agentId: 'swot',
    schema: Tiny as unknown as AgentRequest<'swot'>['schema'],
    system: 'You are a test agent. Answer in JSON.',
    user: 'Give one action with a score.',
    model: 'gpt-test',
    temperature: 0.2,
    inputs: { sourceText: null, upstream: {}, language: 'en' },
    ...overrides,
  };
}

export function personasRequest(overrides: Partial<AgentRequest<'personas'>> = {}): AgentRequest<'personas'> {
  return {
    agentId: 'personas',
    schema: Personas,
    system: 'You build buyer personas.',
    user: 'Brief: an invoicing app for small accounting firms.',
    model: 'gpt-test',
    temperature: 0.4,
    inputs: { sourceText: null, upstream: {}, language: 'en' },
    ...overrides,
  };
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it resolved');
}

/** The last message of a recorded request, e.g. the repair instruction. */
export function lastMessage(
  mock: ScriptedOpenAI,
  index: number,
): { role: string; content: unknown } | undefined {
  return mock.requests[index]?.body.messages.at(-1);
}
