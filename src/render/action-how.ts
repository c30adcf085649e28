// What an action is, for a reader: its "how" (the first sentence of the prioritizer's description) and its rhythm.

/** Longer than this, the "how" is cut at a word: a table cell, not a paragraph. */
const HOW_MAX_CHARS = 260;

/**
 * The first sentence of an action's description: the prioritizer writes the how there ("a list that has gone quiet
 * is first cleaned, then relaunched"); what follows (the goal it serves, its cost) is already in other columns.
 */
export function howOf(description: string | null | undefined): string {
  const first = firstSentence(description);
  if (first.length <= HOW_MAX_CHARS) return first;
  const cut = first.slice(0, HOW_MAX_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > HOW_MAX_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

/** The description's first sentence, whole. */
function firstSentence(description: string | null | undefined): string {
  const clean = String(description ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  // A sentence ends at . ! ? followed by a space and a capital, a quote or a bracket ("4.7" and "e.g." do not).
  const end = /[.!?](?=\s+[A-ZÀ-ÖØ-Þ«“"(])/u.exec(clean);
  return end ? clean.slice(0, end.index + 1) : clean;
}

export type Cadence = 'weekly' | 'fortnightly' | 'monthly' | 'quarterly';

/** Wordings of a rhythm in either language; the earliest one in the text wins. */
const CADENCES: readonly { cadence: Cadence; pattern: RegExp }[] = [
  {
    cadence: 'fortnightly',
    pattern:
      /\b(?:tous les quinze jours|toutes les deux semaines|every fortnight|fortnightly|every two weeks|biweekly)\b/iu,
  },
  {
    cadence: 'weekly',
    pattern:
      /(?:\bpar semaine|\bchaque semaine|\btoutes les semaines|\bhebdomadaires?\b|\ba week\b|\bper week\b|\bweekly\b|\bevery week\b)/iu,
  },
  {
    cadence: 'monthly',
    pattern:
      /(?:\bpar mois\b|\bchaque mois\b|\btous les mois\b|\bmensuel(?:le)?s?\b|\ba month\b|\bper month\b|\bmonthly\b|\bevery month\b)/iu,
  },
  {
    cadence: 'quarterly',
    pattern:
      /(?:\bpar trimestre\b|\bchaque trimestre\b|\btrimestriel(?:le)?s?\b|\ba quarter\b|\bper quarter\b|\bquarterly\b|\bevery quarter\b)/iu,
  },
];

/**
 * How often the action's work comes back, read from its title, then from its how (never from the rest of the
 * description, where "about 20 € a month for 6 months" is a cost, not a rhythm); null for one-off work.
 */
export function cadenceOf(action: { title: string; description?: string | null }): Cadence | null {
  for (const text of [action.title, firstSentence(action.description)]) {
    let best: { cadence: Cadence; at: number } | null = null;
    for (const { cadence, pattern } of CADENCES) {
      const match = pattern.exec(text);
      if (match && (best === null || match.index < best.at)) best = { cadence, at: match.index };
    }
    if (best) return best.cadence;
  }
  return null;
}
