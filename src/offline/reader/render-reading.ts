// brief.read.yaml: the offline reading as a structured brief a person can correct and draft again from. Every field
// carries, as a YAML comment in the brief's language, the brief's words it came from (from: "…") or that it is unknown.
import { Document, isMap, isSeq, type Node } from 'yaml';
import type { Language } from '../../../agents/brief.js';
import { type Note, type ReadBriefOptions, type Reading, readBriefWithSources } from './read-brief.js';

export const READING_FILE = 'brief.read.yaml';

interface Words {
  readonly header: readonly string[];
  readonly unknown: string;
  readonly inferred: string;
  readonly detected: string;
  readonly notes: Readonly<Record<Note, string>>;
  readonly months: readonly string[];
}

const WORDS: Readonly<Record<Language, Words>> = {
  fr: {
    header: [
      'Ce que Boussole a lu dans le brief, sans modèle de langage.',
      'Chaque champ indique les mots du brief dont il vient (from: "…") ou qu\'il est inconnu.',
      'Corrigez ou complétez les valeurs (null = inconnu), puis relancez : boussole draft brief.read.yaml',
    ],
    unknown: 'inconnu : le brief ne le dit pas',
    inferred: 'déduit de ce que le brief dit de qui écrit et de qui fait le marketing : à vérifier',
    detected: 'langue détectée dans le texte',
    notes: {
      described_name: "le brief ne nomme pas l'entreprise : nom décrit avec ses mots",
      unnamed: "inconnu : le brief ne nomme pas l'entreprise ni ne dit ce qu'elle est",
      default_horizon: "le brief ne donne pas d'horizon : 12 mois par défaut",
      goal_horizon:
        "le brief ne donne pas d'horizon au plan : celui de l'objectif le plus lointain (24 mois au plus)",
      period_is_horizon: "période du budget non précisée : lue comme l'horizon du plan",
      no_budget_stated:
        "inconnu : le brief dit qu'il n'y a pas de budget chiffré, les coûts restent sans plafond",
      full_time_assumed: 'heures non précisées : chaque personne comptée à temps plein',
      from_json: 'champ écrit tel quel dans le JSON du brief',
    },
    months: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
  },
  en: {
    header: [
      'What Boussole read in the brief, without a language model.',
      'Each field gives the brief\'s words it came from (from: "…") or says it is unknown.',
      'Correct or complete the values (null = unknown), then draft again: boussole draft brief.read.yaml',
    ],
    unknown: 'unknown: the brief does not say',
    inferred: 'inferred from what the brief says about who writes and who does the marketing: check it',
    detected: 'language detected in the text',
    notes: {
      described_name: 'the brief names no company: a name describing it, in its words',
      unnamed: 'unknown: the brief neither names the company nor says what it is',
      default_horizon: 'the brief gives no horizon: 12 months by default',
      goal_horizon: "the brief gives the plan no horizon: its furthest goal's (24 months at most)",
      period_is_horizon: "the budget's period is not stated: read as the plan's horizon",
      no_budget_stated: 'unknown: the brief says there is no set budget, so costs stay uncapped',
      full_time_assumed: 'hours not stated: each person counted full-time',
      from_json: "written as is in the brief's JSON",
    },
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
  },
};

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
  const words = WORDS[brief.language];
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
