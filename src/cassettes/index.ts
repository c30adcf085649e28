// The cassettes' public surface: sessions that replay or record LLM calls through msw, the key, the file format.

export { answerDigest, answerProblem } from './answer-digest.js';
export { type AnswerCall, type AnswerResult, type AnswerServer, startAnswerServer } from './answer-server.js';
export {
  Cassette,
  type CassetteMode,
  CassetteProvenance,
  CassetteRequest,
  CassetteWire,
  cassetteFileName,
} from './cassette.js';
export { CassetteFileError, CassetteSecretError } from './cassette-errors.js';
export { type CassetteHost, createCassetteHost } from './cassette-host.js';
export { cassetteKey, type NormalisedCall, normaliseRequest } from './cassette-key.js';
export {
  type CassetteSession,
  type CassetteSessionOptions,
  openCassetteSession,
} from './cassette-session.js';
export { type CassetteStore, openCassetteStore, type SuspectCassette } from './cassette-store.js';
export type { Upstream } from './forward.js';
export { findSecrets, type SecretFinding } from './secret-scan.js';
export type { CassetteMiss, ProvenanceOption } from './session-handler.js';
