// The offer of a JSON/YAML brief that states none in its own field, by the free-text reader's rules
// (src/offline/reader/offer.ts): a short noun phrase naming what is sold, else unknown; never a note pasted in its place.
import { parseDocument } from '../../offline/reader/document.js';
import { findIdentity, findOffer, offerFromIdentity } from '../../offline/reader/offer.js';

/** The offer read from the description's words; null when it names none. */
export function offerOf(description: string | null, name: string | null): string | null {
  // A description that does not name the company is what follows its name ("Lune & Sel - Organic skincare …").
  const described =
    description !== null && name !== null && !description.includes(name)
      ? `${name} - ${description}`
      : description;
  const texts = [described, description].filter(
    (t, i, all): t is string => t !== null && all.indexOf(t) === i,
  );
  for (const text of texts) {
    const doc = parseDocument(text);
    const named = name === null ? null : { value: name, from: text };
    const found = findOffer(doc, named) ?? offerFromIdentity(findIdentity(doc, named));
    if (found !== null) return found.value;
  }
  return null;
}
