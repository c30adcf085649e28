// Brief intake: what the rest of Boussole may use to read, check and recognise a brief.
export {
  type BriefFormat,
  type BriefSource,
  DEFAULT_MAX_BRIEF_CHARS,
  type ReadBriefOptions,
} from './brief-source.js';
export { interpretBrief } from './interpret-brief.js';
export { readBriefSource } from './read-brief-source.js';
export { slugify } from './slug.js';
