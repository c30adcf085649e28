// The offline knowledge base's public face: the sector taxonomy and channel catalogue others may read.
export { CHANNELS, channelById } from './channels.js';
export { matchChannel, matchSector } from './lookup.js';
export { SECTORS, type Sector, sectorBySlug } from './sectors.js';
export { CHANNEL_IDS, type Channel, type ChannelId, SECTOR_SLUGS, type SectorSlug } from './types.js';
