// `boussole decide --run DIR`: decisions that last — pin, veto, lock, set — with `--why`; `--list` and `--undo ID`.
import { resolve } from 'node:path';
import type { HorizonId } from '../../arbiter/index.js';
import { InputError } from '../../errors/index.js';
import { applyDecision, type DecisionRequest, listDecisions } from '../../living/index.js';
import { parseCommand } from '../args.js';
import type { CliIo } from '../io.js';
import { steeringWords } from '../steering-words.js';
import { movesLines, roadmapLine } from '../summary.js';

const OPTIONS = {
  run: { type: 'string' },
  pin: { type: 'string' },
  veto: { type: 'string' },
  lock: { type: 'string' },
  set: { type: 'string', multiple: true },
  why: { type: 'string' },
  undo: { type: 'string' },
  list: { type: 'boolean' },
  debug: { type: 'boolean' },
} as const;

const HORIZONS: readonly HorizonId[] = ['now', 'next', 'later'];
const SET_KEYS: Record<string, 'cost' | 'effortDays' | 'target'> = {
  cost: 'cost',
  effort: 'effortDays',
  'effort-days': 'effortDays',
  target: 'target',
};

/** `--set A3 cost=1200` arrives as `--set A3` plus the positional `cost=1200`; `--set A3:cost=1200` also works. */
function setRequest(values: string[], positionals: string[], why: string | null): DecisionRequest {
  const words = [...values.flatMap((v) => v.split(/[\s:]+/)), ...positionals].filter((w) => w !== '');
  const id = words.find((w) => !w.includes('='));
  if (!id)
    throw new InputError(
      'usage',
      'Give the action and what to set: `--set A3 cost=1200` (cost, effort, target).',
    );
  const set: { cost?: number; effortDays?: number; target?: number } = {};
  for (const pair of words.filter((w) => w.includes('='))) {
    const [rawKey = '', rawValue = ''] = pair.split('=');
    const key = SET_KEYS[rawKey.toLowerCase()];
    const value = Number(rawValue.replace(',', '.'));
    if (!key)
      throw new InputError(
        'usage',
        `Unknown estimate \`${rawKey}\` in --set: use cost=N, effort=N or target=N.`,
      );
    if (!Number.isFinite(value) || value < 0)
      throw new InputError(
        'usage',
        `Expected \`${rawKey}\` to be a number, zero or more, got \`${rawValue}\`.`,
      );
    set[key] = value;
  }
  return { kind: 'set', actionId: id, set, why };
}

export async function decideCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('decide', argv, OPTIONS);
  if (!values.run)
    throw new InputError('usage', '`boussole decide` needs --run DIR, a run directory with a roadmap.');
  const dir = resolve(io.cwd, values.run);
  const why = values.why ?? null;
  const given = [
    values.pin,
    values.veto,
    values.lock,
    values.set,
    values.undo,
    values.list ? true : undefined,
  ].filter((v) => v !== undefined);
  if (given.length !== 1) {
    throw new InputError(
      'usage',
      'Give exactly one of --pin ID, --veto ID, --lock ID=HORIZON, --set ID KEY=N, --undo ID or --list.',
    );
  }
  if (values.list) {
    const { decisions, language } = await listDecisions(dir);
    const words = steeringWords(language);
    const quote = (title: string) => (language === 'fr' ? `« ${title} »` : `"${title}"`);
    const describe = (d: (typeof decisions)[number]) => {
      if (d.kind === 'lock') return `lock ${d.actionId}=${d.horizon}`;
      if (d.kind !== 'set') return `${d.kind} ${d.actionId}`;
      const pairs = Object.entries(d.set ?? {}).filter(([, v]) => v !== null);
      return `set ${d.actionId} ${pairs.map(([k, v]) => `${k === 'effortDays' ? 'effort' : k}=${v}`).join(' ')}`;
    };
    const lines =
      decisions.length === 0
        ? [words.noDecisions]
        : [
            words.decided(decisions.length),
            ...decisions.map(
              (d) => `  ${describe(d)}  ${quote(d.title)}${d.why ? ` — ${d.why}` : ''}  (${d.at})`,
            ),
          ];
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  }
  if (positionals.length > 0 && values.set === undefined)
    throw new InputError(
      'usage',
      `Unexpected argument \`${positionals[0]}\` (see \`boussole decide --help\`).`,
    );

  let request: DecisionRequest;
  if (values.pin) request = { kind: 'pin', actionId: values.pin, why };
  else if (values.veto) request = { kind: 'veto', actionId: values.veto, why };
  else if (values.undo) request = { kind: 'undo', actionId: values.undo };
  else if (values.lock) {
    const [id = '', horizon = ''] = values.lock.split('=');
    if (!HORIZONS.includes(horizon as HorizonId))
      throw new InputError(
        'usage',
        `Expected \`--lock ID=HORIZON\` with HORIZON now, next or later, got \`${values.lock}\`.`,
      );
    request = { kind: 'lock', actionId: id, horizon: horizon as HorizonId, why };
  } else request = setRequest(values.set ?? [], positionals, why);

  // The decision's time is read here, in the CLI, and recorded with it; nothing below reads the clock.
  const result = await applyDecision(dir, request, new Date().toISOString());
  const words = steeringWords(result.roadmap.language);
  const lines = [roadmapLine(result.roadmap)];
  if (result.previous) lines.push(...movesLines(result.previous, result.roadmap));
  for (const d of result.roadmap.decisions) if (d.status !== 'applied') lines.push(`  ${d.message}`);
  lines.push(
    result.changed ? words.version(result.version, result.archived) : words.unchanged(result.version),
  );
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
