// `boussole draft`: read one or more briefs, run the agents, write each run directory, print where it is.
import { resolve } from 'node:path';
import { type Language, Profile } from '../../../agents/brief.js';
import { BoussoleError, InputError } from '../../errors/index.js';
import { draft, type RunOutcome, resume } from '../../pipeline/draft.js';
import { oneOf, parseCommand, wholeNumber } from '../args.js';
import { EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { currentMonth, monthOption } from '../month.js';
import { progressPrinter } from '../progress.js';
import { type RefusedBrief, readBriefs, refusalLines } from '../read-briefs.js';
import { buildRunContext, RUN_OPTIONS } from '../run-context.js';
import { isEmptyPlan, summariseOutcome } from '../summary.js';

const OPTIONS = {
  ...RUN_OPTIONS,
  out: { type: 'string' },
  lang: { type: 'string' },
  resume: { type: 'string' },
  'max-brief-chars': { type: 'string' },
  start: { type: 'string' },
  profile: { type: 'string' },
} as const;

export async function draftCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('draft', argv, OPTIONS);
  const lang = oneOf('lang', values.lang, ['fr', 'en'] as const);
  // Month 1 of the plan: given, or this month. The only clock read; the arbiter is handed the month.
  const start = monthOption('start', values.start) ?? currentMonth();
  const profile = oneOf('profile', values.profile, Profile.options);
  if (values.resume) {
    if (profile !== undefined)
      throw new InputError(
        'usage',
        "`--resume DIR` keeps the run's profile: change it with `boussole replan --run DIR --profile NAME`.",
      );
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
  const stdinIsTerminal = (io.stdin as { isTTY?: boolean }).isTTY === true;
  if (positionals.includes('-') && stdinIsTerminal)
    io.stderr('Reading the brief from stdin: paste it, then press Ctrl-D.');
  // A batch never stops for one bad brief: it is named with its reason at the end, and the exit code says so.
  const { sources, refused } = await readBriefs(positionals, {
    cwd: io.cwd,
    stdin: io.stdin,
    maxChars,
    lang,
  });
  // The notices, the progress and the refusals follow the brief: `--lang`, else the language read from its text.
  const languages = new Set(sources.map((source) => source.language));
  const language = lang ?? (languages.size === 1 ? [...languages][0] : undefined) ?? 'en';
  if (sources.length === 0) {
    for (const line of refusalLines(refused, 0, language)) io.stderr(line);
    return EXIT_USAGE;
  }
  const batch = sources.length + refused.length > 1;
  if (batch && (values.record || values.provider === 'replay')) {
    // One cassette folder stands for one brief: mixing several briefs' calls in it would make a case of none.
    throw new InputError(
      'usage',
      'Cassettes (`--provider replay`, `--record`) take one brief at a time; `boussole eval` replays many.',
    );
  }
  const context = await buildRunContext(values, io, '', undefined, language);
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
        return draft(source, dir, {
          ...context,
          start,
          ...(profile === undefined ? {} : { profile }),
          onProgress: progressPrinter(io.stderr, prefix, lang ?? source.language),
        });
      }),
    );
    return report(outcomes, names, io, refused, language);
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

/** A sortable local-independent stamp for run folder names. */
function timestamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/**
 * One summary per brief, then the briefs a batch set aside; the exit code is the worst: interrupted, then a
 * run-time failure, then bad input (2 only when nothing worse happened).
 */
function report(
  outcomes: PromiseSettledResult<RunOutcome>[],
  names: readonly string[],
  io: CliIo,
  refused: readonly RefusedBrief[] = [],
  language: Language = 'en',
): number {
  const codes = outcomes.map((outcome, index): number => {
    if (outcome.status === 'rejected') {
      const error = outcome.reason;
      const batch = outcomes.length > 1 ? `${names[index]}: ` : '';
      io.stderr(`boussole: ${batch}${error instanceof Error ? error.message : String(error)}`);
      return BoussoleError.isInstance(error) ? error.exitCode : EXIT_FAILURE;
    }
    io.stdout(summariseOutcome(outcome.value, io.cwd));
    const { status } = outcome.value.manifest;
    if (status === 'interrupted') return EXIT_INTERRUPTED;
    if (status === 'failed') return EXIT_FAILURE;
    // An empty plan is no success: its files are kept and stdout says why, and the exit code is 1, so a script or a
    // batch that only checks for 0 cannot take a blank roadmap for a finished one.
    return outcome.value.roadmap && isEmptyPlan(outcome.value.roadmap) ? EXIT_FAILURE : EXIT_OK;
  });
  for (const line of refusalLines(refused, outcomes.length, language)) io.stderr(line);
  if (refused.length > 0) codes.push(EXIT_USAGE);
  for (const code of [EXIT_INTERRUPTED, EXIT_FAILURE, EXIT_USAGE]) if (codes.includes(code)) return code;
  return EXIT_OK;
}
