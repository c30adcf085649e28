// The offline knowledge base's public face: the sector table and its matching, the channel catalogue.
export { CHANNELS, channelById } from './channels.js';
export { matchChannel } from './lookup.js';
export {
  type BriefSector,
  detectSector,
  matchSector,
  type SectorMatch,
  sectorByLabel,
} from './match-sector.js';
export { type KnowledgeId, SECTOR_KNOWLEDGE, type SectorKnowledge } from './sector-knowledge.js';
export { SECTORS, type Sector } from './sectors.js';
export { CHANNEL_IDS, type Channel, type ChannelId, type SectorSlug } from './types.js';
