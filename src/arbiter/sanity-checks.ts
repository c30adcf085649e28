// Marketing sanity checks on a finished roadmap, as cited findings: each names the figure, the band and its source.
import type { Brief } from '../../agents/brief.js';
import { addMonths } from './calendar.js';
import { deadlineOffset, isDemandPeak, isEvent } from './deadlines.js';
import { moneyText } from './money-text.js';
import { formatNumber } from './numbers.js';
import type { Roadmap, SanityFinding, ScheduledAction } from './roadmap.js';
import { type SanityCheckId, threshold } from './sanity-thresholds.js';
import { foldText } from './text.js';

const PAID = /\b(ads?|adwords|paid|sea|sponsor\w*|publicite\w*|payant\w*|retargeting|display|cpc|ppc)\b/;
const RETENTION = /\b(retention|fidelis\w*|activation|onboarding|churn|reachat\w*|repeat|renouvel\w*)\b/;
const REVENUE = /\b(revenue|turnover|sales|chiffre d affaires|ca|arr|mrr|ventes)\b/;
const MONTHLY = /\b(mrr|monthly|mensuel\w*|par mois|per month)\b/;
const CAC = /\b(cac|cout d acquisition|cost of acquisition|customer acquisition cost|cout par client)\b/;
const LTV = /\b(ltv|clv|lifetime value|valeur vie client|valeur client)\b/;
const PAYBACK = /\b(payback|retour sur cac|recuperation du cac|amortissement du cac)\b/;

interface Figure {
  metric: string;
  value: number | null;
}

function figures(brief: Brief): Figure[] {
  return [
    ...(brief.channels ?? []).map((c) => ({ metric: `${c.name ?? ''} ${c.metric ?? ''}`, value: c.value })),
    ...(brief.goals ?? []).map((g) => ({
      metric: `${g.metric ?? ''} ${g.statement ?? ''}`,
      value: g.baseline,
    })),
  ].filter((f): f is Figure => typeof f.value === 'number' && Number.isFinite(f.value) && f.value > 0);
}

const find = (list: Figure[], pattern: RegExp) =>
  list.find((f) => pattern.test(foldText(f.metric)))?.value ?? null;

/** Below this RICE confidence an action is a test rather than a bet on something known to work. */
export const EXPERIMENT_CONFIDENCE = 0.7;

const scheduled = (roadmap: Roadmap): ScheduledAction[] => roadmap.horizons.flatMap((h) => h.actions);

function yearlyRevenue(brief: Brief): number | null {
  for (const goal of brief.goals ?? []) {
    const text = foldText(`${goal.metric ?? ''} ${goal.statement ?? ''}`);
    const unit = (goal.unit ?? '').trim().toUpperCase();
    const isMoney =
      unit === (brief.budget?.currency ?? '').toUpperCase() ||
      ['EUR', 'USD', 'GBP', 'CHF', 'CAD', '€', '$', '£'].includes(unit);
    if (!REVENUE.test(text) || !isMoney || typeof goal.baseline !== 'number' || !(goal.baseline > 0))
      continue;
    return MONTHLY.test(text) ? goal.baseline * 12 : goal.baseline;
  }
  return null;
}

