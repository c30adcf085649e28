// `boussole draft`: read one or more briefs, run the agents, write each run directory, print where it is.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type BriefSource, readBriefSource } from '../../brief/index.js';
import { BoussoleError, InputError } from '../../errors/index.js';
import { draft, type RunOutcome, resume } from '../../pipeline/draft.js';
import { oneOf, parseCommand, wholeNumber } from '../args.js';
import { EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { progressPrinter } from '../progress.js';
import { buildRunContext, RUN_OPTIONS } from '../run-context.js';
import { summariseOutcome } from '../summary.js';

const OPTIONS = {
  ...RUN_OPTIONS,
  out: { type: 'string' },
  lang: { type: 'string' },
  resume: { type: 'string' },
  'max-brief-chars': { type: 'string' },
} as const;

const BRIEF_EXTENSIONS = ['.md', '.markdown', '.txt', '.json'];

export async function draftCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('draft', argv, OPTIONS);
  const lang = oneOf('lang', values.lang, ['fr', 'en'] as const);
  if (values.resume) {
    if (positionals.length > 0)
      throw new InputError('usage', '`--resume DIR` continues a run: give no brief with it.');
    const context = await buildRunContext(values, io);
    try {
      return report(
        [{ status: 'fulfilled', value: await resume(resolve(io.cwd, values.resume), context) }],
        ['run'],
        io,
      );
    } finally {
      await context.close();
    }
  }
  if (positionals.length === 0) {
    throw new InputError(
      'usage',
      'Give a brief file, a folder of briefs, or - to read stdin (see `boussole draft --help`).',
    );
  }
  const maxChars = wholeNumber('max-brief-chars', values['max-brief-chars']);
  // Every brief is read and checked before any model is called: bad input costs nothing.
  const sources: BriefSource[] = [];
  const stdinIsTerminal = (io.stdin as { isTTY?: boolean }).isTTY === true;
  if (positionals.includes('-') && stdinIsTerminal)
    io.stderr('Reading the brief from stdin: paste it, then press Ctrl-D.');
  for (const path of await expandBriefPaths(positionals, io.cwd)) {
    sources.push(await readBriefSource(path, { stdin: io.stdin, maxChars, lang }));
  }
  const batch = sources.length > 1;
  if (batch && (values.record || values.provider === 'replay')) {
    // One cassette folder stands for one brief: mixing several briefs' calls in it would make a case of none.
    throw new InputError(
      'usage',
      'Cassettes (`--provider replay`, `--record`) take one brief at a time; `boussole eval` replays many.',
    );
  }
  const context = await buildRunContext(values, io);
  const names = uniqueNames(sources.map((source) => source.name));
  const stamp = timestamp();
  try {
    // Settled one by one: a brief that fails does not abandon the others, and each gets its own report.
    const outcomes = await Promise.allSettled(
      sources.map((source, index) => {
        const name = names[index] as string;
        // A generated name is claimed atomically (-2, -3... when another run took it the same second).
        const dir =
          batch || !values.out
            ? { parent: resolve(io.cwd, values.out ?? 'runs'), name: `${name}-${stamp}` }
            : resolve(io.cwd, values.out);
        const prefix = batch ? `${name} ` : '';
        return draft(source, dir, { ...context, onProgress: progressPrinter(io.stderr, prefix) });
      }),
    );
    return report(outcomes, names, io);
  } finally {
    await context.close();
  }
}

/** Two briefs of a batch never share a run folder: repeated names get -2, -3... */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name}-${count}`;
  });
}

async function expandBriefPaths(paths: string[], cwd: string): Promise<string[]> {
  const expanded: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      expanded.push(path);
      continue;
    }
    const full = resolve(cwd, path);
    const info = await stat(full).catch(() => null);
    if (info?.isDirectory()) {
      const entries = (await readdir(full))
        .filter((name) => BRIEF_EXTENSIONS.some((ext) => name.endsWith(ext)))
        .sort();
      if (entries.length === 0)
        throw new InputError('brief_missing', `The folder ${path} holds no brief (.md, .txt or .json).`);
      expanded.push(...entries.map((name) => join(full, name)));
    } else {
      expanded.push(full);
    }
  }
  return expanded;
}

/** A sortable local-independent stamp for run folder names. */
function timestamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** One summary per brief; the exit code is the worst of them: interrupted, then bad input, then a failure. */
function report(outcomes: PromiseSettledResult<RunOutcome>[], names: readonly string[], io: CliIo): number {
  const codes = outcomes.map((outcome, index): number => {
    if (outcome.status === 'rejected') {
      const error = outcome.reason;
      const batch = outcomes.length > 1 ? `${names[index]}: ` : '';
      io.stderr(`boussole: ${batch}${error instanceof Error ? error.message : String(error)}`);
      return BoussoleError.isInstance(error) ? error.exitCode : EXIT_FAILURE;
    }
    io.stdout(summariseOutcome(outcome.value, io.cwd));
    const { status } = outcome.value.manifest;
    return status === 'interrupted' ? EXIT_INTERRUPTED : status === 'failed' ? EXIT_FAILURE : EXIT_OK;
  });
  for (const code of [EXIT_INTERRUPTED, EXIT_USAGE, EXIT_FAILURE]) if (codes.includes(code)) return code;
  return EXIT_OK;
}
