// Starts the fake OpenAI-compatible server by hand, for benchmarks, the soak script and manual runs:
//   npx tsx bench/fake-openai-server.ts --latency 1500 --faults 0.25 --rpm 60 --answer schema-fill
// Prints the base URL on stdout, then a summary of what it served on stderr when stopped (Ctrl-C).
import { parseArgs } from 'node:util';
import {
  FAULT_KINDS,
  type FakeOpenAIOptions,
  type FaultKind,
  startFakeOpenAI,
} from '../test/support/fake-openai-server.js';

const USAGE = `Usage: npx tsx bench/fake-openai-server.ts [options]
  --latency MS          delay before each answer (default 0)
  --answer STYLE        schema-fill | meaningless (default schema-fill)
  --faults RATE         fraction of requests that get a fault, 0 to 1 (default 0)
  --fault-kinds LIST    comma-separated, among: ${FAULT_KINDS.join(', ')} (default all)
  --seed N              fault sequence seed (default 1)
  --rpm N               requests per minute before 429 (default no limit)
  --port N              port on 127.0.0.1 (default: the OS picks)`;

function number(
  name: string,
  text: string | undefined,
  { min = 0, max = Number.POSITIVE_INFINITY, whole = false } = {},
) {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (
    text.trim() === '' ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (whole && !Number.isInteger(value))
  ) {
    const range = max === Number.POSITIVE_INFINITY ? `from ${min}` : `from ${min} to ${max}`;
    throw new Error(
      `Expected \`--${name}\` to be a ${whole ? 'whole number' : 'number'} ${range}, got \`${text}\``,
    );
  }
  return value;
}

function parseOptions(args: string[]): FakeOpenAIOptions | 'help' {
  const { values } = parseArgs({
    args,
    options: {
      latency: { type: 'string' },
      answer: { type: 'string' },
      faults: { type: 'string' },
      'fault-kinds': { type: 'string' },
      seed: { type: 'string' },
      rpm: { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const answer = values.answer ?? 'schema-fill';
  if (answer !== 'schema-fill' && answer !== 'meaningless')
    throw new Error(`Expected \`--answer\` to be schema-fill or meaningless, got \`${answer}\``);
  const rate = number('faults', values.faults, { max: 1 });
  const kinds = values['fault-kinds']?.split(',').map((kind) => kind.trim()) as FaultKind[] | undefined;
  return {
    latencyMs: number('latency', values.latency),
    answer,
    faults:
      rate || kinds
        ? { rate: rate ?? 0, kinds, seed: number('seed', values.seed, { whole: true }) }
        : undefined,
    rpmLimit: number('rpm', values.rpm, { min: 1, whole: true }),
    port: number('port', values.port, { max: 65_535, whole: true }),
  };
}

async function main() {
  let options: FakeOpenAIOptions | 'help';
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(2);
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let server: Awaited<ReturnType<typeof startFakeOpenAI>>;
  try {
    server = await startFakeOpenAI(options);
  } catch (error) {
    // Bad fault kinds and a port in use surface here, with the library's exact message.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
  process.stdout.write(`${server.url}\n`);
  process.stderr.write('fake-openai: listening; Ctrl-C to stop\n');
  const shutdown = async () => {
    await server.stop();
    process.stderr.write(`fake-openai: stopped\n${JSON.stringify(server.stats(), null, 2)}\n`);
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

await main();
