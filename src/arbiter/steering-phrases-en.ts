// The steering sentences in English: dates, decisions, reviews, changes.
import { monthName } from '../language/month-names.js';
import type { ReviewFigures, SteeringPhrases } from './steering-phrase-types.js';

const monthOf = (m: number) => monthName(m, 'en');
const monthList = (months: number[]) => months.map(monthOf).join(', ');
const name = (month: string) => `${monthOf(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`;
const why = (text: string | null) => (text ? `: ${text}` : '');
const against = (f: ReviewFigures) => (f.target === null ? '' : ` against a target of ${f.target}`);

export const STEERING_EN: SteeringPhrases = {
  monthName: name,
  monthOfYear: monthOf,

  startStated: (start) => `The plan starts in ${name(start)} (month 1).`,
  noStart: () => 'No start month: months are relative (M1, M2…) and the brief’s seasons are not applied.',
  busyStated: (months) =>
    `Busy months according to the brief: ${monthList(months)}; no heavy action is placed in them.`,
  committedStated: (total, items) =>
    `Spend already committed (${items.join('; ')}): ${total}, taken off the budget.`,
  committedOverBudget: (committed, budget) =>
    `Spend already committed (${committed}) exceeds the plan's budget (${budget}): nothing is left to plan.`,
  reviewStated: (asOf, spent, left) =>
    `Results reviewed up to ${name(asOf)}: ${spent} spent${left === null ? '' : `, ${left} left to plan`}; past months are frozen.`,

  vetoed: (text) => (text ? `Your decision: ${text}.` : 'Your decision, no reason given.'),
  stopped: (criterion, f) =>
    `Kill criterion met: "${criterion}" (${f.value} at the end of ${name(f.asOf)}, ${f.spend} spent).`,
  busyMonths: (effort, months) =>
    `Needs ${effort} person-days and no horizon has a window outside the busy months (${monthList(months)}).`,
  lockedNoRoom: (label, reason) => `Locked to "${label}" by decision, but it does not fit there: ${reason}`,

  pinned: (label, text) => `Kept by decision${why(text)}; placed in "${label}", the first horizon it fits.`,
  locked: (label, text) => `Locked to "${label}" by decision${why(text)}.`,
  forDeadline: (what, month, label) =>
    `Brought forward to "${label}" to be ready before "${what}" (${name(month)}).`,
  followUp: (ofId, label) =>
    `Given priority in "${label}": it follows up ${ofId}, which runs ahead of plan in the same channel.`,
  continuing: (label) => `Already under way according to the results; it carries on in "${label}".`,
  done: () => 'Done: its target is reached.',
  outsideBusy: (months) => ` Placed outside the busy months (${monthList(months)}).`,

  decisionApplied: (kind, id, detail) =>
    ({
      pin: `${id} is kept no matter what.`,
      veto: `${id} is left out.`,
      lock: `${id} is locked ${detail ?? ''}.`,
      set: `${id}: estimate overridden (${detail ?? ''}).`,
    })[kind],
  decisionRenumbered: (from, to) => `The action decided as ${from} is now ${to}.`,
  decisionBlocked: (kind, id, reason) =>
    `${id} is ${kind === 'pin' ? 'pinned' : 'locked'} by decision but cannot be scheduled: ${reason}`,
  decisionOrphaned: (kind, id, title) =>
    `The "${kind}" decision on ${id} ("${title}") no longer applies: no action matches it.`,
  decisionConflict: (id) => `${id} is both vetoed and pinned: the veto wins.`,
  setDetail: (cost, effort, target) =>
    [cost && `cost ${cost}`, effort && `effort ${effort}`, target && `target ${target}`]
      .filter(Boolean)
      .join(', '),

  deadlineAtRisk: (id, what, month) =>
    `${id} serves "${what}" (${name(month)}) but cannot be finished before it.`,
  actualsIgnored: (ids) => `Results ignored for unknown actions: ${ids.join(', ')}.`,

  statusDone: (f) => `Target reached: ${f.value}${against(f)}, ${f.spend} spent.`,
  statusOnTrack: (f) =>
    `On track: ${f.value}${f.expected === null ? '' : ` (${f.expected} expected by now)`}${against(f)}, ${f.spend} spent.`,
  statusBehind: (f) =>
    `Behind: ${f.value}${f.expected === null ? '' : ` against ${f.expected} expected by now`}${against(f)}, ${f.spend} spent.`,
  statusNotStarted: () => 'Not started: no results reported.',
  statusStopped: (criterion, f) =>
    `Kill criterion met: "${criterion}" — ${f.value} at the end of ${name(f.asOf)}, ${f.spend} spent.`,
  criterionUnread: (criterion) =>
    `Kill criterion "${criterion}" has no figure Boussole can check: yours to judge.`,
  overPerformer: (id, followUp, f) => {
    const pace =
      f.expected === null ? `${f.value}${against(f)}` : `${f.value} against ${f.expected} expected by now`;
    return followUp === null
      ? `${id} runs ahead of plan (${pace}) and has no follow-up in the same channel: consider giving it more budget.`
      : `${id} runs ahead of plan (${pace}): its follow-up in the same channel, ${followUp}, gets priority in the first open horizon.`;
  },

  changePromoted: (from, to, text) => `Brought forward from "${from}" to "${to}": ${text}`,
  changeDemoted: (from, to, text) => `Pushed back from "${from}" to "${to}": ${text}`,
  changeAdded: (to, text) => `Added in "${to}": ${text}`,
  changeRemoved: (text) => (text === null ? 'No longer proposed.' : `Out of the plan: ${text}`),
  changeStopped: (text) => text,
  changeDone: (text) => text,
  changeDecided: (message) => message,
  monthsPassed: (label) => `The months of "${label}" went by before it started.`,
  deferredLabel: 'Not now',
  excludedLabel: 'Left out',
};
