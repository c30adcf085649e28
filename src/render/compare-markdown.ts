// compare.md: each what-if scenario against the current roadmap, and what would unlock the next actions.
import type { CompareResult } from '../arbiter/compare-types.js';
import type { Roadmap } from '../arbiter/index.js';
import { type Block, type RenderDocument, section } from './document.js';
import { formatMoney, formatNumber } from './format.js';
import { writeMarkdown } from './markdown-writer.js';
import { steeringLabelsFor } from './steering-labels.js';

export function renderCompareMarkdown(roadmap: Roadmap, result: CompareResult): string {
  const l = steeringLabelsFor(roadmap.language);
  const lang = roadmap.language;
  const money = (value: number) => formatMoney(value, roadmap.currency, lang);
  const names = (moves: { id: string; title: string }[]) =>
    moves.length === 0 ? l.nothing : moves.map((m) => `${m.id} · ${m.title}`).join(' ; ');
  const table: Block = {
    kind: 'table',
    columns: [
      { title: l.scenario, numeric: false },
      { title: l.adds, numeric: false },
      { title: l.removes, numeric: false },
      { title: l.colValue, numeric: false },
    ],
    rows: [
      [
        lang === 'fr' ? 'actuel' : 'current',
        '—',
        '—',
        l.scheduledCount(result.current.scheduled, money(result.current.plannedSpend)),
      ],
      ...result.scenarios.map((s) => [
        s.label,
        names(s.added),
        names(s.removed),
        l.scheduledCount(s.scheduled, money(s.plannedSpend)),
      ]),
    ],
  };
  const unlock: Block =
    result.unlock.length === 0
      ? { kind: 'paragraph', text: l.unlockNone }
      : {
          kind: 'list',
          items: result.unlock.map((u) => {
            const needs = [
              u.budget === null ? null : `+${money(u.budget)}`,
              u.capacityDaysPerMonth === null
                ? null
                : lang === 'fr'
                  ? `+${formatNumber(u.capacityDaysPerMonth, lang)} jours-personne par mois`
                  : `+${formatNumber(u.capacityDaysPerMonth, lang)} person-days a month`,
            ]
              .filter(Boolean)
              .join(lang === 'fr' ? ' et ' : ' and ');
            const verb = lang === 'fr' ? 'débloque' : 'unlocks';
            const unsure = u.verified
              ? ''
              : lang === 'fr'
                ? ' (au moins ; d’autres limites jouent aussi)'
                : ' (at least; other limits also hold it)';
            return `${needs} ${verb} ${u.id} · ${u.title}${unsure}`;
          }),
        };
  const doc: RenderDocument = {
    language: lang,
    colon: lang === 'fr' ? ' : ' : ': ',
    title: l.compareTitle(roadmap.company),
    banner: null,
    sections: [
      section('scenarios', l.scenario, [{ kind: 'paragraph', text: l.compareIntro }, table]),
      section(
        'unlock',
        l.unlock,
        result.unlock.length === 0 ? [unlock] : [{ kind: 'paragraph', text: l.unlockIntro }, unlock],
      ),
    ],
    footer: l.footer,
  };
  return writeMarkdown(doc);
}
