// Replies queued per agent for the fake server: every request recorded and checked against OpenAI's published
// request schema, and a request with no reply queued refused with a 400 that names it, so the test fails fast.
import { loadWireValidators, type WireValidators } from '../openai-schema.js';
import { errorResponse, type RecordedRequest, type Reply, type ReplyHandler } from './replies.js';

export interface Script {
  /** Every request received, in arrival order. */
  readonly requests: readonly RecordedRequest[];
  /** Queues replies for one agent, answered in order. */
  onAgent(agentId: string, ...replies: Reply[]): void;
  /** Queues replies for any agent without its own queue. */
  onAny(...replies: Reply[]): void;
  /** Answers with a function when no queued reply is left (e.g. to hold answers until requests meet). */
  fallback(handler: ReplyHandler): void;
  requestsFor(agentId: string): RecordedRequest[];
  /** Problems seen so far: invalid requests, requests nothing was queued for. */
  readonly problems: readonly string[];
  /** Throws if any problem was seen. */
  verify(): void;
  reset(): void;
  /** The server's hook: records the request and gives the next reply. */
  reply(request: RecordedRequest): Promise<Reply>;
}

// Read-only after load, so sharing it between scripts is not shared mutable state.
const wire: WireValidators = loadWireValidators();

export function createScript(): Script {
  const requests: RecordedRequest[] = [];
  const problems: string[] = [];
  const queues = new Map<string | null, Reply[]>();
  let fallbackHandler: ReplyHandler | null = null;

  // A problem is answered with a 400, which the client does not retry, so the test fails fast and says why.
  const refuse = (problem: string): Reply => {
    problems.push(problem);
    return errorResponse(400, `fake-openai: ${problem}`);
  };

  const next = async (request: RecordedRequest): Promise<Reply | null> => {
    const own = queues.get(request.agentId);
    const queued = own?.length ? own.shift() : queues.get(null)?.shift();
    if (queued) return queued;
    return fallbackHandler ? fallbackHandler(request) : null;
  };

  return {
    requests,
    problems,
    onAgent: (agentId, ...replies) => queues.set(agentId, [...(queues.get(agentId) ?? []), ...replies]),
    onAny: (...replies) => queues.set(null, [...(queues.get(null) ?? []), ...replies]),
    fallback: (handler) => {
      fallbackHandler = handler;
    },
    requestsFor: (agentId) => requests.filter((request) => request.agentId === agentId),
    verify: () => {
      if (problems.length > 0) throw new Error(`fake-openai saw problems:\n  ${problems.join('\n  ')}`);
    },
    reset: () => {
      requests.length = 0;
      problems.length = 0;
      queues.clear();
      fallbackHandler = null;
    },
    reply: async (request) => {
      requests.push(request);
      const check = wire.CreateChatCompletionRequest(request.body);
      if (!check.valid) problems.push(`invalid request for ${request.agentId}: ${check.errors.join('; ')}`);
      let reply: Reply | null;
      try {
        reply = await next(request);
      } catch (error) {
        return refuse(`reply handler failed for agent ${request.agentId}: ${String(error)}`);
      }
      return reply ?? refuse(`no reply queued for agent ${request.agentId} (request #${requests.length})`);
    },
  };
}
