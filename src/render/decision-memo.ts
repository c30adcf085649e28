// The executive's one-page decision memo: the three bets, where the money goes, what is not done, five KPIs to watch.
import type { Horizon, ScheduledAction } from '../arbiter/roadmap.js';
import { compareText } from '../arbiter/text.js';
import { howOf } from './action-how.js';
import type { Block, Section } from './document.js';
import { section } from './document.js';
import { existingMemoLine } from './existing-section.js';
import { formatNumber, formatPercent } from './format.js';
import { roadmapFigures } from './roadmap-figures.js';
import {
  actionName,
  budgetKnown,
  type Context,
  costText,
  kpiTarget,
  money,
  monthsRange,
  notNowReason,
  recurrence,
  spendText,
} from './roadmap-text.js';

interface Placed {
  action: ScheduledAction;
  horizon: Horizon;
  order: number;
}

function placed(ctx: Context): Placed[] {
  return ctx.roadmap.horizons.flatMap((horizon, order) =>
    horizon.actions.map((action) => ({ action, horizon, order })),
  );
}

const when = (ctx: Context, p: Placed) => {
  const rhythm = recurrence(ctx, p.action);
  return `${p.horizon.label} (${monthsRange(ctx, p.horizon)})${rhythm === null ? '' : ctx.words.thenRecurring(rhythm)}`;
};

/** Best score first, ties by id: the one order every pick in the memo uses. */
const byScore = (list: Placed[]) =>
  [...list].sort((a, b) => b.action.score - a.action.score || compareText(a.action.id, b.action.id));

/** Each goal's best action first (a goal with no bet is a goal the memo forgets), then the best of the rest; `count` at most. */
function pickPerGoal(ctx: Context, candidates: Placed[], count: number): Placed[] {
  const ranked = byScore(candidates);
  const chosen: Placed[] = [];
  for (const goal of ctx.roadmap.goals) {
    const best = ranked.find((p) => p.action.goalIds.includes(goal.goalId) && !chosen.includes(p));
    if (best && chosen.length < count) chosen.push(best);
  }
  for (const p of ranked) if (chosen.length < count && !chosen.includes(p)) chosen.push(p);
  return chosen.sort((a, b) => a.order - b.order || b.action.score - a.action.score);
}

/** The bets: each goal's best action, then the best-scored, three at most, shown in the order they start. */
function betsSection(ctx: Context, all: Placed[]): Section {
  const { labels, words } = ctx;
  const bets = pickPerGoal(ctx, all, 3);
  const block: Block =
    bets.length === 0
      ? { kind: 'paragraph', text: labels.emptyHorizon }
      : {
          kind: 'table',
          columns: [
            { title: labels.colAction, numeric: false },
            { title: words.colHow, numeric: false },
            { title: words.colWhen, numeric: false },
            { title: labels.colCost, numeric: true },
            { title: labels.colKpiTarget, numeric: false },
            { title: labels.colWhyNow, numeric: false },
          ],
          rows: bets.map((p) => [
            actionName(ctx, p.action),
            // The rhythm is in the "when" cell next to it: the how alone here.
            howOf(p.action.description) || '—',
            when(ctx, p),
            costText(ctx, p.action.cost),
            kpiTarget(ctx, p.action),
            p.action.rationale,
          ]),
        };
  return section('memo-bets', words.bets, [block]);
}

const CHANNELS_SHOWN = 5;

/** The largest channels, the rest summed on one line, so the memo stays one page. */
function shownChannels(
  rows: { name: string; spend: number }[],
  other: (count: number) => string,
): { name: string; spend: number }[] {
  if (rows.length <= CHANNELS_SHOWN + 1) return rows;
  const rest = rows.slice(CHANNELS_SHOWN);
  return [
    ...rows.slice(0, CHANNELS_SHOWN),
    { name: other(rest.length), spend: rest.reduce((sum, row) => sum + row.spend, 0) },
  ];
}

/** Spend by channel, largest first; one spelling per channel (case and spaces ignored). */
function budgetSection(ctx: Context, all: Placed[]): Section {
  const { labels, words, roadmap, language } = ctx;
  const byChannel = new Map<string, { name: string; spend: number }>();
  for (const { action } of all) {
    if (!(action.cost > 0)) continue;
    const name = action.channel.trim() === '' ? words.noChannel : action.channel.trim();
    const key = name.toLowerCase().replace(/\s+/g, ' ');
    const entry = byChannel.get(key) ?? { name, spend: 0 };
    entry.spend += action.cost;
    byChannel.set(key, entry);
  }
  const rows = [...byChannel.values()].sort((a, b) => b.spend - a.spend || compareText(a.name, b.name));
  const total = rows.reduce((sum, row) => sum + row.spend, 0);
  const blocks: Block[] = [];
  if (rows.length === 0) {
    blocks.push({ kind: 'paragraph', text: words.budgetSplitNone });
  } else {
    if (!budgetKnown(ctx))
      blocks.push({ kind: 'paragraph', text: words.budgetSplitUnknown(money(ctx, total)) });
    blocks.push({
      kind: 'table',
      columns: [
        { title: labels.colChannel, numeric: false },
        { title: labels.colCost, numeric: true },
        { title: words.colShare, numeric: true },
      ],
      rows: shownChannels(rows, words.otherChannels).map((row) => [
        row.name,
        money(ctx, row.spend),
        formatPercent(row.spend / total, language),
      ]),
    });
  }
  // The reserve and what the brief already committed share one paragraph: the memo stays one page.
  const notes: string[] = [];
  const available = roadmapFigures(roadmap).budget.available;
  if (available !== null && available > total)
    notes.push(words.budgetLeft(money(ctx, available - total), money(ctx, available)));
  const committed = roadmap.constraints.committedSpend ?? 0;
  if (committed > 0) notes.push(words.committedSpend(money(ctx, committed)));
  if (notes.length > 0) blocks.push({ kind: 'paragraph', text: notes.join(' ') });
  return section('memo-budget', words.budgetSplit, blocks);
}

