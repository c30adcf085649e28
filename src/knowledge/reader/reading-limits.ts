// The reader's limits as data (reading-limits.yaml): the words a clean phrase cannot end on, the qualifiers a long
// phrase is cut at, a document's own words, and horizons said in words. Validated by Zod when first imported.
import { readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { z } from 'zod';
import { projectPath } from '../../paths.js';

/** Folded keywords only (lower case, no accents): matching folds the brief, never the keyword. */
const Keywords = z.array(
  z
    .string()
    .min(1)
    .refine((k) => k === k.toLowerCase() && k.normalize('NFD') === k, 'must be lower case without accents'),
);

const LimitsFile = z.strictObject({
  openEnds: Keywords,
  qualifiers: Keywords,
  documentWords: Keywords,
  featureGoalWords: Keywords,
  todayWords: Keywords,
  /** Trade verbs as written (accents kept): matched on the sentence's own words. */
  makeVerbs: z.array(z.string().min(1)),
  namedHorizons: z.array(z.strictObject({ months: z.number().int().min(1).max(36), words: Keywords })),
});

function load(): z.output<typeof LimitsFile> {
  const path = projectPath('src', 'knowledge', 'reader', 'reading-limits.yaml');
  const result = LimitsFile.safeParse(parseYaml(readFileSync(path, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${path} is not a valid reader table: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return result.data;
}

/** Read once per process. */
export const READING_LIMITS = Object.freeze(load());
