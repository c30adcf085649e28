// The quality harness's drafting side: every hand-authored brief of fixtures/briefs, drafted offline in-process, seen as a DraftView.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AGENTS } from '../../agents/index.js';
import { AGENT_IDS, type AgentOutputs } from '../../agents/outputs.js';
import { documentViews } from '../../evals/checks/draft-view.js';
import {
  BriefMeta,
  type DraftView,
  HONESTY_CHECK_NAMES,
  HONESTY_CHECKS,
  type HonestyCheckName,
  statedFromMeta,
} from '../../evals/checks/index.js';
import type { CheckResult } from '../../evals/checks/types.js';
import { runCli } from '../support/cli.js';

export const BRIEFS_DIR = fileURLToPath(new URL('../../fixtures/briefs/', import.meta.url));

export interface HarnessBrief {
  id: string;
  file: string;
  meta: BriefMeta;
}

export function harnessBriefs(): HarnessBrief[] {
  return readdirSync(BRIEFS_DIR)
    .filter((id) => existsSync(join(BRIEFS_DIR, id, 'meta.json')))
    .sort()
    .map((id) => {
      const dir = join(BRIEFS_DIR, id);
      const name = readdirSync(dir).find((f) => f.startsWith('brief.'));
      if (!name) throw new Error(`fixtures/briefs/${id} has no brief file`);
      const meta = BriefMeta.parse(JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')));
      return { id, file: join(dir, name), meta };
    });
}

export interface DraftOutcome {
  brief: HarnessBrief;
  /** null when the draft did not complete (the CLI's exit code and stderr say why). */
  draft: DraftView | null;
  code: number;
  stderr: string;
}

const readJson = (dir: string, name: string): unknown => {
  const path = join(dir, name);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : null;
};

function findStart(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  for (const key of ['start', 'startMonth', 'startDate']) {
    const v = record[key];
    if (typeof v === 'string' && /^\d{4}-\d{2}/u.test(v)) return v.slice(0, 7);
  }
  const constraints = record.constraints;
  return constraints ? findStart(constraints) : null;
}

/** Drafts one brief offline (no API key in the environment) through the CLI, in-process. */
/** Month 1 of every harness draft: fixed, so the verdicts (busy months, deadlines, dates) do not move with the day the tests run. */
export const HARNESS_START = '2027-01';

export async function draftBrief(brief: HarnessBrief, root: string): Promise<DraftOutcome> {
  const out = join(root, brief.id);
  const result = await runCli(['draft', brief.file, '--out', out, '--start', HARNESS_START], { env: {} });
  if (result.code !== 0) return { brief, draft: null, code: result.code, stderr: result.stderr };
  const agents: Partial<Record<keyof AgentOutputs, unknown>> = {};
  for (const id of AGENT_IDS) {
    const parsed = AGENTS[id].output.safeParse(readJson(out, `${id}.json`));
    if (parsed.success) agents[id] = parsed.data;
  }
  const roadmapJson = readJson(out, 'roadmap.json');
  const mdPath = join(out, 'roadmap.md');
  const fullPath = join(out, 'roadmap-full.md');
  const draft: DraftView = {
    id: brief.id,
    sourceText: readFileSync(brief.file, 'utf8'),
    stated: statedFromMeta(brief.meta),
    brief: (agents.brief as AgentOutputs['brief'] | undefined) ?? null,
    agents: agents as Partial<AgentOutputs>,
    roadmapJson,
    roadmapMd: existsSync(mdPath) ? readFileSync(mdPath, 'utf8') : null,
    roadmapFullMd: existsSync(fullPath) ? readFileSync(fullPath, 'utf8') : null,
    summary: result.stdout,
    start: findStart(roadmapJson) ?? HARNESS_START,
  };
  return { brief, draft, code: 0, stderr: result.stderr };
}

export function draftRoot(): string {
  return mkdtempSync(join(tmpdir(), 'boussole-quality-'));
}

/**
 * One check on every document a reader may open (roadmap.md, and roadmap-full.md when it differs): it passes only
 * if it passes on each; a failure names the file, since the checks' own reasons say 'roadmap.md' for either.
 */
function judgeDocuments(name: HonestyCheckName, draft: DraftView): CheckResult {
  const results = documentViews(draft).map(({ file, view }) => ({
    file,
    result: HONESTY_CHECKS[name].run(view),
  }));
  const failed = results.filter(({ result }) => !result.pass);
  const first = results[0]?.result ?? { pass: false, score: 0, reason: 'no document' };
  if (failed.length === 0) return { ...first, score: Math.min(...results.map(({ result }) => result.score)) };
  return {
    pass: false,
    score: Math.min(...results.map(({ result }) => result.score)),
    reason: failed.map(({ file, result }) => `${file}: ${result.reason}`).join(' | '),
  };
}

/** Every honesty check on one draft; a draft that did not complete fails them all with the CLI's reason. */
export function judge(outcome: DraftOutcome): Record<HonestyCheckName, CheckResult> {
  const results = {} as Record<HonestyCheckName, CheckResult>;
  for (const name of HONESTY_CHECK_NAMES) {
    if (outcome.draft === null) {
      const line = outcome.stderr.trim().split('\n').pop() ?? '';
      results[name] = { pass: false, score: 0, reason: `draft failed (exit ${outcome.code}): ${line}` };
    } else {
      results[name] = judgeDocuments(name, outcome.draft);
    }
  }
  return results;
}
