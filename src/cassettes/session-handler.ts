// What a cassette session does with one intercepted /chat/completions call: replay it, refuse it, or record it.
import { HttpResponse } from 'msw';
import type { Redactor } from '../llm/redaction.js';
import type { Cassette, CassetteMode, CassetteProvenance, CassetteWire } from './cassette.js';
import { CassetteSecretError } from './cassette-errors.js';
import { type NormalisedCall, normaliseRequest } from './cassette-key.js';
import type { CassetteStore } from './cassette-store.js';
import { forwardToUpstream, type Upstream } from './forward.js';

export interface CassetteMiss {
  agent: string;
  key: string;
  /** A cassette for the same agent exists under another key: its prompt, schema, model or temperature changed. */
  stale: boolean;
}

/** Provenance for a recorded call: one value for every call, or chosen per call (e.g. the answer file it came from). */
export type ProvenanceOption =
  | CassetteProvenance
  | ((call: { agent: string; key: string; responseBody: unknown }) => CassetteProvenance);

export interface SessionState {
  misses: CassetteMiss[];
  refused: CassetteSecretError[];
  replayed: number;
  recorded: number;
}

export interface HandlerConfig {
  store: CassetteStore;
  mode: CassetteMode;
  /** Where record modes forward each wire's calls. */
  upstreams: Partial<Record<CassetteWire, Upstream>>;
  provenance: ProvenanceOption | null;
  /** Today's date for recorded provenance, as YYYY-MM-DD. */
  today: () => string;
  state: SessionState;
  /** Applied to every upstream reply before it is passed back or stored. */
  redactor: Redactor;
}

/** The case a folder stands for, as people name it in messages: its last one or two path segments. */
function caseName(dir: string): string {
  const parts = dir.split(/[\\/]+/).filter(Boolean);
  const last = parts.at(-1) ?? dir;
  return /^sample-\d+$/.test(last) && parts.length > 1 ? `${parts.at(-2)}/${last}` : last;
}

export async function handleCall(
  config: HandlerConfig,
  request: Request,
  path: string,
  wire: CassetteWire = 'openai',
): Promise<Response> {
  const bodyText = await request.text();
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return wireError(wire, 400, 'cassettes: the request body is not JSON', null);
  }
  const call = normaliseRequest(body, wire);
  const upstream = config.upstreams[wire] ?? null;
  const { store, mode, state } = config;
  const cassette = mode === 're-record' ? null : store.find(call.key);
  if (cassette) {
    state.replayed += 1;
    return HttpResponse.json(cassette.response.body as Record<string, unknown>, {
      status: cassette.response.status,
    });
  }
  if (mode === 'replay' || !upstream) {
    const stale = store.hasAgent(call.agent);
    state.misses.push({ agent: call.agent, key: call.key, stale });
    // A 400 is not retried by the client: the agent fails at once with a message that names it and the case.
    const what = stale ? 'stale cassette (the prompt or schema changed)' : 'no cassette';
    const message = `${what} for agent ${call.agent} in case ${caseName(store.dir)} (key ${call.key.slice(0, 12)}, folder ${store.dir}). ${
      stale
        ? 'Its prompt, schema, model or temperature no longer match what was recorded: re-record it with `--record` (hand-authored fixtures: `npx tsx evals/build-cassettes.ts`)'
        : 'Record it with `--record` against a model'
    }`;
    return wireError(wire, 400, message, stale ? 'cassette_stale' : 'cassette_missing');
  }
  return record(config, upstream, call, bodyText, path, request, wire);
}

async function record(
  config: HandlerConfig,
  upstream: Upstream,
  call: NormalisedCall,
  bodyText: string,
  path: string,
  request: Request,
  wire: CassetteWire,
): Promise<Response> {
  const reply = await forwardToUpstream(
    upstream,
    path,
    bodyText,
    request.signal,
    config.redactor,
    wire,
    request.headers,
  );
  const passBack = () => new HttpResponse(reply.bodyText, { status: reply.status, headers: reply.headers });
  // Only answers are worth keeping: a 429 or a 500 is passed back for the client to retry, and not stored.
  if (reply.status < 200 || reply.status >= 300) return passBack();
  let responseBody: unknown;
  try {
    responseBody = JSON.parse(reply.bodyText);
  } catch {
    return passBack();
  }
  const cassette: Cassette = {
    version: 1,
    key: call.key,
    agent: call.agent,
    provenance: provenanceFor(config, call, responseBody),
    request: call.request,
    response: { status: reply.status, body: responseBody },
  };
  try {
    await config.store.write(cassette, config.redactor.secrets);
  } catch (error) {
    // Answered as a 400, never thrown: msw would turn a throw into a 500, which the client retries.
    if (error instanceof CassetteSecretError) {
      config.state.refused.push(error);
      return wireError(wire, 400, error.message, 'cassette_secret');
    }
    const reason = error instanceof Error ? error.message : String(error);
    return wireError(
      wire,
      400,
      `could not save the ${call.agent} cassette in ${config.store.dir}: ${reason}`,
      null,
    );
  }
  config.state.recorded += 1;
  return passBack();
}

function provenanceFor(
  config: HandlerConfig,
  call: NormalisedCall,
  responseBody: unknown,
): CassetteProvenance {
  const option = config.provenance;
  if (typeof option === 'function') return option({ agent: call.agent, key: call.key, responseBody });
  if (option) return option;
  const answered =
    typeof responseBody === 'object' && responseBody !== null && 'model' in responseBody
      ? responseBody.model
      : null;
  return {
    kind: 'recorded',
    model: typeof answered === 'string' ? answered : call.request.model,
    date: config.today(),
  };
}

/** An error answer as the wire's client reads it, so its message reaches the user intact. */
function wireError(wire: CassetteWire, status: number, message: string, code: string | null): Response {
  if (wire === 'anthropic') {
    return HttpResponse.json(
      { type: 'error', error: { type: 'invalid_request_error', message } },
      { status },
    );
  }
  return HttpResponse.json(
    { error: { message, type: 'invalid_request_error', param: null, code } },
    { status },
  );
}
