// `boussole replan --run DIR`: re-arbitrate a run with new constraints (kept for later re-arbitrations), or compare
// scenarios side by side with `--compare` without changing the roadmap. No model call.
import { join, relative, resolve } from 'node:path';
import type { ConstraintOverrides } from '../../arbiter/index.js';
import { InputError } from '../../errors/index.js';
import { previewReplan, replanRun } from '../../living/index.js';
import { writeFileAtomic } from '../../pipeline/atomic-write.js';
import { oneOf, parseCommand, positiveNumber, wholeNumber } from '../args.js';
import type { CliIo } from '../io.js';
import { monthOption } from '../month.js';
import { steeringWords } from '../steering-words.js';
import { replanLines } from '../summary.js';

const OPTIONS = {
  run: { type: 'string' },
  budget: { type: 'string' },
  'capacity-days': { type: 'string' },
  'horizon-months': { type: 'string' },
  profile: { type: 'string' },
  start: { type: 'string' },
  reset: { type: 'boolean' },
  compare: { type: 'string' },
  debug: { type: 'boolean' },
} as const;

export async function replanCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('replan', argv, OPTIONS);
  if (!values.run)
    throw new InputError('usage', '`boussole replan` needs --run DIR, a finished run directory.');
  if (positionals.length > 0)
    throw new InputError(
      'usage',
      `Unexpected argument \`${positionals[0]}\` (see \`boussole replan --help\`).`,
    );
  const dir = resolve(io.cwd, values.run);
  const shown = relative(io.cwd, dir) || '.';

  if (values.compare !== undefined) {
    const preview = await previewReplan(dir, values.compare);
    const path = join(dir, 'compare.md');
    await writeFileAtomic(path, preview.markdown);
    const language = preview.markdown.includes('Scénario') ? 'fr' : 'en';
    const words = steeringWords(language);
    const names = (moves: { id: string }[]) =>
      moves.length === 0 ? words.nothing : moves.map((m) => m.id).join(', ');
    const lines = [
      ...preview.scenarios.map((s) => words.scenario(s.label, names(s.added), names(s.removed))),
      ...preview.markdown
        .split('\n')
        .filter((line) => line.startsWith('- +'))
        .map((line) => words.unlock(line.slice(2))),
      words.compared(join(shown, 'compare.md')),
    ];
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  }

  const overrides: ConstraintOverrides = {};
  const budget = positiveNumber('budget', values.budget, 0);
  const capacityDays = positiveNumber('capacity-days', values['capacity-days'], 0);
  const horizonMonths = wholeNumber('horizon-months', values['horizon-months'], 1);
  const profile = oneOf('profile', values.profile, ['executive', 'cmo', 'smb'] as const);
  if (budget !== undefined) overrides.budget = budget;
  if (capacityDays !== undefined) overrides.capacityDays = capacityDays;
  if (horizonMonths !== undefined) overrides.horizonMonths = horizonMonths;
  if (profile !== undefined) overrides.profile = profile;
  const start = monthOption('start', values.start);

  const published = await replanRun(dir, {
    overrides,
    ...(start === undefined ? {} : { start }),
    reset: values.reset === true,
  });
  // The figure is the re-arbitration's own: reading and writing the run's files come on top.
  const elapsed = published.arbiterMs;
  const words = steeringWords(published.roadmap.language);
  const lines = [
    ...replanLines(published.roadmap, elapsed, shown, published.previous),
    published.changed
      ? words.version(published.version, published.archived)
      : words.unchanged(published.version),
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
