// The knowledge base's public face: the validated data and the matching that places a brief in it.
export { KNOWLEDGE, type Knowledge } from './load.js';
export {
  type BriefPlace,
  channelAllowed,
  channelById,
  channelNamed,
  countWords,
  detectSector,
  fold,
  goalIntent,
  goalIntents,
  hasWord,
  matchSector,
  placeOf,
  type SectorMatch,
  wordMatcher,
} from './match.js';
export type {
  Benchmark,
  Channel,
  ChannelAudience,
  Localized,
  ModelDefaults,
  PersonaArchetype,
  Sector,
  TextKey,
} from './schema.js';
