// Turns the hand-authored fixture answers into cassettes: `npx tsx evals/build-cassettes.ts [case-id...]`.
//
// This is the tool for hand-authored fixtures; `boussole draft --record` (and `boussole eval --record`) is the
// tool for real models. Each case and sample runs through the real pipeline and the real OpenAI client, in
// re-record mode, against an in-process server that answers every agent with the case's answer file
// (fixtures/cases/<id>/answers/[sample-N/]<agent>.json). When a prompt template or schema changes, the
// cassettes go stale; this script re-derives them from the same answers. Same answers and same prompts give
// byte-identical cassettes: fixed `created`, ids derived from the request, provenance naming the answer file.
//
// Every cassette it writes carries the digest of its answer, so a later hand edit of the answer is reported.
// `--refresh-digests` does only that for hand-authored cassettes already there: after an answer was edited by
// hand in the cassette on purpose, it re-seals them without rebuilding anything (recorded ones are left alone).
//
// Options: --prompts DIR (a variant prompt folder), --out DIR (cassettes root, default fixtures/cassettes),
// --model NAME (default gpt-4.1-mini; `anthropic:…` or `mistralai:…` builds cassettes in that provider's wire
// format), --refresh-digests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import PQueue from 'p-queue';
import { AGENTS, isAgentId } from '../agents/index.js';
import { readBriefSource } from '../src/brief/index.js';
import {
  type AnswerCall,
  type AnswerResult,
  answerDigest,
  Cassette,
  type CassetteProvenance,
  openCassetteSession,
  startAnswerServer,
} from '../src/cassettes/index.js';
import { writeFileAtomic } from '../src/pipeline/atomic-write.js';
import { draft } from '../src/pipeline/draft.js';
import { loadPromptSet } from '../src/prompts/index.js';
import { createModel, DEFAULT_MODEL, parseModelSpec, type Wire } from '../src/providers/index.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CASES_DIR = join(ROOT, 'fixtures', 'cases');

export interface BuildOptions {
  /** Case ids to build; all cases with a case.json when empty. */
  caseIds: string[];
  /** Cassettes root: one folder per case, `sample-N/` inside for the extra samples. */
  outDir: string;
  /** Prompt templates folder; the bundled prompts/ when null. */
  promptsDir: string | null;
  /**
   * The model every agent is drafted with: its provider's wire format is what the cassettes key and store
   * (`anthropic:claude-sonnet-4-5` gives Messages API cassettes). @default DEFAULT_MODEL
   */
  model?: string;
}

export interface BuildResult {
  caseId: string;
  sample: number;
  dir: string;
  cassettes: number;
  status: string;
  error: string | null;
}

interface CaseFile {
  imperfections?: { agent: string; sample: number; kind: string; description: string }[];
}

/** Builds every requested case and sample, one at a time (each sample folder is written by its own session). */
export async function buildCassettes(options: BuildOptions): Promise<BuildResult[]> {
  const ids = options.caseIds.length > 0 ? options.caseIds : listCases();
  for (const id of ids) {
    if (!existsSync(join(CASES_DIR, id, 'case.json')))
      throw new Error(`No fixture case ${id} (expected ${join(CASES_DIR, id, 'case.json')}).`);
  }
  const server = await startAnswerServer(answerFromFiles);
  const results: BuildResult[] = [];
  try {
    for (const id of ids) {
      for (const sample of samplesOf(id)) {
        results.push(await buildOne(id, sample, server.origin, options));
      }
    }
  } finally {
    await server.close();
  }
  return results;
}