const NOT_DOING_SHOWN = 5;

const CONSTRAINTS_SHOWN = 3;

/** A constraint that says no ("no paid ads", "pas de salons", "we don't do cold calls"), in either language. */
const REFUSAL =
  /^(?:(?:we|i|nous|je|on)\s+)?(?:(?:no|not|never|nothing|avoid|exclude|without|don['’]t|do not|won['’]t|will not|cannot|can['’]t|pas|aucun|aucune|jamais|sans|surtout pas|éviter|exclure|hors|ni|ne)(?=[\s,.;:!]|$)|n['’]\p{L})/iu;

const isRefusal = (constraint: string) => REFUSAL.test(constraint.trim());

/**
 * Left out first (decided against), then deferred (no room), each with its reason in one line; then what the brief
 * itself rules out (its constraints), since a founder's "no" is a decision the plan honours too.
 */
function notDoingSection(ctx: Context): Section {
  const { words, roadmap } = ctx;
  const all = [...roadmap.excluded, ...roadmap.deferred];
  const items = all
    .slice(0, NOT_DOING_SHOWN)
    .map(
      (a) =>
        `${actionName(ctx, a)} — ${ctx.labels.placement[a.code] ?? a.code}${ctx.labels.colon}${notNowReason(ctx, a)}`,
    );
  // Only the brief's own "no": a limit such as "sales cycle is 2–4 months" is a fact to plan with, not an exclusion.
  const constraints = (ctx.brief?.constraints ?? [])
    .filter((c) => c.trim() !== '' && isRefusal(c))
    .slice(0, CONSTRAINTS_SHOWN);
  items.push(...constraints.map((c) => `${words.ruledOutByBrief}${ctx.labels.colon}${c}`));
  const blocks: Block[] =
    items.length === 0 ? [{ kind: 'paragraph', text: words.notDoingNothing }] : [{ kind: 'list', items }];
  if (all.length > NOT_DOING_SHOWN)
    blocks.push({ kind: 'paragraph', text: words.notDoingMore(all.length - NOT_DOING_SHOWN) });
  return section('memo-not-doing', words.notDoing, blocks);
}

/** One KPI per goal first (its best action's), then by score, five at most, in the order they start. */
function kpiSection(ctx: Context, all: Placed[]): Section {
  const { labels, words } = ctx;
  const chosen = pickPerGoal(
    ctx,
    all.filter((p) => p.action.kpi.metric.trim() !== ''),
    5,
  );
  const block: Block =
    chosen.length === 0
      ? { kind: 'paragraph', text: words.noKpi }
      : {
          kind: 'table',
          columns: [
            { title: labels.colKpiTarget, numeric: false },
            { title: labels.colGoal, numeric: false },
            { title: labels.colAction, numeric: false },
          ],
          rows: chosen.map((p) => [
            kpiTarget(ctx, p.action),
            p.action.goalIds.join(', '),
            actionName(ctx, p.action),
          ]),
        };
  return section('memo-kpis', words.kpisToWatch, [block]);
}

export function decisionMemoSection(ctx: Context): Section {
  const { roadmap, labels, words, language } = ctx;
  const all = placed(ctx);
  const figures = roadmapFigures(roadmap);
  const spend =
    figures.budget.available === null
      ? spendText(ctx, figures.budget.used, null)
      : `${labels.budgetUsed.toLowerCase()} ${labels.usedOf(
          money(ctx, figures.budget.used),
          money(ctx, figures.budget.available),
          formatPercent(
            figures.budget.available > 0 ? figures.budget.used / figures.budget.available : 0,
            language,
          ),
        )}`;
  const lead = words.memoLead({
    company: roadmap.company.trim(),
    actions: labels.actionCount(figures.scheduled),
    months: formatNumber(roadmap.constraints.horizonMonths, language),
    goals: `${labels.goalsCovered.toLowerCase()} ${labels.coveredOf(figures.goalsCovered, figures.goalsTotal)}`,
    spend,
  });
  // What the brief says exists, in one line: the full plan lists each item and what becomes of it.
  const existing = existingMemoLine(ctx);
  return section(
    'decision-memo',
    words.memo,
    [
      { kind: 'paragraph', text: lead },
      ...(existing ? [{ kind: 'paragraph' as const, text: existing }] : []),
    ],
    [betsSection(ctx, all), budgetSection(ctx, all), notDoingSection(ctx), kpiSection(ctx, all)],
  );
}