const SAY = {
  fr: {
    deadline_unprepared: (what: string, month: string) =>
      `« ${what} » (${month}) : aucune action du plan ne le prépare. Ajoutez-en une ou dites si la date a changé.`,
    deadline_late: (what: string, month: string, ids: string) =>
      `« ${what} » (${month}) : ${ids} ne peut pas être prêt avant cette date dans ce plan (budget, temps ou dépendances) ; avancez-le ou acceptez d'arriver après.`,
    deadline_source: 'les dates données dans le brief',
    committed_covers_budget: (committed: string, budget: string) =>
      `Les dépenses déjà engagées (${committed}) couvrent tout le budget (${budget}) : il ne reste rien pour ce plan. Vérifiez le budget et ce qui est déjà payé dans le brief, ou indiquez un budget en plus de ces engagements.`,
    committed_source: 'les montants du brief (budget et dépenses déjà engagées)',
    budget_share_of_revenue: (v: string, band: string) =>
      `Le budget marketing représente ${v} du chiffre d'affaires annuel, hors de la fourchette habituelle (${band}).`,
    experimental_share: (v: string, band: string) =>
      `${v} des dépenses prévues vont à des tests (confiance sous 0,7), hors de la part expérimentale habituelle (${band}).`,
    channel_tests_at_once: (v: string, band: string) =>
      `${v} canaux sont en test le même mois ; au-delà de ${band}, on ne sait plus lequel marche.`,
    paid_while_retention_behind: (v: string) =>
      `De l'acquisition payante est prévue (${v}) alors qu'une action de fidélisation ou d'activation est en retard : réglez d'abord la rétention.`,
    cac_payback_months: (v: string, band: string) =>
      `Le coût d'acquisition client se rembourse en ${v} mois, au-delà de ${band} mois.`,
    ltv_to_cac: (v: string, band: string) =>
      `Le rapport valeur client / coût d'acquisition est de ${v}, sous ${band}.`,
  },
  en: {
    deadline_unprepared: (what: string, month: string) =>
      `“${what}” (${month}): no action of the plan prepares it. Add one, or say whether the date has moved.`,
    deadline_late: (what: string, month: string, ids: string) =>
      `“${what}” (${month}): ${ids} cannot be ready before that date in this plan (budget, time or dependencies); bring it forward or accept being late.`,
    deadline_source: 'the dates the brief gives',
    committed_covers_budget: (committed: string, budget: string) =>
      `Spend already committed (${committed}) takes the whole budget (${budget}): nothing is left for this plan. Check the budget and what is already paid in the brief, or state a budget on top of these commitments.`,
    committed_source: "the brief's own amounts (budget and spend already committed)",
    budget_share_of_revenue: (v: string, band: string) =>
      `The marketing budget is ${v} of yearly revenue, outside the usual range (${band}).`,
    experimental_share: (v: string, band: string) =>
      `${v} of planned spend goes to tests (confidence under 0.7), outside the usual experimental share (${band}).`,
    channel_tests_at_once: (v: string, band: string) =>
      `${v} channels are being tested in the same month; beyond ${band}, nobody can tell which one works.`,
    paid_while_retention_behind: (v: string) =>
      `Paid acquisition is planned (${v}) while a retention or activation action is behind: fix retention first.`,
    cac_payback_months: (v: string, band: string) =>
      `Customer acquisition cost pays back in ${v} months, beyond ${band} months.`,
    ltv_to_cac: (v: string, band: string) =>
      `Customer lifetime value is ${v} × acquisition cost, under ${band}.`,
  },
} as const;

/**
 * A date the brief gives that the plan cannot meet: no scheduled action prepares it, or the actions that prepare it
 * end after it. A demand peak is met when some action that brings buyers is running by then.
 */
function deadlineFindings(roadmap: Roadmap, brief: Brief): SanityFinding[] {
  const start = roadmap.start;
  if (start === null) return [];
  const say = SAY[roadmap.language];
  const actions = scheduled(roadmap);
  const out: SanityFinding[] = [];
  for (const d of brief.calendar?.deadlines ?? []) {
    // Only events a plan prepares (a launch, an opening, a fair): "Fin du contrat de Léa" is a placement hint.
    if (typeof d.what !== 'string' || isDemandPeak(d.what) || !isEvent(d.what)) continue;
    const offset = deadlineOffset(d, start, 0, roadmap.constraints.horizonMonths);
    if (offset === null) continue;
    const serving = actions.filter((a) => a.deadline === d.what.trim());
    const month = addMonths(start, offset);
    if (serving.length === 0) {
      out.push({
        code: 'deadline_unprepared',
        message: say.deadline_unprepared(d.what, month),
        source: say.deadline_source,
      });
      continue;
    }
    const late = serving.filter((a) => a.endMonth > offset);
    if (late.length === serving.length)
      out.push({
        code: 'deadline_late',
        message: say.deadline_late(d.what, month, late.map((a) => a.id).join(', ')),
        source: say.deadline_source,
      });
  }
  return out;
}

