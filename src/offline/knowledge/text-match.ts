// Keyword matching for the knowledge base: accent-free, case-free, whole-word, so "Café" matches "cafe" but "bar" not "barber".

/** Lower case, accents stripped, every non-alphanumeric run turned into one space, padded with spaces. */
export function normaliseText(text: string): string {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
  return ` ${plain} `;
}

/** Whether `normalised` (from normaliseText) contains `keyword` as whole words. */
export function hasKeyword(normalised: string, keyword: string): boolean {
  const needle = normaliseText(keyword);
  return needle.trim().length > 0 && normalised.includes(needle);
}

/** The keywords of `keywords` found in `normalised`, in the order given. */
export function keywordsIn(normalised: string, keywords: readonly string[]): string[] {
  return keywords.filter((keyword) => hasKeyword(normalised, keyword));
}
