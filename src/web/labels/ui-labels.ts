// The pages' words in the visitor's language: the registry of each language's labels (their shape: ui-label-types.ts).

import { UI_EN } from './ui-en.js';
import { UI_FR } from './ui-fr.js';
import type { UiLabels, UiLanguage } from './ui-label-types.js';

export type { UiLabels, UiLanguage } from './ui-label-types.js';

export function uiLabels(lang: UiLanguage): UiLabels {
  return lang === 'fr' ? UI_FR : UI_EN;
}
