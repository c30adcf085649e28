// brief.read.yaml: the offline reading as a structured brief a person can correct and draft again from. Every field
// carries, as a YAML comment in the brief's language, the brief's words it came from (from: "…") or that it is unknown.
import { Document, isMap, isSeq, type Node } from 'yaml';
import { READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import { type ReadBriefOptions, type Reading, readBriefWithSources } from './read-brief.js';

export const READING_FILE = 'brief.read.yaml';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const from = (words: string) => ` from: ${JSON.stringify(oneLine(words))}`;

/** Puts `comment` on the line before the entry at `path` (a map key or a list item). */
function annotate(doc: Document, path: ReadonlyArray<string | number>, comment: string): void {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const last = path.at(-1);
  const lines = comment
    .split('\n')
    .map((l) => ` ${l.trim()}`)
    .join('\n');
  let node: Node | null = null;
  if (isMap(parent)) {
    const pair = parent.items.find((p) => (p.key as { value?: unknown }).value === last);
    node = (pair?.key as Node | undefined) ?? null;
  } else if (isSeq(parent) && typeof last === 'number')
    node = (parent.items[last] as Node | undefined) ?? null;
  if (node !== null) node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${lines}` : lines;
}

const isEmpty = (value: unknown) => value === null || (Array.isArray(value) && value.length === 0);

/** The reading as commented YAML, in the brief's language. */
export function renderReading(reading: Reading): string {
  const { brief, sources, notes } = reading;
  const words = READER_TERMS.reading[brief.language];
  const doc = new Document(brief);
  doc.commentBefore = words.header.map((l) => ` ${l}`).join('\n');
  const explain = (path: string, value: unknown) => {
    const note = notes.get(path);
    const source = sources.get(path);
    const lines = [source ? from(source) : '', note ? words.notes[note] : ''].filter((l) => l !== '');
    if (lines.length === 0 && isEmpty(value)) lines.push(words.unknown);
    if (lines.length > 0)
      annotate(
        doc,
        path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        lines.join('\n'),
      );
  };
  for (const [key, value] of Object.entries(brief.company)) explain(`company.${key}`, value);
  brief.company.markets.forEach((_, i) => {
    explain(`company.markets.${i}`, null);
  });
  explain('audience', brief.audience);
  explain('goals', brief.goals);
  brief.goals.forEach((goal, i) => {
    explain(`goals.${i}`, goal);
    for (const key of ['metric', 'target', 'unit', 'horizonMonths', 'baseline'] as const)
      explain(`goals.${i}.${key}`, goal[key]);
  });
  for (const key of ['budget', 'capacity'] as const) explain(key, brief[key]);
  for (const key of ['maturity', 'profile'] as const) {
    if (brief[key] === null) explain(key, null);
    else annotate(doc, [key], words.inferred);
  }
  for (const key of ['competitors', 'channels', 'constraints', 'assets', 'committedSpend'] as const) {
    explain(key, brief[key]);
    brief[key].forEach((_, i) => {
      explain(`${key}.${i}`, null);
    });
  }
  const busy = brief.calendar.busyMonths.map(
    (m) => `${words.months[m - 1]}:${from(sources.get(`calendar.busyMonths.${m}`) ?? '')}`,
  );
  annotate(doc, ['calendar', 'busyMonths'], busy.length > 0 ? busy.join('\n') : words.unknown);
  const months = doc.getIn(['calendar', 'busyMonths'], true);
  if (isSeq(months)) months.flow = true;
  explain('calendar.deadlines', brief.calendar.deadlines);
  brief.calendar.deadlines.forEach((_, i) => {
    explain(`calendar.deadlines.${i}`, null);
  });
  annotate(doc, ['language'], words.detected);
  explain('horizonMonths', brief.horizonMonths);
  return doc.toString({ lineWidth: 0 });
}

/** The reader as the offline model uses it: the Brief, and brief.read.yaml for the run folder. */
export function readBriefWithFiles(text: string, options: ReadBriefOptions = {}) {
  const reading = readBriefWithSources(text, options);
  return { brief: reading.brief, files: [{ name: READING_FILE, content: renderReading(reading) }] };
}
