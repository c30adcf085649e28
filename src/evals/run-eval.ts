// The eval runner: replays every case and sample of the suites (bounded concurrency), scores them, builds the report.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PQueue from 'p-queue';
import type { CaseMeta, SampleOutputs } from '../../evals/checks/index.js';
import { readBriefSource } from '../brief/index.js';
import { createCassetteHost, type Upstream } from '../cassettes/index.js';
import { BoussoleError } from '../errors/index.js';
import type { PromptSet } from '../prompts/index.js';
import { readCaseMeta } from './case-meta.js';
import type { ResolvedCase, ResolvedSuite } from './load-suite.js';
import { replaySample, type SampleRun } from './replay-sample.js';
import type { CaseReport, EvalReport, StaleCall, SuiteReport } from './report.js';
import { scoreCase } from './score-case.js';
import { summariseChecks } from './summarise-checks.js';
import { cassettesFor } from './variant-cassettes.js';

export interface RunEvalOptions {
  suites: ResolvedSuite[];
  prompts: PromptSet;
  /** How the prompts folder is shown in the report (a path relative to where the command ran). */
  promptsShown: string;
  /** The variant hash when `prompts` differs from the bundled set (see variant-cassettes.ts), else null. */
  variant: string | null;
  /** Record missing calls against this server; null to replay only. */
  record: Upstream | null;
  /** Samples replayed at once. @default 4 */
  concurrency?: number;
  toolVersion: string;
  /** Elapsed milliseconds, for the timing field only. @default performance.now */
  now?: () => number;
  onProgress?: (line: string) => void;
  /** Ctrl-C: samples not started are skipped, those in flight stop, and the eval ends as interrupted. */
  signal?: AbortSignal;
}

interface CaseRun {
  suiteCase: ResolvedCase;
  sourceText: string;
  meta: CaseMeta | null;
  samples: SampleRun[];
}

export async function runEval(options: RunEvalOptions): Promise<Omit<EvalReport, 'baseline'>> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const workDir = await mkdtemp(join(tmpdir(), 'boussole-eval-'));
  // One msw host for every session: sessions overlap in time, and msw allows one interceptor per process.
  const host = createCassetteHost();
  const queue = new PQueue({ concurrency: options.concurrency ?? 4 });
  try {
    const suites: SuiteReport[] = [];
    let samplesRun = 0;
    let casesRun = 0;
    for (const suite of options.suites) {
      const runs = await Promise.all(
        suite.cases.map(async (suiteCase): Promise<CaseRun> => {
          const source = await readBriefSource(suiteCase.briefPath, {});
          const meta = suiteCase.metaPath === null ? null : await readCaseMeta(suiteCase.metaPath);
          const sampleNumbers = Array.from({ length: suiteCase.samples }, (_, i) => i + 1);
          const samples = await Promise.all(
            sampleNumbers.map((sample) =>
              queue.add(async () => {
                const run = await replaySample({
                  source,
                  sample,
                  cassettesDir: await cassettesFor(
                    suiteCase.cassettesDir,
                    sample,
                    options.variant,
                    options.record !== null,
                  ),
                  prompts: options.prompts,
                  model: suite.model,
                  record: options.record,
                  host,
                  workDir,
                  toolVersion: options.toolVersion,
                  signal: options.signal,
                });
                options.onProgress?.(describeSample(suiteCase.id, suiteCase.samples, run));
                return run;
              }),
            ),
          );
          return { suiteCase, sourceText: source.text, meta, samples };
        }),
      );
      if (options.signal?.aborted) {
        throw new BoussoleError({
          code: 'interrupted',
          message: 'Interrupted: the eval stopped before scoring; no report was written.',
        });
      }
      samplesRun += runs.reduce((n, r) => n + r.samples.length, 0);
      casesRun += runs.length;
      suites.push(reportSuite(suite, runs));
    }
    const durationMs = Math.round(now() - started);
    return {
      version: 1,
      passed: suites.every((s) => s.passed),
      prompts: { dir: options.promptsShown, variant: options.variant, hashes: { ...options.prompts.hashes } },
      suites,
      timing: {
        durationMs,
        samples: samplesRun,
        cases: casesRun,
        casesPerSecond:
          durationMs === 0 ? casesRun : Math.round((casesRun / (durationMs / 1000)) * 100) / 100,
      },
    };
  } finally {
    await host.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

function describeSample(caseId: string, samples: number, run: SampleRun): string {
  const name = samples > 1 ? `${caseId} sample ${run.sample}` : caseId;
  if (run.misses.length > 0)
    return `${name}: ${run.misses.map((m) => `${m.agent} ${m.stale ? 'stale' : 'missing'}`).join(', ')}`;
  if (run.error) return `${name}: failed (${run.error})`;
  return `${name}: replayed${run.recorded > 0 ? `, ${run.recorded} recorded` : ''}`;
}

function reportSuite(suite: ResolvedSuite, runs: readonly CaseRun[]): SuiteReport {
  const stale: StaleCall[] = [];
  const cases: CaseReport[] = runs.map((run) => {
    const id = run.suiteCase.id;
    const misses = run.samples.flatMap((s) =>
      s.misses.map(
        (m): StaleCall => ({
          caseId: id,
          sample: s.sample,
          agent: m.agent,
          kind: m.stale ? 'stale' : 'missing',
        }),
      ),
    );
    stale.push(...misses);
    const base = { id, samples: run.suiteCase.samples };
    if (misses.length > 0) return { ...base, status: 'stale', error: null, checks: {} };
    const failed = run.samples.find((s) => s.error !== null);
    if (failed)
      return { ...base, status: 'error', error: `sample ${failed.sample}: ${failed.error}`, checks: {} };
    const samples: SampleOutputs[] = run.samples.map((s) => ({
      sample: s.sample,
      agents: s.agents,
      roadmap: s.roadmap,
    }));
    const checks = scoreCase(
      { caseId: id, sourceText: run.sourceText, meta: run.meta, samples },
      suite.checks,
    );
    return { ...base, status: 'scored', error: null, checks };
  });
  const checks = summariseChecks(suite, cases);
  const passed =
    stale.length === 0 && cases.every((c) => c.status === 'scored') && checks.every((c) => c.pass);
  return { name: suite.name, path: suite.path, passed, cases, checks, stale };
}
