// The offer of a JSON/YAML brief by the free-text reader's own rules (src/offline/reader/offer.ts): a short noun
// phrase naming what is sold ("logiciel de gestion de chantier"), else unknown; never a note pasted in its place.
import { parseDocument } from '../../offline/reader/document.js';
import { findIdentity, findOffer, offerFromIdentity } from '../../offline/reader/offer.js';

/** The offer read from the stated offer's words, else from the description's; null when neither names one. */
export function offerOf(
  offer: string | null,
  description: string | null,
  name: string | null,
): string | null {
  // The stated offer is read as the reader reads an "Offer:" line; a description as the reader reads its sentences.
  // A description that does not name the company is what follows its name ("Lune & Sel - Organic skincare …").
  const described =
    description !== null && name !== null && !description.includes(name)
      ? `${name} - ${description}`
      : description;
  const texts = [offer === null ? null : `Offer: ${offer}`, described, description].filter(
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
