// The sector table moved to src/knowledge (reviewed YAML): these names stay for the reader's callers until they move.
import { KNOWLEDGE } from '../../knowledge/index.js';

export { detectSector, type SectorMatch } from '../../knowledge/index.js';
export const SECTORS = KNOWLEDGE.sectors.map((s) => ({
  slug: s.id,
  label: s.label,
  keywords: s.keywords,
  strong: s.strong,
}));
