// The phrasing for a language: the one place the drafters get their words from.
import type { Language } from '../../../../agents/brief.js';
import { EN } from './en.js';
import { FR } from './fr.js';
import type { Phrasing } from './phrasing.js';

const PHRASINGS: { readonly [L in Language]: Phrasing } = { fr: FR, en: EN };

export function phrasingFor(language: Language): Phrasing {
  return PHRASINGS[language];
}

export type { ActionTextParams, Phrasing } from './phrasing.js';
