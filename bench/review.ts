// Benchmark (not a test) of `review`: a 1,000-action roadmap with 12 months of actual results, as the arbiter
// re-plans it (pure) and as `reviewRun` does it end to end over a run directory (parse, arbitrate, archive, write
// roadmap.json/.md/.html/.csv/.ics and changes.md), beside the arbiter's own figure without actuals.
// Run: npx tsx bench/review.ts
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { AGENT_IDS } from '../agents/outputs.js';
import { type ActualRow, type ArbiterInputs, addMonths, arbitrate } from '../src/arbiter/index.js';
import { reviewRun } from '../src/living/index.js';
import { publishFromOutputs } from '../src/pipeline/arbitrate-run.js';
import { emptyAgentRecord, type RunManifest } from '../src/pipeline/manifest.js';
import { newRunPlan, writeRunPlan } from '../src/pipeline/run-state.js';
import { openRunStore } from '../src/pipeline/run-store.js';
import { benchInputs } from './arbiter.js';
import { median, round } from './stats.js';

export interface ReviewBenchResult {
  actions: number;
  rows: number;
  months: number;
  /** Median ms of `arbitrate` with no actuals: the arbiter's own figure. */
  arbiterMs: number;
  /** Median ms of `arbitrate` with the 12 months of actuals. */
  arbiterWithActualsMs: number;
  /** Median ms of `reviewRun` end to end on a copy of the run directory. */
  reviewRunMs: number;
  runs: number;
  targetMs: number;
  withinTarget: boolean;
}

const START = '2027-01';

/** A 24-month plan, so 12 reviewed months leave 12 to re-plan. */
function inputs(count: number): ArbiterInputs {
  const base = benchInputs(count);
  return {
    ...base,
    brief: {
      ...base.brief,
      horizonMonths: 24,
      budget: { amount: 240_000, currency: 'EUR', periodMonths: 24 },
    },
  };
}

/** Every action scheduled in the first year reports each month from its start; kill criteria fire for some. */
function actuals(input: ArbiterInputs, months: number): ActualRow[] {
  const roadmap = arbitrate(input, {}, { start: START });
  const rows: ActualRow[] = [];
  let seed = 7;
  const next = () => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return seed / 2 ** 32;
  };
  const ids = [
    ...roadmap.horizons.flatMap((h) => h.actions.map((a) => ({ id: a.id, from: a.startMonth }))),
    ...roadmap.deferred.slice(0, 150).map((a) => ({ id: a.id, from: 0 })),
  ];
  for (const { id, from } of ids) {
    let value = 0;
    for (let m = Math.min(from, months - 1); m < months; m += 1) {
      value += Math.floor(next() * 20);
      rows.push({
        month: addMonths(START, m),
        actionId: id,
        value,
        spend: Math.floor(next() * 400),
        note: null,
      });
    }
  }
  return rows;
}

function csv(rows: readonly ActualRow[]): string {
  return [
    'month,action,value,spend,note',
    ...rows.map((r) => `${r.month},${r.actionId},${r.value},${r.spend},`),
  ].join('\n');
}

async function runDir(input: ArbiterInputs): Promise<string> {
  const dir = join(mkdtempSync(join(tmpdir(), 'boussole-bench-review-')), 'run');
  await mkdir(dir);
  const store = openRunStore(dir);
  const { draftKind: _kind, ...outputs } = input;
  for (const id of AGENT_IDS) await store.writeAgent(id, outputs[id] as never);
  const agents = Object.fromEntries(AGENT_IDS.map((id) => [id, { ...emptyAgentRecord(), status: 'done' }]));
  await store.writeManifest({
    version: 1,
    tool: { name: 'boussole', version: 'bench' },
    status: 'completed',
    provider: 'offline',
    baseURL: null,
    brief: { source: 'bench', format: 'json', language: 'en', chars: 1 },
    prompts: { dir: 'prompts', hashes: Object.fromEntries(AGENT_IDS.map((id) => [id, 'x'])) },
    agents,
    totals: { calls: 0, promptTokens: 0, completionTokens: 0 },
    error: null,
    startedAt: '2027-01-01T00:00:00.000Z',
    durationMs: 1,
  } as RunManifest);
  await writeFile(join(dir, 'source.txt'), 'bench\n');
  await writeRunPlan(store, newRunPlan(START, dir));
  await publishFromOutputs(store, outputs, 'offline');
  return dir;
}

/**
 * Times `a` and `b` alternately after a warm-up, so both see the same machine load (a shared machine's load moves
 * both figures; their ratio and medians stay comparable).
 */
function timePair(a: () => void, b: () => void, minRuns = 21, budgetMs = 6_000): [number[], number[]] {
  for (let i = 0; i < 5; i += 1) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  const started = performance.now();
  while (ta.length < minRuns || (performance.now() - started < budgetMs && ta.length < 200)) {
    let t0 = performance.now();
    a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    b();
    tb.push(performance.now() - t0);
  }
  return [ta, tb];
}

export async function benchReview(count = 1_000, months = 12, targetMs = 100): Promise<ReviewBenchResult> {
  const input = inputs(count);
  const rows = actuals(input, months);
  const [arbiter, withActuals] = timePair(
    () => arbitrate(input, {}, { start: START }),
    () => arbitrate(input, {}, { start: START, actuals: rows }),
  );
  const template = await runDir(input);
  const text = csv(rows);
  const endToEnd: number[] = [];
  for (let i = 0; i < 16; i += 1) {
    const copy = join(mkdtempSync(join(tmpdir(), 'boussole-bench-copy-')), 'run');
    cpSync(template, copy, { recursive: true });
    const t0 = performance.now();
    await reviewRun(copy, text, 'csv');
    if (i > 0) endToEnd.push(performance.now() - t0); // the first run loads the renderers
    rmSync(copy, { recursive: true, force: true });
  }
  rmSync(template, { recursive: true, force: true });
  const reviewRunMs = round(median(endToEnd), 1);
  return {
    actions: count,
    rows: rows.length,
    months,
    arbiterMs: round(median(arbiter), 2),
    arbiterWithActualsMs: round(median(withActuals), 2),
    reviewRunMs,
    runs: endToEnd.length,
    targetMs,
    withinTarget: round(median(withActuals), 2) < targetMs,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchReview();
  console.log(`review of ${r.actions} actions with ${r.months} months of actuals (${r.rows} rows), median:`);
  console.log(`  arbiter alone, no actuals          ${r.arbiterMs.toFixed(2).padStart(8)} ms`);
  console.log(`  arbiter with the actuals (review)  ${r.arbiterWithActualsMs.toFixed(2).padStart(8)} ms`);
  console.log(
    `  reviewRun end to end (files)       ${r.reviewRunMs.toFixed(1).padStart(8)} ms  (${r.runs} runs)`,
  );
  console.log(`target: review under ${r.targetMs} ms — ${r.withinTarget ? 'met' : 'NOT met'}`);
}
