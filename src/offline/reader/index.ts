// Public surface of the offline brief reader: read a brief, detect its language, place it in a sector.
export { DEFAULT_HORIZON_MONTHS, type ReadBriefOptions, readBrief } from './read-brief.js';
export { detectLanguage, languageScores } from './language.js';
export { detectSector, type SectorMatch } from './detect-sector.js';
export { SECTORS, type SectorEntry } from './sector-table.js';
export { UNNAMED_COMPANY } from './company-name.js';
export { FULL_TIME_HOURS } from './team.js';