export function sanityChecks(roadmap: Roadmap, brief: Brief): SanityFinding[] {
  const lang = roadmap.language;
  const profile = roadmap.constraints.profile;
  // Whole percentages: "91 %", not "90,91 %" — a yardstick, not an audit.
  const pct = (ratio: number) =>
    `${formatNumber(Math.round(ratio * 100), lang)}${lang === 'fr' ? ' %' : '%'}`;
  const n = (value: number) => formatNumber(value, lang);
  const findings: SanityFinding[] = [];
  const flag = (
    check: SanityCheckId,
    value: number,
    show: (v: number) => string,
    text: (v: string, band: string) => string,
  ) => {
    const row = threshold(check, profile);
    if (!row) return;
    const low = row.min !== null && value < row.min;
    const high = row.max !== null && value > row.max;
    if (!low && !high) return;
    const band =
      row.min !== null && row.max !== null
        ? `${show(row.min)}–${show(row.max)}`
        : show((row.max ?? row.min) as number);
    findings.push({ code: check, message: text(show(value), band), source: row.source[lang] });
  };

  // Spend the brief says is already committed that takes the whole budget leaves the plan nothing: said loudly,
  // with the figures, because an empty or starved plan otherwise looks like a plan.
  const total = roadmap.constraints.budgetTotal;
  const committed = roadmap.constraints.committedSpend;
  if (total !== null && total > 0 && committed > 0 && committed >= total) {
    const money = (v: number) => moneyText(v, roadmap.constraints.currency, lang);
    findings.push({
      code: 'committed_covers_budget',
      message: SAY[lang].committed_covers_budget(money(committed), money(total)),
      source: SAY[lang].committed_source,
    });
  }

  findings.push(...deadlineFindings(roadmap, brief));

  const revenue = yearlyRevenue(brief);
  const budget = roadmap.constraints.budget;
  const period = roadmap.constraints.budgetPeriodMonths;
  if (revenue !== null && budget !== null && period !== null && period > 0) {
    flag('budget_share_of_revenue', (budget * 12) / period / revenue, pct, SAY[lang].budget_share_of_revenue);
  }

  // An experiment is what the plan itself is unsure of: RICE confidence under 0.7 (the model's own doubt).
  const actions = scheduled(roadmap).filter((a) => a.status !== 'done');
  const isTest = (a: ScheduledAction) => a.trace.confidence < EXPERIMENT_CONFIDENCE;
  const planned = actions.reduce((sum, a) => sum + a.cost, 0);
  if (planned > 0) {
    const experimental = actions.filter(isTest).reduce((sum, a) => sum + a.cost, 0);
    flag('experimental_share', experimental / planned, pct, SAY[lang].experimental_share);
  }
  let most = 0;
  for (let m = 0; m < roadmap.constraints.horizonMonths; m += 1) {
    const live = new Set(
      actions.filter((a) => isTest(a) && a.startMonth <= m && m < a.endMonth).map((a) => foldText(a.channel)),
    );
    most = Math.max(most, live.size);
  }
  flag('channel_tests_at_once', most, n, SAY[lang].channel_tests_at_once);

  const behind = (roadmap.review?.actions ?? []).filter(
    (r) => r.status === 'behind' || r.status === 'stopped',
  );
  const retentionBehind = behind.some((r) => {
    const action = scheduled(roadmap).find((a) => a.id === r.id);
    const text = foldText(`${r.title} ${action?.kpi.metric ?? ''} ${action?.stages.join(' ') ?? ''}`);
    return RETENTION.test(text);
  });
  if (retentionBehind) {
    const paid = actions.filter(
      (a) => a.status !== 'on_track' && PAID.test(foldText(`${a.channel} ${a.title}`)),
    );
    if (paid.length > 0) {
      flag('paid_while_retention_behind', paid.length, n, (_v) =>
        SAY[lang].paid_while_retention_behind(paid.map((a) => a.id).join(', ')),
      );
    }
  }

  const list = figures(brief);
  const payback = find(list, PAYBACK);
  if (payback !== null) flag('cac_payback_months', payback, n, SAY[lang].cac_payback_months);
  const cac = find(list, CAC);
  const ltv = find(list, LTV);
  if (cac !== null && ltv !== null && cac > 0)
    flag('ltv_to_cac', Math.round((ltv / cac) * 10) / 10, n, SAY[lang].ltv_to_cac);
  return findings;
}
