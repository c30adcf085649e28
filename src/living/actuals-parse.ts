// Reads an actuals file (CSV with `,` `;` or tab, YAML or JSON) into validated rows, or refuses it listing every bad
// row. Nothing is written by this module: a refused file changes nothing.
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { type ActualRow, addMonths, isMonth, monthOffset } from '../arbiter/index.js';
import { stripAccents } from '../language/normalise.js';
import { ActualsError, type BadRow } from './errors.js';

export type ActualsFormat = 'csv' | 'yaml' | 'json';

export interface ActualsContext {
  /** The plan's first month. */
  start: string;
  horizonMonths: number;
  /** Action ids the roadmap knows (scheduled, not now, left out). */
  knownIds: readonly string[];
  /** The current month, when the caller knows it: later months are refused as typos. */
  latestMonth?: string | null;
  language: 'fr' | 'en';
}

const COLUMNS: Record<string, keyof RawRow> = {
  month: 'month',
  mois: 'month',
  action: 'action',
  id: 'action',
  value: 'value',
  valeur: 'value',
  resultat: 'value',
  result: 'value',
  spend: 'spend',
  depense: 'spend',
  depenses: 'spend',
  cout: 'spend',
  note: 'note',
  notes: 'note',
  commentaire: 'note',
  comment: 'note',
};

interface RawRow {
  month: unknown;
  action: unknown;
  value: unknown;
  spend: unknown;
  note: unknown;
}

/** A column name as a key of COLUMNS: "Dépense (€)" → "depense". */
const columnKey = (name: string) =>
  stripAccents(name)
    .toLowerCase()
    .replace(/[^a-z]/g, '');

const SAY = {
  fr: {
    empty:
      'Le fichier de résultats ne contient aucune ligne : une ligne par action et par mois (mois,action,valeur,dépense).',
    notTable:
      'Le fichier de résultats doit être une liste de lignes mois, action, valeur, dépense (CSV, YAML ou JSON).',
    unreadable: (detail: string) => `Le fichier de résultats est illisible : ${detail}`,
    missingColumn: (name: string) =>
      `Colonne « ${name} » absente : l'en-tête doit être mois,action,valeur,dépense[,note].`,
    badRows: (n: number) => `${n} ligne(s) refusée(s) dans les résultats, rien n'a été écrit :`,
    month: (v: string) => `mois « ${v} » : attendu AAAA-MM, par ex. 2027-03`,
    before: (v: string, start: string) => `mois ${v} avant le début du plan (${start})`,
    after: (v: string, end: string) => `mois ${v} après la fin du plan (${end})`,
    future: (v: string, latest: string) => `mois ${v} pas encore arrivé (nous sommes en ${latest})`,
    action: (v: string, known: string) => `action « ${v} » inconnue (actions : ${known})`,
    value: (v: string) => `valeur « ${v} » : un nombre positif ou nul est attendu`,
    spend: (v: string) => `dépense « ${v} » : un montant positif ou nul est attendu`,
    twice: (first: number) => `même action et même mois qu'à la ligne ${first}`,
    line: 'ligne',
  },
  en: {
    empty: 'The actuals file holds no row: one row per action and month (month,action,value,spend).',
    notTable: 'The actuals file must be a list of rows month, action, value, spend (CSV, YAML or JSON).',
    unreadable: (detail: string) => `The actuals file cannot be read: ${detail}`,
    missingColumn: (name: string) =>
      `Column "${name}" is missing: the header must be month,action,value,spend[,note].`,
    badRows: (n: number) => `${n} row(s) refused in the actuals, nothing was written:`,
    month: (v: string) => `month "${v}": expected YYYY-MM, e.g. 2027-03`,
    before: (v: string, start: string) => `month ${v} is before the plan's start (${start})`,
    after: (v: string, end: string) => `month ${v} is after the plan's end (${end})`,
    future: (v: string, latest: string) => `month ${v} has not happened yet (it is ${latest})`,
    action: (v: string, known: string) => `unknown action "${v}" (actions: ${known})`,
    value: (v: string) => `value "${v}": expected a number, zero or more`,
    spend: (v: string) => `spend "${v}": expected an amount, zero or more`,
    twice: (first: number) => `same action and month as row ${first}`,
    line: 'row',
  },
} as const;

