// The knowledge base's public face: the validated data and the matching that places a brief in it.
export { KNOWLEDGE, type Knowledge } from './load.js';
export {
  channelById,
  channelNamed,
  countWords,
  detectSector,
  fold,
  goalIntent,
  goalIntents,
  hasWord,
  matchSector,
  type SectorMatch,
  wordMatcher,
} from './match.js';
export type {
  Benchmark,
  Channel,
  Localized,
  ModelDefaults,
  PersonaArchetype,
  Sector,
  TextKey,
} from './schema.js';
