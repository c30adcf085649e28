// Reduces a key as people write it ("What we sell", "what_we_sell", "Équipe") to one form the synonym table knows.

/** Lower case, no accents, letters and digits only: "What_we sell" → "whatwesell", "Équipe" → "equipe". */
export function normaliseKey(key: string): string {
  return key
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** "what_we_sell" → "what we sell", "committedSpend" → "committed spend": a key as words, for the prose. */
export function keyAsWords(key: string): string {
  // "Coworker.com" is a name, not two words: a domain keeps its dot.
  if (/^[a-z0-9-]+(?:\.[a-z]{2,})+$/i.test(key.trim())) return key.trim().toLowerCase();
  return key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
