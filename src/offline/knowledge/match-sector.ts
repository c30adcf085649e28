// The sector table moved to src/knowledge (reviewed YAML): this path stays for the reader until it imports it there.
export { detectSector, type SectorMatch } from '../../knowledge/index.js';
