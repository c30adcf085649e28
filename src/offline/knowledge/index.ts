// The sector table moved to src/knowledge (reviewed YAML); this path stays only for callers not yet moved there.
export { detectSector, type SectorMatch } from '../../knowledge/index.js';
