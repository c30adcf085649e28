// Makes a short, filesystem-safe name for the run directory out of a company or file name.
const MAX_SLUG_LENGTH = 48;

/** ASCII lower-case words joined by dashes ("Café Lumière & Co" → "cafe-lumiere-co"); '' when nothing is left. */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
}
