// The cassette file: one LLM call — the request that matters, the wire response, and where the answer came from.
import { z } from 'zod';

export type CassetteMode = 'replay' | 'record-missing' | 're-record';

/** The provider wire format a call travelled in: its request is keyed, and its answer stored, as that wire has them. */
export const CassetteWire = z.enum(['openai', 'anthropic', 'mistralai']);
export type CassetteWire = z.infer<typeof CassetteWire>;

/** The parts of a chat request that decide its answer; nothing else (no headers, no stream options). */
export const CassetteRequest = z.object({
  /** Absent for OpenAI (every cassette recorded before other providers existed). */
  wire: CassetteWire.optional(),
  model: z.string(),
  temperature: z.number().nullable(),
  messages: z.array(z.object({ role: z.string(), content: z.string() })),
  /** The structured-output schema (OpenAI's json_schema, Anthropic's tool input_schema, Mistral's function
   * parameters), keys sorted; null when the request asked for none. */
  schema: z.unknown(),
});
export type CassetteRequest = z.infer<typeof CassetteRequest>;

export const CassetteProvenance = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('recorded'), model: z.string(), date: z.string() }),
  z.object({ kind: z.literal('hand-authored'), source: z.string(), note: z.string().nullable() }),
]);
export type CassetteProvenance = z.infer<typeof CassetteProvenance>;

export const Cassette = z.object({
  version: z.literal(1),
  /** sha256 hex of the normalised request (see cassette-key.ts). */
  key: z.string().regex(/^[0-9a-f]{64}$/),
  /** `response_format.json_schema.name`: Boussole names the schema after the agent. */
  agent: z.string(),
  provenance: CassetteProvenance,
  request: CassetteRequest,
  /** Exactly as the wire had it, parsed; headers are never stored. */
  response: z.object({ status: z.number().int(), body: z.unknown() }),
  /**
   * `sha256:` + hex of the canonical response, written with it: an answer edited by hand no longer matches and
   * is reported as edited since recorded. Older cassettes have none and are reported as unverifiable.
   */
  answerDigest: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/)
    .optional(),
});
export type Cassette = z.infer<typeof Cassette>;

/** `<agent>-<first 12 hex of the key>.json`: readable in a listing, unique in practice, checked against the full key. */
export function cassetteFileName(agent: string, key: string): string {
  return `${agent}-${key.slice(0, 12)}.json`;
}
