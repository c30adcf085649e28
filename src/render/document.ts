// The neutral document both writers draw: plain-text blocks only, so escaping happens in exactly one place per format.

/** A label and its value, printed as "**label**: value" in Markdown and as a definition list in HTML. */
export interface Field {
  label: string;
  value: string;
}

export interface TableColumn {
  title: string;
  /** Right-aligned (amounts, days, scores). */
  numeric: boolean;
}

/** One bar of the schedule: an action inside its horizon. */
export interface ScheduleItem {
  id: string;
  title: string;
  /** The action's own months (offsets from the plan's start, end excluded); absent, it spans its lane. */
  startMonth?: number;
  endMonth?: number;
}

export interface ScheduleLane {
  horizonId: string;
  label: string;
  startMonth: number;
  endMonth: number;
  items: ScheduleItem[];
}

export interface Schedule {
  title: string;
  /** The last month the plan reaches: the width of the time axis. */
  totalMonths: number;
  /** Month 1 as `YYYY-MM`, so the axis shows calendar months; null or absent, months are relative. */
  start?: string | null;
  lanes: ScheduleLane[];
}

/**
 * Every string in a block is plain text from wherever it came (labels, brief, model): writers escape all of it,
 * and no block carries markup, so nothing a model writes can become a tag or a link.
 */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'note'; tone: 'info' | 'warning'; text: string }
  | { kind: 'fields'; items: Field[] }
  | { kind: 'list'; items: string[] }
  /** Ordered items: questions ranked by importance. */
  | { kind: 'numbered'; items: string[] }
  /** Things to do and tick off, in order. */
  | { kind: 'checklist'; items: string[] }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][] }
  | { kind: 'schedule'; schedule: Schedule };

export interface Section {
  /** Stable anchor chosen by code, never by input (HTML ids). */
  id: string;
  title: string;
  blocks: Block[];
  children: Section[];
}

export interface RenderDocument {
  language: 'fr' | 'en';
  /** Between a field's label and its value: French sets a space before the colon. */
  colon: string;
  title: string;
  /** Shown right under the title: the offline/replay label, when there is one. */
  banner: string | null;
  /** Short paragraphs under the banner, before the first section: whom the document is for. */
  lead?: string[];
  sections: Section[];
  /** One paragraph after the last section, before the footer: where the rest of the plan is. */
  closing?: string;
  footer: string;
}

export function section(id: string, title: string, blocks: Block[], children: Section[] = []): Section {
  return { id, title, blocks, children };
}