async function buildOne(
  caseId: string,
  sample: number,
  origin: string,
  options: BuildOptions,
): Promise<BuildResult> {
  const dir = sample === 1 ? join(options.outDir, caseId) : join(options.outDir, caseId, `sample-${sample}`);
  await clearCassettes(dir);
  const caseFile = JSON.parse(readFileSync(join(CASES_DIR, caseId, 'case.json'), 'utf8')) as CaseFile;
  const modelName = options.model ?? DEFAULT_MODEL;
  const spec = parseModelSpec(modelName);
  const wire: Wire = spec.kind === 'openai' ? 'openai' : (spec.provider.wire ?? 'openai');
  // The answer server speaks each wire: OpenAI's base URL ends in /v1, the other SDKs add /v1 themselves.
  const prefix = `${origin}/${caseId}/${sample}`;
  const upstream = {
    baseURL: wire === 'openai' ? `${prefix}/v1` : prefix,
    apiKey: 'hand-authored-upstream',
  };
  const session = await openCassetteSession({
    dir,
    mode: 're-record',
    upstreams: { [wire]: upstream },
    provenance: ({ agent }) => provenanceFor(caseId, sample, agent, caseFile),
  });
  const runDir = await mkdtemp(join(tmpdir(), 'boussole-cassettes-'));
  try {
    // The same construction as `boussole draft --record`: the real client of the model's provider, the session in front.
    const { model } = await createModel({
      source: 'llm',
      models: [modelName],
      variables: {},
      secrets: [],
      maxRepairTurns: 0,
      cassettes: { session, record: true },
    });
    const source = await readBriefSource(briefPath(caseId));
    const outcome = await draft(source, join(runDir, 'run'), {
      model,
      baseURL: null,
      prompts: loadPromptSet(options.promptsDir ?? undefined),
      queue: new PQueue({ concurrency: 4 }),
      // What `boussole draft --provider replay` and the eval runner send by default: the cassettes must match it.
      settingsFor: (id) => ({ model: modelName, temperature: AGENTS[id].temperature }),
      toolVersion: 'build-cassettes',
    });
    const error = outcome.manifest.error;
    return {
      caseId,
      sample,
      dir,
      cassettes: session.stats().recorded,
      status: outcome.manifest.status,
      error: error ? `${error.agent ?? 'run'}: ${error.message}` : null,
    };
  } finally {
    await session.close();
    await rm(runDir, { recursive: true, force: true });
  }
}

/** The upstream's answer: the case's answer file for this agent and sample (sample 1's when the sample has none). */
function answerFromFiles(call: AnswerCall): AnswerResult {
  const match = /^\/([^/]+)\/(\d+)\/v1$/.exec(call.prefix);
  if (!match) return { error: { status: 404, message: `build-cassettes: unexpected path ${call.prefix}` } };
  const [, caseId = '', sampleText = '1'] = match;
  const file = answerFile(caseId, Number(sampleText), call.agent);
  if (!file)
    return {
      error: { status: 400, message: `fixture case ${caseId} has no hand-authored answer for ${call.agent}` },
    };
  const answer = JSON.parse(readFileSync(file, 'utf8')) as { provenance?: unknown; content?: unknown };
  if (answer.provenance !== 'hand-authored') {
    return { error: { status: 400, message: `${relative(ROOT, file)} is not labelled hand-authored` } };
  }
  return { content: JSON.stringify(answer.content) };
}

function answerFile(caseId: string, sample: number, agent: string): string | null {
  if (!isAgentId(agent)) return null;
  const answers = join(CASES_DIR, caseId, 'answers');
  const own = join(sample === 1 ? answers : join(answers, `sample-${sample}`), `${agent}.json`);
  if (existsSync(own)) return own;
  const first = join(answers, `${agent}.json`);
  return existsSync(first) ? first : null;
}

function provenanceFor(
  caseId: string,
  sample: number,
  agent: string,
  caseFile: CaseFile,
): CassetteProvenance {
  const file = answerFile(caseId, sample, agent);
  const flaws = (caseFile.imperfections ?? []).filter(
    (flaw) => flaw.agent === agent && flaw.sample === sample,
  );
  const note = [
    `Hand-authored answer for fixture case ${caseId}, sample ${sample}: not a model's output.`,
    ...flaws.map((flaw) => `Deliberately imperfect (${flaw.kind}): ${flaw.description}`),
  ].join(' ');
  return {
    kind: 'hand-authored',
    source: file ? relative(ROOT, file).split('\\').join('/') : 'unknown',
    note,
  };
}

function listCases(): string[] {
  return readdirSync(CASES_DIR)
    .filter((name) => existsSync(join(CASES_DIR, name, 'case.json')))
    .sort();
}

