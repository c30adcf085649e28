// A pasted brief's run folder is named from the brief (its company, else who the writer is, else its first words),
// never `brief-<stamp>`, so a person finds it in runs/ by eye.
import { type BriefFormat, slugify } from '../brief/index.js';

/** Names intake gives a brief it could not name (pasted text, `brief.md`, `README.md`…): they say nothing. */
const UNNAMED = new Set(['pasted', 'brief', 'index', 'readme', 'notes', 'input', 'stdin']);
/** Words a brief's first line often opens on that name nothing ("Hello, we are…", "Notre brief :"). */
const OPENERS = new Set(
  "hello hi dear brief the a an we are our us my i am im i'm bonjour salut nous sommes notre nos je suis mon ma mes le la les un une des".split(
    ' ',
  ),
);
/** A name of a few words: enough to recognise, short enough for a folder. */
const MAX_WORDS = 5;

/** The slug a run folder starts with: intake's name when it names something, else the company, else first words. */
export async function runNameOf(intakeName: string, text: string, format: BriefFormat): Promise<string> {
  if (!UNNAMED.has(intakeName)) return intakeName;
  // JSON or YAML that names no company: its first "words" would be a key and a value, not a name.
  if (format === 'json' || format === 'yaml') return 'brief';
  // The offline reader's rules, whatever drafts the brief: its company, else what it says the writer is
  // ("Yoga teacher, Bristol"); never its stand-in for no name at all.
  let named = '';
  try {
    // Loaded on the first pasted brief, not when the server starts: the reader's tables are the drafter's.
    const { readBriefWithSources } = await import('../offline/reader/read-brief.js');
    const reading = readBriefWithSources(text);
    if (reading.notes.get('company.name') !== 'unnamed') named = slugify(reading.brief.company.name);
  } catch {
    // A brief the rules cannot read still gets drafted: its first words name it.
  }
  return [named, firstWords(text)].find(telling) ?? 'brief';
}

/** A slug that can name a folder a person looks for: some letters, not a lone number or initial. */
const telling = (slug: string) => /[a-z].*[a-z0-9]|[0-9].*[a-z]/.test(slug) && slug.length >= 3;

/** The first line with words in it, less Markdown marks and empty openers, as a slug. */
function firstWords(text: string): string {
  for (const line of text.split('\n')) {
    const words = line
      .replace(/^[\s#>*_-]+/, '')
      .split(/[^\p{L}\p{N}'’]+/u)
      .filter((word) => word !== '');
    let start = 0;
    while (start < words.length && OPENERS.has((words[start] as string).toLowerCase().replace('’', "'")))
      start += 1;
    const slug = slugify(words.slice(start, start + MAX_WORDS).join(' '));
    if (telling(slug)) return slug;
  }
  return '';
}
