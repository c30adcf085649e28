// The run page around the roadmap: progress of each agent, the re-plan controls, downloads, versions, reruns.
import { AGENT_IDS } from '../../../agents/outputs.js';
import type { Roadmap } from '../../arbiter/roadmap.js';
import { FULL_PLAN_FILE } from '../../render/index.js';
import type { UiLabels } from '../labels/ui-labels.js';
import { formatMoney, formatNumber } from './format.js';

/** What the page needs to know of a run (the API's GET /api/runs/:run answer). */
export interface RunFacts {
  id: string;
  company: string;
  status: 'running' | 'complete' | 'failed';
  provider: string;
  version: number;
  error: { message: string } | null;
  agents: Record<
    string,
    { status: string; model: string | null; durationMs: number | null; tokens: number; error: string | null }
  >;
  files: string[];
}

export interface VersionFacts {
  number: number;
  current: boolean;
  changes: { kind: string; kindLabel: string; title: string; reason: string }[];
}

export function agentsView(run: RunFacts, t: UiLabels) {
  return AGENT_IDS.map((id) => {
    const agent = run.agents[id];
    const status = agent?.status ?? 'pending';
    return {
      id,
      name: t.agentNames[id] ?? id,
      status,
      statusLabel: t.agentStatus[status] ?? status,
      detail: agentDetail(agent, t),
    };
  });
}

export function agentDetail(agent: RunFacts['agents'][string] | undefined, t: UiLabels): string {
  if (!agent) return '';
  if (agent.error) return agent.error;
  const parts: string[] = [];
  if (agent.durationMs !== null && agent.status === 'done')
    parts.push(`${formatNumber(agent.durationMs / 1000, t.lang, 2)} s`);
  if (agent.tokens > 0) parts.push(`${formatNumber(agent.tokens, t.lang, 0)} tokens`);
  return parts.join(' · ');
}

/** The re-plan controls start at the roadmap's own constraints; the budget slider goes to three times the budget. */
export function controlsView(roadmap: Roadmap, t: UiLabels, firstMonth: string) {
  const { budget, capacityDaysPerMonth, horizonMonths, profile } = roadmap.constraints;
  const hasBudget = budget !== null;
  const base = budget ?? 0;
  const budgetMax = Math.max(1000, Math.ceil((base * 3) / 100) * 100);
  // The largest round step that still lands on the current budget, so the slider starts exactly there.
  const budgetStep =
    [1000, 500, 100, 50, 10, 1].find((step) => step <= budgetMax / 40 && base % step === 0) ?? 1;
  return {
    hasBudget,
    budget: base,
    budgetMax,
    budgetStep,
    budgetLabel: hasBudget ? formatMoney(base, roadmap.currency, t.lang) : t.noLimit,
    capacityDays: capacityDaysPerMonth ?? '',
    horizonMonths,
    profiles: (['executive', 'cmo', 'smb'] as const).map((id) => ({
      id,
      label: t.profiles[id],
      selected: id === profile,
    })),
    firstMonth,
  };
}

const PRIMARY_FILES = [
  'roadmap.md',
  FULL_PLAN_FILE,
  'report.html',
  'roadmap.csv',
  'roadmap.ics',
  'roadmap.json',
  'changes.md',
  'compare.md',
  'draft.md',
];

export function filesView(files: readonly string[], t: UiLabels) {
  // What people open first (the roadmap in its forms, the changelog), then the agents' files and the run's records.
  const rank = (name: string) => {
    const index = PRIMARY_FILES.indexOf(name);
    return index === -1 ? PRIMARY_FILES.length : index;
  };
  return [...files]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((name) => ({ name, description: t.fileDescriptions[name] ?? '' }));
}

export function actionChoices(roadmap: Roadmap) {
  return roadmap.horizons.flatMap((h) => h.actions.map((a) => ({ id: a.id, title: a.title })));
}

export function agentChoices(t: UiLabels) {
  return AGENT_IDS.map((id) => ({ id, name: t.agentNames[id] ?? id }));
}