/** Sample 1, then every `answers/sample-N/` folder that holds an answer, in order. */
function samplesOf(caseId: string): number[] {
  const answers = join(CASES_DIR, caseId, 'answers');
  const extra = readdirSync(answers)
    .map((name) => /^sample-(\d+)$/.exec(name))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => Number(match[1]))
    .filter((n) => n > 1 && readdirSync(join(answers, `sample-${n}`)).some((name) => name.endsWith('.json')))
    .sort((a, b) => a - b);
  return [1, ...extra];
}

function briefPath(caseId: string): string {
  const name = readdirSync(join(CASES_DIR, caseId)).find((file) =>
    /^brief\.(md|markdown|txt|json)$/.test(file),
  );
  if (!name) throw new Error(`fixture case ${caseId} has no brief file`);
  return join(CASES_DIR, caseId, name);
}

/** Removes the folder's cassettes (not its sample sub-folders), so a stale one cannot outlive a rebuild. */
async function clearCassettes(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) {
    if (name.endsWith('.json')) await rm(join(dir, name));
  }
}

export interface RefreshResult {
  file: string;
  /** `refreshed`: the digest was missing or stale and now matches; `kept`: it matched already; `recorded`: left alone. */
  outcome: 'refreshed' | 'kept' | 'recorded';
}

/**
 * Re-seals hand-authored cassettes under `outDir` (every case and sample folder, or only `caseIds`): the digest is
 * set to their answer as it is now. Recorded cassettes are never touched: their answer is a model's, and an edit
 * of one must stay visible.
 */
export async function refreshDigests(
  outDir: string,
  caseIds: readonly string[] = [],
): Promise<RefreshResult[]> {
  const results: RefreshResult[] = [];
  const cases =
    caseIds.length > 0 ? [...caseIds] : (await readdir(outDir).catch(() => [] as string[])).sort();
  for (const caseId of cases) {
    const root = join(outDir, caseId);
    const entries = await readdir(root, { recursive: true }).catch(() => [] as string[]);
    for (const name of entries.filter((entry) => entry.endsWith('.json')).sort()) {
      const file = join(root, name);
      const parsed = Cassette.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (!parsed.success) throw new Error(`${file} is not a cassette: ${parsed.error.issues[0]?.message}`);
      const cassette = parsed.data;
      if (cassette.provenance.kind !== 'hand-authored') {
        results.push({ file, outcome: 'recorded' });
        continue;
      }
      const digest = answerDigest(cassette.response);
      if (cassette.answerDigest === digest) {
        results.push({ file, outcome: 'kept' });
        continue;
      }
      await writeFileAtomic(file, `${JSON.stringify({ ...cassette, answerDigest: digest }, null, 2)}\n`);
      results.push({ file, outcome: 'refreshed' });
    }
  }
  return results;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      prompts: { type: 'string' },
      out: { type: 'string' },
      model: { type: 'string' },
      'refresh-digests': { type: 'boolean' },
    },
  });
  if (values['refresh-digests']) {
    const results = await refreshDigests(
      resolve(values.out ?? join(ROOT, 'fixtures', 'cassettes')),
      positionals,
    );
    for (const result of results.filter((r) => r.outcome === 'refreshed'))
      process.stdout.write(`refreshed ${relative(process.cwd(), result.file)}\n`);
    const count = (outcome: RefreshResult['outcome']) => results.filter((r) => r.outcome === outcome).length;
    process.stdout.write(
      `${count('refreshed')} digests refreshed, ${count('kept')} already matching, ${count('recorded')} recorded cassettes left alone.\n`,
    );
    return 0;
  }
  const results = await buildCassettes({
    caseIds: positionals,
    outDir: resolve(values.out ?? join(ROOT, 'fixtures', 'cassettes')),
    promptsDir: values.prompts ? resolve(values.prompts) : null,
    model: values.model,
  });
  let failed = 0;
  for (const result of results) {
    const where = relative(process.cwd(), result.dir) || '.';
    const line = `${result.caseId} sample ${result.sample}: ${result.cassettes} cassettes in ${where} (${result.status})`;
    process.stdout.write(`${line}${result.error ? ` — ${result.error}` : ''}\n`);
    if (result.status !== 'completed') failed += 1;
  }
  process.stdout.write(`${results.length - failed}/${results.length} case samples built.\n`);
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`build-cassettes: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
