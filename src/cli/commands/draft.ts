// `boussole draft`: read one or more briefs, run the agents, write each run directory, print where it is.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type BriefSource, readBriefSource } from '../../brief/index.js';
import { InputError } from '../../errors/index.js';
import { draft, type RunOutcome, resume } from '../../pipeline/draft.js';
import { parseCommand, wholeNumber } from '../args.js';
import type { CliIo } from '../io.js';
import { EXIT_INTERRUPTED } from '../exit-codes.js';
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
  const lang = values.lang;
  if (lang !== undefined && lang !== 'fr' && lang !== 'en') {
    throw new InputError('usage', `Expected \`--lang\` to be fr or en, got \`${lang}\`.`);
  }
  if (values.resume) {
    if (positionals.length > 0) throw new InputError('usage', '`--resume DIR` continues a run: give no brief with it.');
    const context = await buildRunContext(values, io);
    try {
      return report([await resume(resolve(io.cwd, values.resume), context)], io);
    } finally {
      await context.close();
    }
  }
  if (positionals.length === 0) {
    throw new InputError('usage', 'Give a brief file, a folder of briefs, or - to read stdin (see `boussole draft --help`).');
  }
  const maxChars = wholeNumber('max-brief-chars', values['max-brief-chars']);
  // Every brief is read and checked before any model is called: bad input costs nothing.
  const sources: BriefSource[] = [];
  const stdinIsTerminal = (io.stdin as { isTTY?: boolean }).isTTY === true;
  if (positionals.includes('-') && stdinIsTerminal) io.stderr('Reading the brief from stdin: paste it, then press Ctrl-D.');
  for (const path of await expandBriefPaths(positionals, io.cwd)) {
    sources.push(await readBriefSource(path, { stdin: io.stdin, maxChars, lang }));
  }
  const batch = sources.length > 1;
  if (batch && (values.record || values.provider === 'replay')) {
    // One cassette folder stands for one brief: mixing several briefs' calls in it would make a case of none.
    throw new InputError('usage', 'Cassettes (`--provider replay`, `--record`) take one brief at a time; `boussole eval` replays many.');
  }
  const context = await buildRunContext(values, io);
  const stamp = timestamp();
  try {
    const outcomes = await Promise.all(
      sources.map((source) => {
        const dir = batch || !values.out
          ? join(resolve(io.cwd, values.out ?? 'runs'), `${source.name}-${stamp}`)
          : resolve(io.cwd, values.out);
        const prefix = batch ? `${source.name} ` : '';
        return draft(source, dir, { ...context, onProgress: progressPrinter(io.stderr, prefix) });
      }),
    );
    return report(outcomes, io);
  } finally {
    await context.close();
  }
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
      const entries = (await readdir(full)).filter((name) => BRIEF_EXTENSIONS.some((ext) => name.endsWith(ext))).sort();
      if (entries.length === 0) throw new InputError('brief_missing', `The folder ${path} holds no brief (.md, .txt or .json).`);
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

function report(outcomes: RunOutcome[], io: CliIo): number {
  let exit = 0;
  for (const outcome of outcomes) {
    io.stdout(summariseOutcome(outcome));
    if (outcome.manifest.status === 'interrupted') exit = EXIT_INTERRUPTED;
    else if (outcome.manifest.status === 'failed' && exit === 0) exit = 1;
  }
  return exit;
}
