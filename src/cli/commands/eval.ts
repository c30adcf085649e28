// `boussole eval`: replay the suites' cassettes through the real pipeline, score the checks, write the reports.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import {
  compareWithBaseline,
  type EvalReport,
  loadSuite,
  readBaseline,
  renderJunit,
  renderTable,
  runEval,
  variantHash,
} from '../../../evals/runner/index.js';
import { InputError } from '../../errors/index.js';
import { OPENAI_BASE_URL } from '../../llm/endpoint.js';
import { projectPath } from '../../paths.js';
import { DEFAULT_PROMPTS_DIR, loadPromptSet } from '../../prompts/index.js';
import { parseCommand, wholeNumber } from '../args.js';
import { loadEnvConfig, validBaseURL } from '../config.js';
import { EXIT_FAILURE, EXIT_OK } from '../exit-codes.js';
import { type CliIo, toolVersion } from '../io.js';

export const BUNDLED_SUITE = projectPath('evals', 'suites', 'bundled.json');

const OPTIONS = {
  prompts: { type: 'string' },
  record: { type: 'boolean' },
  report: { type: 'string' },
  junit: { type: 'string' },
  baseline: { type: 'string' },
  concurrency: { type: 'string' },
  quiet: { type: 'boolean' },
  strict: { type: 'boolean' },
  debug: { type: 'boolean' },
} as const;

/** A path as the user would type it from where they ran the command. */
const shown = (cwd: string, path: string) => relative(cwd, path) || '.';

export async function evalCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('eval', argv, OPTIONS);
  const concurrency = wholeNumber('concurrency', values.concurrency) ?? 4;
  const suitePaths = positionals.length > 0 ? positionals.map((p) => resolve(io.cwd, p)) : [BUNDLED_SUITE];
  // Everything the user gave is checked before any case runs: bad usage costs nothing.
  const suites = [];
  for (const path of suitePaths) suites.push(await loadSuite(path, shown(io.cwd, path)));
  const baseline = values.baseline
    ? await readBaseline(resolve(io.cwd, values.baseline), values.baseline)
    : null;
  // Report paths are checked now, not after the whole eval has run.
  if (values.report) await prepareOut(resolve(io.cwd, values.report), '--report');
  if (values.junit) await prepareOut(resolve(io.cwd, values.junit), '--junit');
  const promptsDir = values.prompts ? resolve(io.cwd, values.prompts) : DEFAULT_PROMPTS_DIR;
  const prompts = loadPromptSet(promptsDir);
  const variant = values.prompts ? variantHash(prompts, loadPromptSet()) : null;
  let record = null;
  if (values.record) {
    const env = loadEnvConfig(io.env, io.cwd);
    if (!env.apiKey && !env.baseURL) {
      throw new InputError(
        'usage',
        '`--record` sends the missing calls to a model: set OPENAI_API_KEY (and OPENAI_BASE_URL for a local server).',
      );
    }
    // Local servers accept any key; the real key, when there is one, stays in memory and out of every cassette.
    record = { baseURL: validBaseURL(env.baseURL) ?? OPENAI_BASE_URL, apiKey: env.apiKey ?? 'no-key' };
  }

  const result = await runEval({
    suites,
    prompts,
    promptsShown: shown(io.cwd, promptsDir),
    variant,
    record,
    concurrency,
    toolVersion: toolVersion(),
    onProgress: values.quiet ? undefined : (line) => io.stderr(line),
    signal: io.interrupt,
    strict: values.strict === true,
    showPath: (path) => shown(io.cwd, path),
    redactor: io.redactor,
  });
  const report: EvalReport = {
    ...result,
    baseline:
      baseline && values.baseline
        ? { path: values.baseline, moves: compareWithBaseline(result.suites, baseline) }
        : null,
  };
  io.stdout(renderTable(report));
  // Reports go through the same redaction step as everything else the command writes.
  const redact = (text: string) => io.redactor?.redact(text) ?? text;
  if (values.report)
    await writeOut(
      resolve(io.cwd, values.report),
      redact(`${JSON.stringify(report, null, 2)}\n`),
      '--report',
    );
  if (values.junit) await writeOut(resolve(io.cwd, values.junit), redact(renderJunit(report)), '--junit');
  return report.passed ? EXIT_OK : EXIT_FAILURE;
}

async function writeOut(path: string, text: string, option: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, 'utf8');
  } catch (error) {
    throw outError(path, option, error);
  }
}

/** Its folder exists (made if needed) and the path is not a folder: the report can be written at the end. */
async function prepareOut(path: string, option: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  } catch (error) {
    throw outError(path, option, error);
  }
}

function outError(path: string, option: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOTDIR' || code === 'EEXIST'
      ? 'a part of that path is a file, not a folder'
      : code === 'EISDIR'
        ? 'it is a folder'
        : code === 'ENOENT'
          ? 'a broken symbolic link is on its path'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : (code ?? String(error));
  return new InputError('usage', `Cannot write ${option} ${path}: ${why}. Choose another path.`, error);
}
