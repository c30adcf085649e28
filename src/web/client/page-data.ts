/// <reference lib="dom" />
// The JSON block each page carries for its script (never executable: CSP allows no inline script).
import type { RoadmapConstraints } from '../../arbiter/roadmap.js';
import type { UiLanguage } from '../labels/ui-labels.js';

export interface PageData {
  page: 'new' | 'runs' | 'run' | 'evals' | 'error';
  lang: UiLanguage;
  run?: string;
  status?: 'running' | 'complete' | 'failed';
  fallbackStart?: string | null;
  steering?: boolean;
  constraints?: RoadmapConstraints | null;
  currency?: string | null;
}

export function readPageData(): PageData {
  const block = document.getElementById('page-data');
  try {
    return JSON.parse(block?.textContent ?? '{}') as PageData;
  } catch {
    return { page: 'error', lang: 'en' };
  }
}
