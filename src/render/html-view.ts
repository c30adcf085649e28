// Turns a neutral document into the plain data the HTML template iterates over: every key present, no markup.
import type { Block, Field, RenderDocument, Section, TableColumn } from './document.js';
import { labelsFor } from './labels.js';
import { layoutTimeline, type TimelineView } from './timeline-svg.js';

export interface HtmlCell {
  text: string;
  numeric: boolean;
}

/** Exactly one member is non-null; the template picks it with `{{#if}}` (all keys exist, as `strict` mode needs). */
export interface HtmlBlock {
  paragraph: string | null;
  note: string | null;
  fields: Field[] | null;
  list: string[] | null;
  numbered: string[] | null;
  checklist: string[] | null;
  table: { columns: TableColumn[]; rows: HtmlCell[][] } | null;
  timeline: TimelineView | null;
}

export interface HtmlSection {
  id: string;
  title: string;
  /** 2 to 6: the heading level. */
  level: number;
  blocks: HtmlBlock[];
  children: HtmlSection[];
}

export interface ReportView {
  language: string;
  title: string;
  banner: string | null;
  lead: string[];
  contents: { id: string; title: string }[];
  sections: HtmlSection[];
  footer: string;
}

const EMPTY: HtmlBlock = {
  paragraph: null,
  note: null,
  fields: null,
  list: null,
  numbered: null,
  checklist: null,
  table: null,
  timeline: null,
};

function htmlBlock(b: Block, monthTick: (month: number) => string, language: 'fr' | 'en'): HtmlBlock {
  switch (b.kind) {
    case 'paragraph':
      return { ...EMPTY, paragraph: b.text };
    case 'note':
      return { ...EMPTY, note: b.text };
    case 'fields':
      return { ...EMPTY, fields: b.items };
    case 'list':
      return { ...EMPTY, list: b.items };
    case 'numbered':
      return { ...EMPTY, numbered: b.items };
    case 'checklist':
      return { ...EMPTY, checklist: b.items };
    case 'table':
      return {
        ...EMPTY,
        table: {
          columns: b.columns,
          rows: b.rows.map((row) => b.columns.map((c, i) => ({ text: row[i] ?? '', numeric: c.numeric }))),
        },
      };
    case 'schedule':
      return { ...EMPTY, timeline: layoutTimeline(b.schedule, monthTick, language) };
  }
}

function htmlSection(
  section: Section,
  depth: number,
  monthTick: (month: number) => string,
  language: 'fr' | 'en',
): HtmlSection {
  return {
    id: section.id,
    title: section.title,
    level: Math.min(depth + 2, 6),
    blocks: section.blocks.map((b) => htmlBlock(b, monthTick, language)),
    children: section.children.map((child) => htmlSection(child, depth + 1, monthTick, language)),
  };
}

export function reportView(doc: RenderDocument): ReportView {
  const { monthTick } = labelsFor(doc.language);
  return {
    language: doc.language,
    title: doc.title,
    banner: doc.banner,
    lead: doc.lead ?? [],
    contents: doc.sections.map((s) => ({ id: s.id, title: s.title })),
    sections: doc.sections.map((s) => htmlSection(s, 0, monthTick, doc.language)),
    footer: doc.footer,
  };
}
