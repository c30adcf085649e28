// Judges actual results against each action's KPI and kill criterion: done, on track, behind, stopped, not started,
// and which over-performer's follow-up comes forward. Pure: the rows, the candidates and the start month in.
import type { Language } from '../../agents/brief.js';
import { monthOffset } from './calendar.js';
import type { Candidate } from './candidate.js';
import { fires, type KillRule, measured, parseKillCriterion } from './kill-criterion.js';
import { moneyText, quantityText } from './money-text.js';
import { toHundredths } from './numbers.js';
import type { ActionReview } from './roadmap.js';
import type { ActualRow } from './steering.js';
import type { ReviewFigures, SteeringPhrases } from './steering-phrases.js';
import { compareText, foldText } from './text.js';

/** Share of the pro-rata target under which an action is behind. */
export const ON_TRACK_SHARE = 0.8;
/** Share of the pro-rata target above which an action over-performs and its follow-up comes forward. */
export const OVER_PERFORMER_SHARE = 1.5;
/** KPI timeframe assumed when the action gives none: one quarter. */
export const DEFAULT_TIMEFRAME_MONTHS = 3;

export interface ActionActuals {
  value: number;
  spendCents: number;
  firstOffset: number;
  lastOffset: number;
  notes: string[];
}

export interface ReviewState {
  asOf: string;
  /** Months from the start up to and including `asOf`: frozen. */
  elapsed: number;
  spentCents: number;
  actuals: Map<string, ActionActuals>;
  reviews: ActionReview[];
  stopped: Map<string, string>;
  done: Set<string>;
  /** Started, not done, not stopped: carries on in the first open horizon. */
  running: Set<string>;
  /** Follow-up id → the over-performer it follows. */
  promoted: Map<string, string>;
  overPerformers: { id: string; followUp: string | null; message: string }[];
  unknownIds: string[];
}

function collect(rows: readonly ActualRow[], start: string): Map<string, ActionActuals> {
  const sorted = [...rows].sort(
    (a, b) => compareText(a.actionId, b.actionId) || compareText(a.month, b.month) || a.value - b.value,
  );
  const byId = new Map<string, ActionActuals>();
  for (const row of sorted) {
    const offset = monthOffset(start, row.month);
    const entry = byId.get(row.actionId);
    const note = row.note?.trim() ? [`${row.month}: ${row.note.trim()}`] : [];
    if (!entry) {
      byId.set(row.actionId, {
        value: row.value,
        spendCents: toHundredths(row.spend),
        firstOffset: offset,
        lastOffset: offset,
        notes: note,
      });
      continue;
    }
    // The value is to date: the latest month's figure stands (the larger one when a month is given twice).
    if (offset >= entry.lastOffset)
      entry.value = offset === entry.lastOffset ? Math.max(entry.value, row.value) : row.value;
    entry.lastOffset = Math.max(entry.lastOffset, offset);
    entry.spendCents += toHundredths(row.spend);
    entry.notes.push(...note);
  }
  return byId;
}

