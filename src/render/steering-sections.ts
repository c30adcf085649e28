// The roadmap's steering sections: what changed since the last version, the results review, decisions, sanity checks.
import type { Roadmap } from '../arbiter/index.js';
import { steeringPhrasesFor } from '../arbiter/index.js';
import { type Block, type Section, section } from './document.js';
import { formatMoney, formatNumber } from './format.js';
import { steeringLabelsFor } from './steering-labels.js';

export function changesSection(roadmap: Roadmap, version: number | null, archived: number | null): Section {
  const l = steeringLabelsFor(roadmap.language);
  const blocks: Block[] = [];
  if (version !== null) blocks.push({ kind: 'paragraph', text: l.changesIntro(version, archived) });
  if (roadmap.changes.length === 0) blocks.push({ kind: 'paragraph', text: l.noChanges });
  else
    blocks.push({
      kind: 'table',
      columns: [
        { title: l.colKind, numeric: false },
        { title: l.colAction, numeric: false },
        { title: l.colFromTo, numeric: false },
        { title: l.colWhy, numeric: false },
      ],
      rows: roadmap.changes.map((c) => [
        l.change[c.kind],
        c.title ? `${c.id} · ${c.title}` : c.id,
        `${l.where[c.from ?? 'none']} → ${l.where[c.to ?? 'none']}`,
        c.reason,
      ]),
    });
  return section('changes', l.changes, blocks);
}

export function reviewSection(roadmap: Roadmap): Section | null {
  const review = roadmap.review;
  if (review === null) return null;
  const l = steeringLabelsFor(roadmap.language);
  const lang = roadmap.language;
  const money = (value: number) => formatMoney(value, roadmap.currency, lang);
  const month = steeringPhrasesFor(lang).monthName(review.asOf);
  const left = roadmap.constraints.budgetAvailable;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: l.reviewIntro(month, money(review.spentToDate), left === null ? null : money(left)),
    },
    {
      kind: 'table',
      columns: [
        { title: l.colAction, numeric: false },
        { title: l.colStatus, numeric: false },
        { title: l.colValue, numeric: true },
        { title: l.colSpend, numeric: true },
        { title: l.colWhy, numeric: false },
      ],
      rows: review.actions.map((r) => [
        `${r.id} · ${r.title}`,
        l.status[r.status],
        r.value === null ? '—' : `${formatNumber(r.value, lang)}${r.unit ? ` ${r.unit}` : ''}`,
        money(r.spend),
        [r.message, ...r.notes].join(' '),
      ]),
    },
  ];
  if (review.overPerformers.length > 0) {
    blocks.push({ kind: 'paragraph', text: l.overPerformers });
    blocks.push({ kind: 'list', items: review.overPerformers.map((o) => o.message) });
  }
  return section('review', l.review, blocks);
}

export function decisionsSection(roadmap: Roadmap): Section | null {
  if (roadmap.decisions.length === 0) return null;
  const l = steeringLabelsFor(roadmap.language);
  return section('decisions', l.decisions, [
    {
      kind: 'list',
      items: roadmap.decisions.map(
        (d) => `${d.message}${d.why ? ` (${d.why})` : ''} — ${l.decisionState[d.status]}`,
      ),
    },
  ]);
}

export function checksSection(roadmap: Roadmap): Section | null {
  if (roadmap.checks.length === 0) return null;
  const l = steeringLabelsFor(roadmap.language);
  return section('checks', l.checks, [
    { kind: 'paragraph', text: l.checksIntro },
    {
      kind: 'list',
      // The source of each yardstick is in the technical appendix: here, what it means for the plan.
      items: roadmap.checks.map((c) => c.message),
    },
  ]);
}

/** The sections roadmap.md and report.html show after the plan; empty on a first draft with no decision or finding. */
export function steeringSections(roadmap: Roadmap): Section[] {
  const sections = [
    roadmap.changes.length > 0 ? changesSection(roadmap, null, null) : null,
    reviewSection(roadmap),
    decisionsSection(roadmap),
    checksSection(roadmap),
  ];
  return sections.filter((s): s is Section => s !== null);
}
