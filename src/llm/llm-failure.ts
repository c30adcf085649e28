// Turns the fault that ended a structured call into its typed error, with a message that says what happened
// and what to do. Server text is scrubbed of secrets: some compatible servers echo the key they refused.
import type { ContentFault } from './answer-check.js';
import {
  AgentOutputError,
  AgentRefusalError,
  LlmAuthError,
  LlmBadRequestError,
  LlmDeadlineError,
  type LlmError,
  type LlmErrorDetails,
  LlmInterruptedError,
  LlmNotFoundError,
  LlmRateLimitError,
  LlmTransportError,
} from './errors.js';
import type { ErrorFault, TransportReason } from './fault-classification.js';
import type { Redactor } from './redaction.js';

/** Everything the loop knows when it gives up, except the cause. */
export interface FailureContext extends Omit<LlmErrorDetails, 'cause'> {
  /** The redaction step: server text quoted in a message may hold the key it was sent. */
  redactor: Redactor;
}

const TRANSPORT_WORDS: { readonly [Reason in TransportReason]: string } = {
  rate_limited: 'rate limited (429)',
  server_error: 'a server error',
  timeout: 'a timeout',
  connection: 'a dropped connection',
  bad_response: 'a response that was not a chat completion',
};

export function transportFailure(
  fault: Extract<ErrorFault, { kind: 'transport' }>,
  context: FailureContext,
  cause: unknown,
): LlmError {
  const who = subject(context);
  const tries = `after ${plural(context.attempts.calls, 'call')} (${plural(context.attempts.transportRetries, 'retry', 'retries')})`;
  const details = evidence(context, cause);
  if (fault.reason === 'rate_limited') {
    return new LlmRateLimitError({
      ...details,
      retryAfterMs: null,
      message: `${who} is still rate limited (429) ${tries}. Wait a minute and resume the run, or lower --concurrency.`,
    });
  }
  const last = `${TRANSPORT_WORDS[fault.reason]}${fault.status ? ` (HTTP ${fault.status})` : ''}`;
  return new LlmTransportError({
    ...details,
    message: `${who} failed ${tries}; the last fault was ${last}: ${scrub(fault.detail, context)}. Check that the server at the base URL is up, then resume the run.`,
  });
}

export function retryAfterTooLong(
  context: FailureContext,
  waitMs: number,
  limitMs: number,
  cause: unknown,
): LlmError {
  return new LlmRateLimitError({
    ...evidence(context, cause),
    retryAfterMs: waitMs,
    message:
      `${subject(context)} is rate limited: the server asked to wait ${seconds(waitMs)}, longer than the ` +
      `${seconds(limitMs)} Boussole waits (maxRetryAfterMs). Try again later, or lower --concurrency.`,
  });
}

export function requestFailure(
  fault: Extract<ErrorFault, { kind: 'request' }>,
  context: FailureContext,
  cause: unknown,
): LlmError {
  const details = evidence(context, cause);
  switch (fault.reason) {
    case 'auth':
      // Never the server's text here: it may quote the refused key.
      return new LlmAuthError({
        ...details,
        message: `The server refused the API key (HTTP ${fault.status}) for ${subject(context)}. Check OPENAI_API_KEY (in the environment or .env) and that it is allowed to use this model.`,
      });
    case 'not_found':
      return new LlmNotFoundError({
        ...details,
        message: `The server does not know the model "${context.model}" (HTTP 404), asked for by agent ${context.agentId}. Check --model, BOUSSOLE_MODEL and the agent's settings, or OPENAI_BASE_URL if the server is not OpenAI.`,
      });
    case 'bad_request':
      return new LlmBadRequestError({
        ...details,
        message: `The server rejected the request of agent ${context.agentId} for model "${context.model}" (HTTP ${fault.status}): ${scrub(fault.detail, context)}. Not retried: the same request would be refused again. If the server is a model, check that it supports structured outputs (json_schema) and that the prompt fits its context.`,
      });
  }
}

export function outputFailure(fault: ContentFault, context: FailureContext, cause: unknown): LlmError {
  const details = {
    ...evidence(context, cause),
    lastRawText: fault.rawText === null ? null : context.redactor.redact(fault.rawText),
    finishReason: fault.finishReason,
  };
  const tries = `after ${plural(context.attempts.calls, 'call')} (${plural(context.attempts.repairTurns, 'repair turn')})`;
  const problem = `the last answer ${context.redactor.redact(fault.detail)}`;
  if (fault.reason === 'refusal' || fault.reason === 'content_filter') {
    return new AgentRefusalError({
      ...details,
      problem,
      message: `${subject(context)} gave no answer ${tries}: ${problem}. Rephrase the brief or try another model.`,
    });
  }
  return new AgentOutputError({
    ...details,
    problem,
    message: `${subject(context)} gave no valid answer ${tries}: ${problem}. The last raw answer is kept with the run; try again, or another model.`,
  });
}

export function interrupted(context: FailureContext, cause: unknown): LlmError {
  return new LlmInterruptedError({
    ...evidence(context, cause),
    message: `The call of agent ${context.agentId} was cancelled; resume the run to finish it.`,
  });
}

export function deadlinePassed(
  context: FailureContext,
  deadlineMs: number,
  cause: unknown,
  lastFault?: Extract<ErrorFault, { kind: 'transport' }>,
): LlmError {
  const last = lastFault
    ? `; the last fault was ${TRANSPORT_WORDS[lastFault.reason]}${lastFault.status ? ` (HTTP ${lastFault.status})` : ''}`
    : '';
  return new LlmDeadlineError({
    ...evidence(context, cause),
    deadlineMs,
    message:
      `${subject(context)} ran out of time: no valid answer within ${seconds(deadlineMs)} over ` +
      `${plural(context.attempts.calls, 'call')}${last}. Check that the server at the base URL answers, ` +
      'or allow more time with --deadline (or BOUSSOLE_AGENT_DEADLINE), then resume the run.',
  });
}

export function unexpectedFailure(detail: string, context: FailureContext, cause: unknown): LlmError {
  return new LlmTransportError({
    ...evidence(context, cause),
    message: `${subject(context)} failed unexpectedly: ${scrub(detail, context)}. Run again with --debug and report it if it persists.`,
  });
}

function subject({ agentId, model }: FailureContext): string {
  return `Agent ${agentId} (model "${model}")`;
}

function evidence({ redactor, ...details }: FailureContext, cause: unknown): LlmErrorDetails {
  return {
    ...details,
    lastRawText: details.lastRawText === null ? null : redactor.redact(details.lastRawText),
    cause: scrubCause(cause, redactor),
  };
}

/**
 * Server text, quoted inside a sentence of ours: redacted, and without its own closing full stop, so the
 * sentence does not end in two ("Connection error..").
 */
function scrub(text: string, { redactor }: Pick<FailureContext, 'redactor'>): string {
  return redactor
    .redact(text)
    .trim()
    .replace(/[.\s]+$/, '');
}

/** A cause whose message quotes a secret is replaced by a plain Error with the same name and a scrubbed message. */
function scrubCause(cause: unknown, redactor: Redactor): unknown {
  if (!(cause instanceof Error)) return cause;
  const text = `${cause.message} ${cause.stack ?? ''}`;
  if (redactor.redact(text) === text) return cause;
  const clean = new Error(redactor.redact(cause.message));
  clean.name = cause.name;
  return clean;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
