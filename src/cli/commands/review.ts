// `boussole review --run DIR --actuals FILE`: actual results in (CSV or YAML), a new version and its changelog out.
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { InputError } from '../../errors/index.js';
import { ActualsError, actualsFormatOf, reviewRun } from '../../living/index.js';
import { oneOf, parseCommand } from '../args.js';
import type { CliIo } from '../io.js';
import { steeringWords } from '../steering-words.js';
import { movesLines, roadmapLine } from '../summary.js';

const OPTIONS = {
  run: { type: 'string' },
  actuals: { type: 'string' },
  format: { type: 'string' },
  debug: { type: 'boolean' },
} as const;

export async function reviewCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('review', argv, OPTIONS);
  if (!values.run || !values.actuals)
    throw new InputError(
      'usage',
      '`boussole review` needs --run DIR and --actuals FILE (CSV or YAML: month,action,value,spend[,note]).',
    );
  if (positionals.length > 0)
    throw new InputError(
      'usage',
      `Unexpected argument \`${positionals[0]}\` (see \`boussole review --help\`).`,
    );
  const dir = resolve(io.cwd, values.run);
  const path = resolve(io.cwd, values.actuals);
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ActualsError(
      `Cannot read ${values.actuals} (${error.code ?? error.message}): give the path of a CSV or YAML file of results.`,
    );
  });
  const format =
    oneOf('format', values.format, ['csv', 'yaml', 'json'] as const) ?? actualsFormatOf(path, text);
  // Months are checked against the plan (not before its start, not after its end), not against today: a plan
  // dated ahead (draft --start 2027-01) can be rehearsed with figures before its months come.
  const result = await reviewRun(dir, text, format);
  const words = steeringWords(result.roadmap.language);
  const shown = relative(io.cwd, dir) || '.';
  const lines = [
    words.reviewed(result.accepted.length, result.roadmap.review?.asOf ?? null),
    roadmapLine(result.roadmap),
  ];
  if (result.changed)
    for (const change of result.roadmap.changes.filter((c) => c.kind === 'stopped'))
      lines.push(words.stopped(change.id, change.reason));
  if (result.previous && result.changed) lines.push(...movesLines(result.previous, result.roadmap));
  lines.push(
    result.changed ? words.version(result.version, result.archived) : words.unchanged(result.version),
  );
  lines.push(words.files(shown, result.files));
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
