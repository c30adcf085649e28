// "What you already have, and what the plan does with it": one line per channel and asset the brief names.
import { figureOf, formatGrouped } from '../arbiter/reason-facts.js';
import type { ExistingItem, ScheduledAction } from '../arbiter/roadmap.js';
import { type Section, section } from './document.js';
import { actionName, type Context, monthsRange, notNowReason } from './roadmap-text.js';

/** "Newsletter (14 000 contacts, en sommeil)": the brief's own name and figures, nothing added. */
function itemName(ctx: Context, item: ExistingItem): string {
  const format = (v: number) => formatGrouped(v, ctx.language === 'fr' ? 'fr' : 'en');
  // "page Facebook 5 200 abonnés" states its own figure (a count in thousands; "The 200 OK" or "B2B2C" do not): one
  // read beside it on the same line is another item's.
  const stated = /\d{1,3}(?:[\s\u202f.,]\d{3})+|\d{4,}/u.test(item.name) ? [] : item.figures;
  const figures = stated.map((f) =>
    figureOf({ name: item.name, size: f.size, unit: f.unit, dormant: item.dormant }, format).slice(2, -1),
  );
  const notes = [...figures, ...(item.dormant ? [ctx.labels.existingDormant] : [])];
  return notes.length === 0 ? item.name : `${item.name} (${notes.join(', ')})`;
}

/** What the plan does with one item: its scheduled actions with their horizon, else the first not-now reason. */
function fate(ctx: Context, item: ExistingItem): string {
  const { roadmap, labels } = ctx;
  const ids = new Set(item.actionIds);
  const scheduled: string[] = [];
  for (const h of roadmap.horizons) {
    for (const a of h.actions) {
      if (ids.has(a.id)) scheduled.push(`${actionName(ctx, a)} (${h.label}, ${when(ctx, a)})`);
    }
  }
  if (scheduled.length > 0) return labels.existingBuilds(scheduled.join(' ; '));
  const deferred = roadmap.deferred.find((a) => ids.has(a.id));
  if (deferred) return labels.existingDeferred(actionName(ctx, deferred), notNowReason(ctx, deferred));
  const excluded = roadmap.excluded.find((a) => ids.has(a.id));
  if (excluded) return labels.existingExcluded(actionName(ctx, excluded), notNowReason(ctx, excluded));
  return labels.existingKept;
}

/** The action's own months when the plan is dated, else its horizon's. */
function when(ctx: Context, a: ScheduledAction): string {
  return monthsRange(ctx, { startMonth: a.startMonth, endMonth: a.endMonth });
}

/** Null when the brief names no channel and no asset: the section would only say so. */
export function existingSection(ctx: Context): Section | null {
  const items = ctx.roadmap.existing ?? [];
  if (items.length === 0) return null;
  return section('existing', ctx.labels.existingTitle, [
    { kind: 'paragraph', text: ctx.labels.existingIntro },
    { kind: 'list', items: items.map((item) => `${itemName(ctx, item)} — ${fate(ctx, item)}`) },
  ]);
}

/** The memo's one line: how many of the named items the plan's scheduled actions build on. */
export function existingMemoLine(ctx: Context): string | null {
  const items = ctx.roadmap.existing ?? [];
  if (items.length === 0) return null;
  const scheduled = new Set(ctx.roadmap.horizons.flatMap((h) => h.actions.map((a) => a.id)));
  const built = items.filter((i) => i.actionIds.some((id) => scheduled.has(id))).length;
  return ctx.labels.existingMemo(built, items.length);
}
