// Public surface of the offline brief reader: a free-text brief into a Brief by rules only, and its reading file.
export {
  DEFAULT_HORIZON_MONTHS,
  type ReadBriefOptions,
  type Reading,
  readBrief,
  readBriefWithSources,
} from './read-brief.js';
export { READING_FILE, readBriefWithFiles, renderReading } from './render-reading.js';
export { FULL_TIME_HOURS } from './team.js';