export function evaluateActuals(
  rows: readonly ActualRow[],
  start: string,
  candidates: readonly Candidate[],
  excludedIds: ReadonlySet<string>,
  language: Language,
  currency: string,
  phrases: SteeringPhrases,
): ReviewState | null {
  if (rows.length === 0) return null;
  const byCandidate = new Map(candidates.map((c) => [c.id, c]));
  const all = collect(rows, start);
  const unknownIds = [...all.keys()].filter((id) => !byCandidate.has(id)).sort(compareText);
  const actuals = new Map([...all].filter(([id]) => byCandidate.has(id)));
  const asOf = [...rows]
    .map((r) => r.month)
    .sort(compareText)
    .at(-1)!;
  const elapsed = monthOffset(start, asOf) + 1;
  const money = (cents: number) => moneyText(cents / 100, currency, language);
  const quantity = (value: number, unit: string | null) => quantityText(value, unit, currency, language);

  const state: ReviewState = {
    asOf,
    elapsed,
    spentCents: [...all.values()].reduce((sum, a) => sum + a.spendCents, 0),
    actuals,
    reviews: [],
    stopped: new Map(),
    done: new Set(),
    running: new Set(),
    promoted: new Map(),
    overPerformers: [],
    unknownIds,
  };

  const over: { c: Candidate; figures: ReviewFigures }[] = [];
  // Only actions with results are judged here; the arbiter adds the scheduled ones due now as "not started".
  const reported = candidates.filter((c) => actuals.has(c.id)).sort((a, b) => compareText(a.id, b.id));
  for (const c of reported) {
    const kpi = c.source.kpi;
    const target = typeof kpi?.target === 'number' && Number.isFinite(kpi.target) ? kpi.target : null;
    const unit = kpi?.unit ?? null;
    const criterion = c.source.killCriterion == null ? null : String(c.source.killCriterion);
    const base = { id: c.id, title: String(c.source.title ?? ''), target, unit };
    const a = actuals.get(c.id)!;
    const monthsRun = a.lastOffset - a.firstOffset + 1;
    const timeframe =
      typeof kpi?.timeframeMonths === 'number' && kpi.timeframeMonths > 0
        ? kpi.timeframeMonths
        : DEFAULT_TIMEFRAME_MONTHS;
    const expected = target === null ? null : target * Math.min(1, monthsRun / timeframe);
    const figures: ReviewFigures = {
      value: quantity(a.value, unit),
      target: target === null ? null : quantity(target, unit),
      expected: expected === null ? null : quantity(Math.round(expected * 10) / 10, unit),
      spend: money(a.spendCents),
      asOf,
    };
    const rule: KillRule | null = parseKillCriterion(criterion);
    const input = { value: a.value, spend: a.spendCents / 100, monthsRun };
    const notes = [...a.notes];
    if (criterion !== null && rule === null) notes.push(phrases.criterionUnread(criterion));
    const reached = target !== null && a.value >= target;
    if (!reached && rule !== null && criterion !== null && fires(rule, input, kpi?.timeframeMonths ?? null)) {
      const figure = measured(rule, input);
      const shown =
        rule.measure === 'cost_per_unit' && figure !== null && Number.isFinite(figure)
          ? { ...figures, value: `${figures.value} (${money(Math.round(figure * 100))} / ${unit ?? '1'})` }
          : figures;
      state.stopped.set(c.id, phrases.stopped(criterion, shown));
      state.reviews.push({
        ...base,
        status: 'stopped',
        value: a.value,
        spend: a.spendCents / 100,
        criterion,
        message: phrases.statusStopped(criterion, shown),
        notes,
      });
      continue;
    }
    const status = reached
      ? 'done'
      : expected === null || a.value >= ON_TRACK_SHARE * expected
        ? 'on_track'
        : 'behind';
    if (status === 'done') state.done.add(c.id);
    else state.running.add(c.id);
    const message =
      status === 'done'
        ? phrases.statusDone(figures)
        : status === 'on_track'
          ? phrases.statusOnTrack(figures)
          : phrases.statusBehind(figures);
    state.reviews.push({
      ...base,
      status,
      value: a.value,
      spend: a.spendCents / 100,
      criterion: null,
      message,
      notes,
    });
    if (expected !== null && expected > 0 && a.value >= OVER_PERFORMER_SHARE * expected)
      over.push({ c, figures });
    else if (status === 'done' && monthsRun < timeframe) over.push({ c, figures });
  }

  // Each over-performer brings forward the best untouched candidate of its channel, once.
  const taken = new Set<string>();
  const byChannel = new Map<string, Candidate[]>();
  if (over.length > 0) {
    for (const other of candidates) {
      const key = foldText(String(other.source.channel ?? ''));
      if (key === '' || actuals.has(other.id) || excludedIds.has(other.id)) continue;
      const list = byChannel.get(key);
      if (list) list.push(other);
      else byChannel.set(key, [other]);
    }
    for (const list of byChannel.values()) list.sort((x, y) => y.score - x.score || compareText(x.id, y.id));
  }
  for (const { c, figures } of over) {
    const channel = foldText(String(c.source.channel ?? ''));
    const followUp = (byChannel.get(channel) ?? []).find(
      (other) => other.id !== c.id && !taken.has(other.id),
    );
    if (followUp) {
      taken.add(followUp.id);
      state.promoted.set(followUp.id, c.id);
    }
    state.overPerformers.push({
      id: c.id,
      followUp: followUp?.id ?? null,
      message: phrases.overPerformer(c.id, followUp?.id ?? null, figures),
    });
  }
  return state;
}
