// Answers for the fake OpenAI server: a fixture case's hand-authored answers by default, per-agent overrides,
// answers held until the test releases them, and every request body kept for inspection.
import type { AgentId } from '../../../agents/outputs.js';
import type { AnswerFunction, AnswerRequest } from '../../support/fake-openai-server.js';
import { caseAnswer } from '../../support/fixture-cases.js';

export interface ScriptedAnswers {
  answer: AnswerFunction;
  /** Every request, in arrival order (before any hold). */
  readonly requests: readonly AnswerRequest[];
  arrivals(agent: AgentId): number;
  /** Lets the held answers of `agent` go (those waiting now and any later one). */
  release(agent: AgentId): void;
  releaseAll(): void;
}

export interface ScriptOptions {
  /** Agents whose answers wait until `release`. */
  hold?: readonly AgentId[];
  /** An agent's own answer instead of the case's. */
  answers?: Partial<Record<AgentId, (request: AnswerRequest) => unknown>>;
}

export function scriptedAnswers(
  caseId: string,
  { hold = [], answers = {} }: ScriptOptions = {},
): ScriptedAnswers {
  const requests: AnswerRequest[] = [];
  const gates = new Map<AgentId, { open: Promise<void>; release: () => void }>();
  for (const agent of hold) {
    let release = () => {};
    const open = new Promise<void>((resolve) => {
      release = resolve;
    });
    gates.set(agent, { open, release });
  }
  return {
    requests,
    arrivals: (agent) => requests.filter((request) => request.agent === agent).length,
    release: (agent) => gates.get(agent)?.release(),
    releaseAll: () => {
      for (const gate of gates.values()) gate.release();
    },
    answer: async (request) => {
      requests.push(request);
      const agent = request.agent as AgentId;
      await gates.get(agent)?.open;
      const own = answers[agent];
      if (own) return own(request);
      const fixture = caseAnswer(caseId, agent);
      if (!fixture) throw new Error(`fixture case ${caseId} has no answer for ${request.agent}`);
      return fixture.content;
    },
  };
}

/** The text of one message of a request, by role. */
export function messageText(request: AnswerRequest, role: 'system' | 'user'): string {
  const body = request.body as { messages?: { role: string; content: unknown }[] };
  const found = body.messages?.filter((message) => message.role === role) ?? [];
  return found
    .map((message) =>
      typeof message.content === 'string' ? message.content : JSON.stringify(message.content),
    )
    .join('\n');
}
