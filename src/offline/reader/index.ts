// Public surface of the offline brief reader: a free-text brief into a Brief, by rules only.
export { UNNAMED_COMPANY } from './company-name.js';
export { DEFAULT_HORIZON_MONTHS, type ReadBriefOptions, readBrief } from './read-brief.js';
export { FULL_TIME_HOURS } from './team.js';
