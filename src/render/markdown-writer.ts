// Writes a neutral document as Markdown that pastes cleanly into Notion or Google Docs.
import type { Block, RenderDocument, Section } from './document.js';
import { renderGantt } from './gantt.js';
import { escapeMarkdownInline as md } from './markdown-escape.js';

function table(columns: Extract<Block, { kind: 'table' }>['columns'], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const header = line(columns.map((c) => md(c.title)));
  const rule = line(columns.map((c) => (c.numeric ? '---:' : '---')));
  // A row shorter than the header is padded, a longer one cut: a table must stay rectangular to stay a table.
  const body = rows.map((row) => line(columns.map((_, i) => md(row[i] ?? ''))));
  return [header, rule, ...body].join('\n');
}

function block(b: Block, colon: string): string {
  switch (b.kind) {
    case 'paragraph':
      return md(b.text);
    case 'note':
      return `> **${md(b.text)}**`;
    case 'fields':
      return b.items.map((f) => `- **${md(f.label)}**${colon}${md(f.value)}`).join('\n');
    case 'list':
      return b.items.map((item) => `- ${md(item)}`).join('\n');
    case 'numbered':
      return b.items.map((item, i) => `${i + 1}. ${md(item)}`).join('\n');
    case 'checklist':
      return b.items.map((item) => `- [ ] ${md(item)}`).join('\n');
    case 'table':
      return table(b.columns, b.rows);
    case 'schedule':
      return renderGantt(b.schedule);
  }
}

function sectionText(s: Section, depth: number, colon: string): string[] {
  const level = Math.min(depth + 2, 6);
  const parts = [`${'#'.repeat(level)} ${md(s.title)}`];
  for (const b of s.blocks) {
    const text = block(b, colon);
    if (text !== '') parts.push(text);
  }
  for (const child of s.children) parts.push(...sectionText(child, depth + 1, colon));
  return parts;
}

export function writeMarkdown(doc: RenderDocument): string {
  const { colon } = doc;
  const parts = [`# ${md(doc.title)}`];
  if (doc.banner !== null) parts.push(block({ kind: 'note', tone: 'warning', text: doc.banner }, colon));
  for (const text of doc.lead ?? []) parts.push(block({ kind: 'paragraph', text }, colon));
  for (const s of doc.sections) parts.push(...sectionText(s, 0, colon));
  if (doc.closing !== undefined) parts.push(block({ kind: 'paragraph', text: doc.closing }, colon));
  parts.push('---', `*${md(doc.footer)}*`);
  return `${parts.join('\n\n')}\n`;
}
