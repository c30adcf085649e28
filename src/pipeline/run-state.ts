// What a run keeps beside the agents' outputs to steer its roadmap over time: plan.json (start month, constraint
// overrides, calendar id), decisions.json and actuals.json. Each is validated when read; a broken one is an error.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { z } from 'zod';
import type { ActualRow, ConstraintOverrides, Decision } from '../arbiter/index.js';
import { InputError } from '../errors/index.js';
import { toFileJson } from './atomic-write.js';
import type { RunStore } from './run-store.js';

export const PLAN_FILE = 'plan.json';
export const DECISIONS_FILE = 'decisions.json';
export const ACTUALS_FILE = 'actuals.json';

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const HorizonId = z.enum(['now', 'next', 'later']);

export const RunPlan = z.object({
  version: z.literal(1),
  /** Month 1 of the plan; null for runs drafted before dates existed. */
  start: Month.nullable(),
  /** Stable for the run's life: the calendar UIDs are built from it. */
  calendarId: z.string().min(1),
  /** Constraints set by `replan`, kept for every later re-arbitration. */
  overrides: z.object({
    budget: z.number().nullable().optional(),
    capacityDays: z.number().nullable().optional(),
    horizonMonths: z.number().optional(),
    profile: z.enum(['executive', 'cmo', 'smb']).optional(),
  }),
});
export type RunPlan = z.infer<typeof RunPlan>;

export const DecisionRecord = z.object({
  kind: z.enum(['pin', 'veto', 'lock', 'set']),
  actionId: z.string().min(1),
  channel: z.string(),
  title: z.string(),
  horizon: HorizonId.nullable(),
  set: z
    .object({ cost: z.number().nullable(), effortDays: z.number().nullable(), target: z.number().nullable() })
    .nullable(),
  why: z.string().nullable(),
  at: z.string(),
});

export const ActualRecord = z.object({
  month: Month,
  actionId: z.string().min(1),
  value: z.number(),
  spend: z.number().min(0),
  note: z.string().nullable(),
});

const DecisionsFile = z.object({ version: z.literal(1), decisions: z.array(DecisionRecord) });
const ActualsFile = z.object({ version: z.literal(1), rows: z.array(ActualRecord) });

export interface RunState {
  plan: RunPlan;
  decisions: Decision[];
  actuals: ActualRow[];
}

async function readValid<T>(store: RunStore, name: string, schema: z.ZodType<T>): Promise<T | null> {
  const text = await store.readText(name);
  if (text === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new InputError(
      'run_dir',
      `${store.dir}/${name} is not valid JSON: fix or delete it, then run again.`,
      cause,
    );
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      'run_dir',
      `${store.dir}/${name} does not have the expected shape (${issue?.path.join('.') || 'root'}: ${issue?.message}): fix or delete it.`,
    );
  }
  return parsed.data;
}

/**
 * `identity` is what makes this plan this plan — the brief's text for a draft: the calendar id is a hash of it (and
 * of the start), so the same brief drafted twice gives the same files, and a calendar re-import updates its events.
 */
export function newRunPlan(start: string | null, identity: string): RunPlan {
  const hash = createHash('sha256')
    .update(`${start ?? ''}\n${identity}`)
    .digest('hex')
    .slice(0, 12);
  return { version: 1, start, calendarId: `plan-${hash}`, overrides: {} };
}

export async function readRunState(store: RunStore): Promise<RunState> {
  const plan = (await readValid(store, PLAN_FILE, RunPlan)) ?? newRunPlan(null, basename(store.dir));
  const decisions = (await readValid(store, DECISIONS_FILE, DecisionsFile))?.decisions ?? [];
  const actuals = (await readValid(store, ACTUALS_FILE, ActualsFile))?.rows ?? [];
  return { plan, decisions, actuals };
}

export const overridesOf = (plan: RunPlan): ConstraintOverrides => ({ ...plan.overrides });

export async function writeRunPlan(store: RunStore, plan: RunPlan): Promise<void> {
  await store.writeText(PLAN_FILE, toFileJson(plan));
}

export async function writeDecisions(store: RunStore, decisions: readonly Decision[]): Promise<void> {
  await store.writeText(DECISIONS_FILE, toFileJson({ version: 1, decisions }));
}

/** Rows sorted by month then action, so the same actuals always give the same file. */
export async function writeActuals(store: RunStore, rows: readonly ActualRow[]): Promise<void> {
  const sorted = [...rows].sort((a, b) =>
    a.month < b.month
      ? -1
      : a.month > b.month
        ? 1
        : a.actionId < b.actionId
          ? -1
          : a.actionId > b.actionId
            ? 1
            : 0,
  );
  await store.writeText(ACTUALS_FILE, toFileJson({ version: 1, rows: sorted }));
}