/** "1 200,50", "1200.5", "€300", "1,200.50" → numbers; anything else → null. */
export function readAmount(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  let text = raw.replace(/[\s\u00a0\u202f€$£]|EUR|USD|GBP|CHF|CAD/gi, '');
  if (text === '') return null;
  if (text.includes(',') && text.includes('.')) text = text.replace(/,/g, '');
  else if (/^-?\d{1,3}(,\d{3})+$/.test(text)) text = text.replace(/,/g, '');
  else text = text.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

const show = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** The header line decides: `;` (French spreadsheets, where `,` is the decimal mark), tab, else `,`. */
function delimiterOf(text: string): string {
  const header =
    text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .find((line) => line.trim() !== '') ?? '';
  if (header.includes(';')) return ';';
  if (header.includes('\t')) return '\t';
  return ',';
}

function rowsFromCsv(text: string, say: (typeof SAY)['fr' | 'en']): { rows: RawRow[]; lines: number[] } {
  let records: string[][];
  try {
    records = parseCsv(text, {
      bom: true,
      delimiter: delimiterOf(text),
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    throw new ActualsError(say.unreadable(error instanceof Error ? error.message : String(error)));
  }
  const [header, ...body] = records;
  if (!header) throw new ActualsError(say.empty);
  const keys = header.map((name) => COLUMNS[columnKey(name)] ?? null);
  for (const [name, key] of [
    ['month', 'month'],
    ['action', 'action'],
    ['value', 'value'],
  ] as const) {
    if (!keys.includes(key)) throw new ActualsError(say.missingColumn(name));
  }
  const rows = body.map((cells) => {
    const row: RawRow = {
      month: undefined,
      action: undefined,
      value: undefined,
      spend: undefined,
      note: undefined,
    };
    keys.forEach((key, i) => {
      if (key !== null) row[key] = cells[i];
    });
    return row;
  });
  return { rows, lines: body.map((_, i) => i + 2) };
}

function rowsFromData(data: unknown, say: (typeof SAY)['fr' | 'en']): { rows: RawRow[]; lines: number[] } {
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null
      ? ((data as Record<string, unknown>).actuals ??
        (data as Record<string, unknown>).rows ??
        (data as Record<string, unknown>).resultats)
      : undefined;
  if (!Array.isArray(list)) throw new ActualsError(say.notTable);
  const rows = list.map((item) => {
    const row: RawRow = {
      month: undefined,
      action: undefined,
      value: undefined,
      spend: undefined,
      note: undefined,
    };
    if (typeof item === 'object' && item !== null) {
      for (const [name, value] of Object.entries(item)) {
        const key = COLUMNS[columnKey(name)];
        if (key) row[key] = value;
      }
    }
    return row;
  });
  return { rows, lines: rows.map((_, i) => i + 1) };
}

export function parseActuals(text: string, format: ActualsFormat, context: ActualsContext): ActualRow[] {
  const say = SAY[context.language];
  let table: { rows: RawRow[]; lines: number[] };
  if (format === 'csv') table = rowsFromCsv(text, say);
  else {
    let data: unknown;
    try {
      data = format === 'json' ? JSON.parse(text) : parseYaml(text);
    } catch (error) {
      throw new ActualsError(say.unreadable(error instanceof Error ? error.message : String(error)));
    }
    table = rowsFromData(data, say);
  }
  if (table.rows.length === 0) throw new ActualsError(say.empty);

  const known = new Map(context.knownIds.map((id) => [id.toUpperCase(), id]));
  const knownList = context.knownIds.slice(0, 12).join(', ') + (context.knownIds.length > 12 ? '…' : '');
  const end = addMonths(context.start, context.horizonMonths - 1);
  const seen = new Map<string, number>();
  const bad: BadRow[] = [];
  const rows: ActualRow[] = [];
  table.rows.forEach((raw, index) => {
    const line = table.lines[index]!;
    const problems: string[] = [];
    const month = show(raw.month).trim();
    if (!isMonth(month)) problems.push(say.month(month));
    else if (monthOffset(context.start, month) < 0) problems.push(say.before(month, context.start));
    else if (monthOffset(context.start, month) >= context.horizonMonths) problems.push(say.after(month, end));
    else if (context.latestMonth && monthOffset(context.latestMonth, month) > 0)
      problems.push(say.future(month, context.latestMonth));
    const actionId = known.get(show(raw.action).trim().toUpperCase());
    if (actionId === undefined) problems.push(say.action(show(raw.action), knownList));
    const value = readAmount(raw.value);
    if (value === null || value < 0) problems.push(say.value(show(raw.value)));
    const spendText = show(raw.spend).trim();
    const spend = spendText === '' ? 0 : readAmount(raw.spend);
    if (spend === null || spend < 0) problems.push(say.spend(spendText));
    if (problems.length === 0) {
      const key = `${month}|${actionId}`;
      const first = seen.get(key);
      if (first !== undefined) problems.push(say.twice(first));
      else seen.set(key, line);
    }
    if (problems.length > 0) {
      bad.push({
        row: line,
        text: [raw.month, raw.action, raw.value, raw.spend, raw.note].map(show).join(','),
        problems,
      });
      return;
    }
    const note = show(raw.note).trim();
    rows.push({ month, actionId: actionId!, value: value!, spend: spend!, note: note === '' ? null : note });
  });
  if (bad.length > 0) {
    const detail = bad.map((b) => `  ${say.line} ${b.row} (${b.text}): ${b.problems.join('; ')}`).join('\n');
    throw new ActualsError(`${say.badRows(bad.length)}\n${detail}`, bad);
  }
  return rows;
}

/** Guesses the format from a file name, then from the text. */
export function actualsFormatOf(name: string, text: string): ActualsFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  const first = text.trimStart();
  if (first.startsWith('[') || first.startsWith('{')) return 'json';
  if (/^(-\s|actuals:|rows:)/m.test(first.split('\n')[0] ?? '')) return 'yaml';
  return 'csv';
}
