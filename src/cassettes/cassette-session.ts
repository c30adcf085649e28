// A cassette session: a base URL the real OpenAI client talks to, answered from one folder of cassettes.

import { createRedactor } from '../llm/redaction.js';
import type { CassetteMode, CassetteWire } from './cassette.js';
import type { CassetteSecretError } from './cassette-errors.js';
import { type CassetteHost, createCassetteHost } from './cassette-host.js';
import { openCassetteStore, type SuspectCassette } from './cassette-store.js';
import type { Upstream } from './forward.js';
import {
  type CassetteMiss,
  handleCall,
  type ProvenanceOption,
  type SessionState,
} from './session-handler.js';

/** Not a secret: replay needs no key, and a recording session swaps in the real one only when it forwards. */
const DUMMY_KEY = 'cassette-replay';

export interface CassetteSessionOptions {
  /** The folder of one case (or one sample of a case). */
  dir: string;
  mode: CassetteMode;
  /** Where record modes forward OpenAI-compatible calls; this or `upstreams` is required for them. */
  upstream?: Upstream | null;
  /** Where record modes forward each other wire's calls (Anthropic's, Mistral's). */
  upstreams?: Partial<Record<CassetteWire, Upstream>>;
  /** For record modes. @default recorded, with the answering model and today's date */
  provenance?: ProvenanceOption;
  /** Shares one msw server between sessions that overlap in time. @default a private host, closed with the session */
  host?: CassetteHost;
  /** Today's date for recorded provenance. @default the local clock, as YYYY-MM-DD */
  today?: () => string;
  /**
   * Values that must reach no cassette and no answer passed back (every configured provider's key); the
   * upstream key is always one. A server echoing one has it redacted before anything sees or stores it.
   */
  secrets?: readonly string[];
}

export interface CassetteSession {
  /** Give it to the OpenAI client: msw intercepts requests to it in-process. */
  baseURL: string;
  /** The base URL each wire's client is given (OpenAI's is `baseURL`). */
  baseURLs: Record<CassetteWire, string>;
  /** A dummy key: the real upstream key, when recording, stays inside the session. */
  apiKey: string;
  /** Calls that had no cassette (replay mode), in arrival order. */
  misses(): CassetteMiss[];
  /** Calls whose cassette was refused because it held something like a secret (record modes). */
  refused(): CassetteSecretError[];
  stats(): { replayed: number; recorded: number };
  /** Cassettes of the folder whose answer was edited since it was recorded, or that carry no answer digest. */
  suspects(): SuspectCassette[];
  close(): Promise<void>;
}

export async function openCassetteSession(options: CassetteSessionOptions): Promise<CassetteSession> {
  const upstream = options.upstream ?? null;
  const upstreams: Partial<Record<CassetteWire, Upstream>> = {
    ...options.upstreams,
    ...(upstream ? { openai: upstream } : {}),
  };
  if (options.mode !== 'replay' && Object.keys(upstreams).length === 0) {
    throw new Error(`A ${options.mode} cassette session needs an upstream to forward calls to.`);
  }
  const store = await openCassetteStore(options.dir);
  const state: SessionState = { misses: [], refused: [], replayed: 0, recorded: 0 };
  const ownHost = options.host === undefined;
  const host = options.host ?? createCassetteHost();
  const config = {
    store,
    mode: options.mode,
    upstreams,
    provenance: options.provenance ?? null,
    today: options.today ?? (() => new Date().toISOString().slice(0, 10)),
    state,
    redactor: createRedactor([
      ...Object.values(upstreams).map((u) => u.apiKey),
      ...(options.secrets ?? []),
    ]),
  };
  const { baseURL, baseURLs, unroute } = host.route((request, path, wire) =>
    handleCall(config, request, path, wire),
  );
  return {
    baseURL,
    baseURLs,
    apiKey: DUMMY_KEY,
    misses: () => state.misses.map((miss) => ({ ...miss })),
    refused: () => [...state.refused],
    stats: () => ({ replayed: state.replayed, recorded: state.recorded }),
    suspects: () => store.suspects.map((suspect) => ({ ...suspect })),
    close: async () => {
      unroute();
      if (ownHost) await host.close();
    },
  };
}
