// Makes a short, filesystem-safe name for the run directory out of a company or file name.
import { foldText } from '../language/normalise.js';

const MAX_SLUG_LENGTH = 48;

/** ASCII lower-case words joined by dashes ("Café Lumière & Co" → "cafe-lumiere-co"); '' when nothing is left. */
export function slugify(value: string): string {
  // Compatibility folding too: a file name's "ﬁ" ligature or full-width letters still give a readable slug.
  return foldText(value, { separator: '-', compatibility: true })
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
}
