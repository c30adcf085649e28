// `boussole serve`: the local web app on 127.0.0.1 over the same run folders and pipeline as the other commands.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../../errors/index.js';
import { createRateLimiters } from '../../llm/rate-limiter.js';
import { realSleep } from '../../llm/sleep.js';
import { draft, rerunAgent } from '../../pipeline/draft.js';
import { DEFAULT_MODEL } from '../../providers/create-model.js';
import { createBoussoleServer, type Drafter, type DraftJob, findFreePort } from '../../server/index.js';
import { parseCommand, wholeNumber } from '../args.js';
import { loadEnvConfig } from '../config.js';
import type { CliIo } from '../io.js';
import { defaultProvider } from '../model-factory.js';
import { buildRunContext } from '../run-context.js';

const OPTIONS = {
  port: { type: 'string' },
  runs: { type: 'string' },
  open: { type: 'boolean' },
  'max-brief-chars': { type: 'string' },
  'eval-report': { type: 'string' },
  debug: { type: 'boolean' },
} as const;

export const DEFAULT_PORT = 4477;
/** Variables whose values never leave the process, whatever provider reads them. */
const SECRET_VARIABLE = /(?:_API_KEY|_AUTH_TOKEN|_ACCESS_TOKEN|_SECRET_KEY)$/;

export async function serveCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('serve', argv, OPTIONS);
  if (positionals.length > 0) {
    throw new InputError(
      'usage',
      `Unexpected argument \`${positionals[0]}\` (see \`boussole serve --help\`).`,
    );
  }
  const requested = wholeNumber('port', values.port, 0);
  if (requested !== undefined && requested > 65_535) {
    throw new InputError(
      'usage',
      `Expected \`--port\` to be a whole number from 0 to 65535, got \`${values.port}\`.`,
    );
  }
  const maxBriefChars = wholeNumber('max-brief-chars', values['max-brief-chars']);
  const env = loadEnvConfig(io.env, io.cwd);
  // A model that names its provider (BOUSSOLE_MODEL=anthropic:…) makes the LLM choice available as a key would.
  const first = defaultProvider(env, [env.model ?? '', ...Object.values(env.agentModels)]);
  const providers = first === 'offline' ? ['offline'] : [first, 'offline'];
  const secrets = [
    env.apiKey,
    ...Object.entries(io.env)
      .filter(([name]) => SECRET_VARIABLE.test(name))
      .map(([, value]) => value),
  ].filter((value): value is string => typeof value === 'string' && value.trim() !== '');

  const jobIo = (job: DraftJob): CliIo => ({ ...io, interrupt: job.signal });
  // One limiter per endpoint for the server's whole life: concurrent drafts share each provider's limit.
  const limiters = createRateLimiters({ ceilingRpm: null, sleep: realSleep });
  const drafter: Drafter = {
    providers,
    models: [env.model ?? DEFAULT_MODEL, ...Object.values(env.agentModels)],
    async draft(source, dir, job) {
      const context = await buildRunContext({ provider: job.provider }, jobIo(job), '', limiters);
      try {
        // Month 1 is the one asked for, else this month: the clock is read here, in the CLI, as for `draft`.
        const start = job.start ?? new Date().toISOString().slice(0, 7);
        return await draft(source, dir, { ...context, onProgress: job.onProgress, start });
      } finally {
        await context.close();
      }
    },
    async rerun(dir, agentId, cascade, job) {
      const context = await buildRunContext({ provider: job.provider }, jobIo(job), '', limiters);
      try {
        return await rerunAgent(dir, agentId, cascade, { ...context, onProgress: job.onProgress });
      } finally {
        await context.close();
      }
    },
  };

  const evalReport = values['eval-report']
    ? resolve(io.cwd, values['eval-report'])
    : resolve(io.cwd, 'evals', 'latest.json');
  const port = requested ?? (await findFreePort(DEFAULT_PORT));
  const server = await createBoussoleServer({
    runsDir: resolve(io.cwd, values.runs ?? 'runs'),
    port,
    drafter,
    secrets,
    maxBriefChars,
    evalReport: values['eval-report'] || existsSync(evalReport) ? evalReport : null,
    log: (line) => io.stderr(line),
  });
  const url = await server.listen();
  io.stdout(`${url}\n`);
  io.stderr(
    `Boussole is serving ${resolve(io.cwd, values.runs ?? 'runs')} on ${url} (127.0.0.1 only). Ctrl-C stops it.`,
  );
  if (values.open) openBrowser(url);
  await new Promise<void>((done) => {
    if (io.interrupt.aborted) done();
    else io.interrupt.addEventListener('abort', () => done(), { once: true });
  });
  io.stderr(
    'Stopping: drafts in progress keep what they finished (continue them with `boussole draft --resume DIR`).',
  );
  await server.close();
  return 0;
}

function openBrowser(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  // A missing opener is not an error: the URL is printed anyway.
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => {});
  child.unref();
}
