// The words of the rendered documents, picked by language from their implementations (labels-en, labels-fr).
import type { Language } from '../../agents/brief.js';
import type { Labels } from './label-types.js';
import { EN_LABELS } from './labels-en.js';
import { FR_LABELS } from './labels-fr.js';

// The types stay importable from here, as before; the implementations import them from label-types.ts.
export type { Labels } from './label-types.js';

export function labelsFor(language: Language): Labels {
  return language === 'fr' ? FR_LABELS : EN_LABELS;
}
