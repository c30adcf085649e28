// What the honesty checks read: one draft's files, and what its brief states (from a hand-written meta, or the brief agent).
import type { Brief, Language } from '../../agents/brief.js';
import type { AgentOutputs } from '../../agents/outputs.js';
import { agentOutput } from './agent-output.js';
import type { BriefMeta } from './brief-meta.js';
import type { CaseOutputs } from './types.js';
import { words } from './word-match.js';

export interface StatedGoal {
  label: string;
  /** The draft's goal ids for this goal; null when they must be found by `match` in brief.json. */
  ids: string[] | null;
  match: string[];
  servedBy: string[];
  baseline: number | null;
  target: number | null;
}

export interface StatedChannel {
  name: string;
  aliases: string[];
  dormant: boolean;
}

export type Unknown = 'budget' | 'capacity' | 'goals';

/** What the brief states, as far as the honesty checks judge a draft against it. */
export interface StatedFacts {
  /** 'meta' when a person wrote it down for the harness; 'brief' when read from the brief agent's output. */
  from: 'meta' | 'brief';
  language: Language;
  company: string | null;
  goals: StatedGoal[];
  channels: StatedChannel[];
  committedSpend: number[];
  /** The budget the brief states, when a person wrote it down (harness); undefined on the model path. */
  budget?: { amount: number; currency: string; periodMonths: number | null } | null;
  /** Months of the year (1-12) the brief says are too busy for marketing work. */
  busyMonths: number[];
  unknown: Unknown[];
}

/** A roadmap action as any list of roadmap.json holds it (read loosely: the contract grows). */
export interface RoadmapActionView {
  id: string;
  title: string;
  description: string;
  channel: string;
  goalIds: string[];
  cost: number | null;
  kpi: Record<string, unknown> | null;
  killCriterion: string | null;
  /** The first day of the action (YYYY-MM-DD), when roadmap.json gives calendar dates. */
  startDate: string | null;
  effortDays: number | null;
  scheduled: boolean;
}

