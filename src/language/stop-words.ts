// French and English stop words, one list per use, read from data/stop-words.json and validated once at load.
import { z } from 'zod';
import data from './data/stop-words.json' with { type: 'json' };
import { foldText } from './normalise.js';

/** One lower-case word, no space: lists are looked up word by word. */
const Word = z.string().regex(/^[\p{Ll}\p{N}']+$/u, 'a lower-case word without spaces');

/** A word as folding leaves it: lists compared with folded text must hold folded words, or they never match. */
const FoldedWord = Word.refine((word) => foldText(word) === word, 'a folded word (a-z and 0-9 only)');

const unique = (words: readonly string[]) => new Set(words).size === words.length;

const list = (word: z.ZodType<string>) =>
  z.object({
    about: z.string().min(1),
    fr: z.array(word).refine(unique, 'no word twice'),
    en: z.array(word).refine(unique, 'no word twice'),
  });

const StopWordFile = z.object({
  _about: z.string(),
  lists: z.object({
    detection: list(Word),
    outputLanguage: list(Word),
    title: list(FoldedWord),
    titleComparison: list(FoldedWord),
    filler: list(FoldedWord),
  }),
});

/** The lists of a stop-word file, or an error naming the first place it breaks the schema. */
export function readStopWordFile(file: unknown): z.infer<typeof StopWordFile>['lists'] {
  const parsed = StopWordFile.safeParse(file);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `src/language/data/stop-words.json is invalid at ${issue?.path.join('.') || 'its root'}: ${issue?.message}. Fix the file.`,
    );
  }
  return parsed.data.lists;
}

const LISTS = readStopWordFile(data);

export type StopWordList = keyof typeof LISTS;

/** One list, per language: French, English. */
export interface StopWordsByLanguage {
  readonly fr: ReadonlySet<string>;
  readonly en: ReadonlySet<string>;
}

/** One list's words in each language apart: for counting which language a text is in. */
export function stopWordsByLanguage(name: StopWordList): StopWordsByLanguage {
  return { fr: new Set(LISTS[name].fr), en: new Set(LISTS[name].en) };
}

/** The words of one or more lists, both languages together: for skipping them in text of either language. */
export function stopWords(...names: StopWordList[]): ReadonlySet<string> {
  return new Set(names.flatMap((name) => [...LISTS[name].fr, ...LISTS[name].en]));
}
