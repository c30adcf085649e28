// The brief `boussole init` writes: the Brief's fields, with the company name allowed to be unknown (null).
import type { Brief } from '../../agents/brief.js';
import { type BriefNamed, emptyBrief } from '../brief/empty-brief.js';

export type InitBrief = BriefNamed<string | null>;

/** Nothing known yet: every field null or empty, the horizon at its stated default. */
export function emptyInitBrief(language: Brief['language']): InitBrief {
  return emptyBrief<string | null>(null, language);
}
