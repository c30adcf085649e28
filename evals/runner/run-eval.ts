// The eval runner: replays every case and sample of the suites (bounded concurrency), scores them, builds the report.
// Cases fail one by one: whatever goes wrong in one sample (a cassette that is not JSON, an edited request, a
// brief that cannot be read) is that case's error, and each sample works in its own temporary folder.
import PQueue from 'p-queue';
import type { BriefSource } from '../../src/brief/index.js';
import { readBriefSource } from '../../src/brief/index.js';
import { createCassetteHost, type Upstream } from '../../src/cassettes/index.js';
import { BoussoleError } from '../../src/errors/index.js';
import { createRateLimiters } from '../../src/llm/rate-limiter.js';
import { baseRedactor, type Redactor } from '../../src/llm/redaction.js';
import { realSleep } from '../../src/llm/sleep.js';
import type { PromptSet } from '../../src/prompts/index.js';
import type { CaseMeta, SampleOutputs } from '../checks/index.js';
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
  /** A cassette whose answer was edited since recording (or has no digest) fails its case instead of warning. */
  strict?: boolean;
  /** How a file path is shown in the report. @default as is */
  showPath?: (path: string) => string;
  /** Every configured secret: a recording upstream echoing one has it redacted. @default URL credentials only */
  redactor?: Redactor;
}

interface CaseRun {
  suiteCase: ResolvedCase;
  sourceText: string;
  meta: CaseMeta | null;
  samples: SampleRun[];
  /** Why the case could not even start (its brief or case file unreadable), else null. */
  error: string | null;
}

export async function runEval(options: RunEvalOptions): Promise<Omit<EvalReport, 'baseline'>> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const showPath = options.showPath ?? ((path: string) => path);
  // One msw host for every session: sessions overlap in time, and msw allows one interceptor per process.
  const host = createCassetteHost();
  const queue = new PQueue({ concurrency: options.concurrency ?? 4 });
  // Recording: one adaptive limiter for the upstream, shared by every case and sample.
  const limiters = createRateLimiters({ ceilingRpm: null, sleep: realSleep });
  try {
    const suites: SuiteReport[] = [];
    let samplesRun = 0;
    let casesRun = 0;
    for (const suite of options.suites) {
      const runs = await Promise.all(
        suite.cases.map(async (suiteCase): Promise<CaseRun> => {
          let source: BriefSource;
          let meta: CaseMeta | null;
          try {
            source = await readBriefSource(suiteCase.briefPath, {});
            meta = suiteCase.metaPath === null ? null : await readCaseMeta(suiteCase.metaPath);
          } catch (error) {
            const why = messageOf(error);
            options.onProgress?.(`${suiteCase.id}: failed (${why})`);
            return { suiteCase, sourceText: '', meta: null, samples: [], error: why };
          }
          const sampleNumbers = Array.from({ length: suiteCase.samples }, (_, i) => i + 1);
          const samples = await Promise.all(
            sampleNumbers.map((sample) =>
              queue.add(async (): Promise<SampleRun> => {
                const run = await replaySample({
                  source,
                  sample,
                  cassettesDir: () =>
                    cassettesFor(suiteCase.cassettesDir, sample, options.variant, options.record !== null),
                  prompts: options.prompts,
                  model: suite.model,
                  record: options.record,
                  host,
                  limiter: options.record ? limiters.for(options.record.baseURL) : null,
                  redactor: options.redactor ?? baseRedactor,
                  toolVersion: options.toolVersion,
                  signal: options.signal,
                });
                options.onProgress?.(describeSample(suiteCase.id, suiteCase.samples, run, showPath));
                return run;
              }),
            ),
          );
          return { suiteCase, sourceText: source.text, meta, samples, error: null };
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
      suites.push(reportSuite(suite, runs, options.strict === true, showPath));
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
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function describeSample(
  caseId: string,
  samples: number,
  run: SampleRun,
  showPath: (path: string) => string,
): string {
  const name = samples > 1 ? `${caseId} sample ${run.sample}` : caseId;
  const warning = run.suspects.some((s) => s.problem === 'edited')
    ? ` (warning: answer edited since recorded: ${run.suspects
        .filter((s) => s.problem === 'edited')
        .map((s) => showPath(s.file))
        .join(', ')})`
    : '';
  if (run.misses.length > 0)
    return `${name}: ${run.misses.map((m) => `${m.agent} ${m.stale ? 'stale' : 'missing'}`).join(', ')}${warning}`;
  if (run.error) return `${name}: failed (${run.error})${warning}`;
  return `${name}: replayed${run.recorded > 0 ? `, ${run.recorded} recorded` : ''}${warning}`;
}

/** One line per suspect cassette of the case, naming the file. */
function suspectWarnings(run: CaseRun, showPath: (path: string) => string): string[] {
  return run.samples.flatMap((sample) =>
    sample.suspects.map((suspect) =>
      suspect.problem === 'edited'
        ? `${showPath(suspect.file)}: answer edited since recorded (its digest no longer matches)`
        : `${showPath(suspect.file)}: no answer digest, so a hand edit cannot be seen (rebuild or re-record it)`,
    ),
  );
}

function reportSuite(
  suite: ResolvedSuite,
  runs: readonly CaseRun[],
  strict: boolean,
  showPath: (path: string) => string,
): SuiteReport {
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
    const warnings = suspectWarnings(run, showPath);
    const base = { id, samples: run.suiteCase.samples, warnings };
    if (run.error !== null) return { ...base, status: 'error', error: run.error, checks: {} };
    if (misses.length > 0) return { ...base, status: 'stale', error: null, checks: {} };
    const failed = run.samples.find((s) => s.error !== null);
    if (failed) {
      return { ...base, status: 'error', error: `sample ${failed.sample}: ${failed.error}`, checks: {} };
    }
    const edited = run.samples.flatMap((s) => s.suspects);
    if (strict && edited.length > 0) {
      const files = edited.map((s) => showPath(s.file)).join(', ');
      return {
        ...base,
        status: 'error',
        error: `--strict: cassette answers that cannot be trusted as recorded (edited, or no digest): ${files}`,
        checks: {},
      };
    }
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