export interface DraftView {
  id: string;
  /** The brief exactly as given. */
  sourceText: string;
  stated: StatedFacts;
  brief: Brief | null;
  agents: Partial<AgentOutputs>;
  /** roadmap.json as written, untyped: checks read it defensively. */
  roadmapJson: unknown;
  /** roadmap.md, null when the draft has none (eval replays): the memo, the checklist or the full plan, by profile. */
  roadmapMd: string | null;
  /** roadmap-full.md, the full plan written beside roadmap.md; absent or null when the run has none (eval replays). */
  roadmapFullMd?: string | null;
  /** What the CLI printed on stdout, null when not captured. */
  summary: string | null;
  /** The run's first calendar month (YYYY-MM), null when unknown. */
  start: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function actionView(raw: unknown, scheduled: boolean): RoadmapActionView | null {
  if (!isRecord(raw)) return null;
  return {
    id: str(raw.id),
    title: str(raw.title),
    description: str(raw.description),
    channel: str(raw.channel),
    goalIds: Array.isArray(raw.goalIds) ? raw.goalIds.map(str) : [],
    cost: typeof raw.cost === 'number' ? raw.cost : null,
    kpi: isRecord(raw.kpi) ? raw.kpi : null,
    killCriterion: typeof raw.killCriterion === 'string' ? raw.killCriterion : null,
    startDate: typeof raw.startDate === 'string' ? raw.startDate : null,
    effortDays: typeof raw.effortDays === 'number' ? raw.effortDays : null,
    scheduled,
  };
}

/** Every action of roadmap.json: scheduled ones (in a horizon) first, then deferred and excluded. */
export function roadmapActions(roadmap: unknown): RoadmapActionView[] {
  if (!isRecord(roadmap)) return [];
  const horizons = Array.isArray(roadmap.horizons) ? roadmap.horizons : [];
  const scheduled = horizons.flatMap((h) => (isRecord(h) && Array.isArray(h.actions) ? h.actions : []));
  const notNow = ['deferred', 'excluded'].flatMap((key) => {
    const list = roadmap[key];
    return Array.isArray(list) ? list : [];
  });
  return [...scheduled.map((a) => actionView(a, true)), ...notNow.map((a) => actionView(a, false))].filter(
    (a): a is RoadmapActionView => a !== null,
  );
}

/**
 * Each Markdown document a reader of the run may open, as a view whose roadmapMd is that document: roadmap.md, then
 * roadmap-full.md when it is not the same text (a memo or a checklist leaves most of the plan to it). The checks
 * read roadmapMd, so running them on each view judges every document, not only the one a profile puts first.
 */
export function documentViews(draft: DraftView): { file: string; view: DraftView }[] {
  const views = [{ file: 'roadmap.md', view: draft }];
  const full = draft.roadmapFullMd ?? null;
  if (full !== null && full !== draft.roadmapMd)
    views.push({ file: 'roadmap-full.md', view: { ...draft, roadmapMd: full } });
  return views;
}

/** The warnings of roadmap.json, read loosely. */
export function roadmapWarnings(roadmap: unknown): { code: string; message: string; refs: string[] }[] {
  if (!isRecord(roadmap) || !Array.isArray(roadmap.warnings)) return [];
  return roadmap.warnings.filter(isRecord).map((w) => ({
    code: str(w.code),
    message: str(w.message),
    refs: Array.isArray(w.refs) ? w.refs.map(str) : [],
  }));
}

/** The stated facts of a hand-authored harness brief. */
export function statedFromMeta(meta: BriefMeta): StatedFacts {
  return {
    from: 'meta',
    language: meta.language,
    company: meta.company,
    goals: meta.goals.map((g) => ({
      label: g.says,
      ids: null,
      match: g.match,
      servedBy: g.servedBy,
      baseline: g.baseline,
      target: g.target,
    })),
    channels: meta.channels.map((c) => ({ name: c.name, aliases: c.aliases, dormant: c.dormant })),
    committedSpend: meta.committedSpend.map((s) => s.amount),
    budget: meta.budget,
    busyMonths: meta.busyMonths,
    unknown: meta.unknown,
  };
}

/** Words too general to stand for a channel on their own ("Page Facebook" is Facebook, not any page). */
const GENERIC = new Set(
  'page compte account canal channel group groupe average moyenne profile profil fiche note rating list liste the and les des et'.split(
    ' ',
  ),
);

/** A channel as the brief agent named it ("Weekend markets (Tobacco Factory, Harbourside)"): its name and its telling words. */
function channelAliases(name: string): string[] {
  const telling = words(name).filter((w) => w.length >= 3 && !GENERIC.has(w) && !/^\d+$/u.test(w));
  return [name, ...new Set(telling)];
}

/** The stated facts as the brief agent read them (the model path has no hand-written meta). */
export function statedFromBrief(brief: Brief): StatedFacts {
  const channels = new Map<string, StatedChannel>();
  for (const channel of brief.channels) {
    const key = channel.name.trim().toLowerCase();
    const dormant = channel.status === 'dormant';
    const known = channels.get(key);
    if (known) known.dormant = known.dormant || dormant;
    else channels.set(key, { name: channel.name, aliases: channelAliases(channel.name), dormant });
  }
  const unknown: Unknown[] = [];
  if (brief.budget === null) unknown.push('budget');
  if (brief.capacity === null) unknown.push('capacity');
  if (brief.goals.length === 0 || brief.goals.every((g) => g.target === null)) unknown.push('goals');
  return {
    from: 'brief',
    language: brief.language,
    company: brief.company.name,
    goals: brief.goals.map((g) => ({
      label: `${g.id} (${g.statement})`,
      ids: [g.id],
      match: [],
      servedBy: [],
      baseline: g.baseline,
      target: g.target,
    })),
    channels: [...channels.values()],
    committedSpend: brief.committedSpend.map((s) => s.amount),
    busyMonths: brief.calendar.busyMonths,
    unknown,
  };
}

function validAgents(c: CaseOutputs): Partial<AgentOutputs> {
  const agents: Partial<Record<keyof AgentOutputs, unknown>> = {};
  for (const id of Object.keys(c.agents) as (keyof AgentOutputs)[]) {
    const value = agentOutput(c, id);
    if (value !== null) agents[id] = value;
  }
  return agents as Partial<AgentOutputs>;
}

/** An eval case seen as a draft: what the brief states comes from the brief agent's output. */
export function draftViewFromCase(c: CaseOutputs): DraftView | null {
  const brief = agentOutput(c, 'brief');
  if (brief === null) return null;
  return {
    id: c.caseId,
    sourceText: c.sourceText,
    stated: statedFromBrief(brief),
    brief,
    agents: validAgents(c),
    roadmapJson: c.roadmap,
    roadmapMd: null,
    summary: null,
    start: null,
  };
}
