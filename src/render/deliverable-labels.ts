// Wording of what changes with the reader, picked by language from deliverable-labels-en and -fr.
import type { Language } from '../../agents/brief.js';
import type { DeliverableLabels } from './deliverable-label-types.js';
import { DELIVERABLE_EN } from './deliverable-labels-en.js';
import { DELIVERABLE_FR } from './deliverable-labels-fr.js';

// The types stay importable from here, as before; the implementations import them from deliverable-label-types.ts.
export type { DeliverableLabels } from './deliverable-label-types.js';

export function deliverableLabelsFor(language: Language): DeliverableLabels {
  return language === 'fr' ? DELIVERABLE_FR : DELIVERABLE_EN;
}
