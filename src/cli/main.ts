// The CLI entry: wires the commands, and is the one place that turns errors into messages and exit codes.
import { BoussoleError } from '../errors/index.js';
import { EXIT_INTERRUPTED } from './exit-codes.js';
import { AGENT_HELP, AGENTS_HELP, DRAFT_HELP, EVAL_HELP, INIT_HELP, MAIN_HELP, SERVE_HELP } from './help.js';
import { type CliIo, interruptedExitCode, toolVersion, withRedaction } from './io.js';
import { DECIDE_HELP, REPLAN_HELP, REVIEW_HELP } from './steering-help.js';

type Command = (argv: string[], io: CliIo) => Promise<number>;

// Each command is imported only when it runs: `--help` and `replan` never load the pipeline or the LLM layer.
const COMMANDS: Record<string, { load: () => Promise<Command>; help: string }> = {
  init: { load: async () => (await import('./commands/init.js')).initCommand, help: INIT_HELP },
  draft: { load: async () => (await import('./commands/draft.js')).draftCommand, help: DRAFT_HELP },
  agent: { load: async () => (await import('./commands/agent.js')).agentCommand, help: AGENT_HELP },
  replan: { load: async () => (await import('./commands/replan.js')).replanCommand, help: REPLAN_HELP },
  decide: { load: async () => (await import('./commands/decide.js')).decideCommand, help: DECIDE_HELP },
  review: { load: async () => (await import('./commands/review.js')).reviewCommand, help: REVIEW_HELP },
  eval: { load: async () => (await import('./commands/eval.js')).evalCommand, help: EVAL_HELP },
  agents: { load: async () => (await import('./commands/agents.js')).agentsCommand, help: AGENTS_HELP },
  serve: { load: async () => (await import('./commands/serve.js')).serveCommand, help: SERVE_HELP },
};

export async function main(argv: string[], given: CliIo = processIo(argv)): Promise<number> {
  // Every line the command prints goes through the redaction step, whatever produced it.
  const io = withRedaction(given);
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help') {
    io.stdout(`${MAIN_HELP}\n`);
    return first === undefined ? 2 : 0;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(`${toolVersion()}\n`);
    return 0;
  }
  if (first === 'help') {
    const topic = rest[0] === undefined ? undefined : COMMANDS[rest[0]];
    io.stdout(`${topic?.help ?? MAIN_HELP}\n`);
    return 0;
  }
  const command = COMMANDS[first];
  if (!command) {
    io.stderr(
      `Unknown command \`${first}\`. Commands: ${Object.keys(COMMANDS).join(', ')} (see \`boussole --help\`).`,
    );
    return 2;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout(`${command.help}\n`);
    return 0;
  }
  try {
    const run = await command.load();
    const code = await run(rest, io);
    return code === EXIT_INTERRUPTED ? interruptedExitCode(io.interrupt) : code;
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (BoussoleError.isInstance(error)) {
    io.stderr(`boussole: ${error.message}`);
    if (io.debug && error.stack) io.stderr(error.stack);
    return error.code === 'interrupted' ? interruptedExitCode(io.interrupt) : error.exitCode;
  }
  io.stderr(`boussole: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
  if (io.debug && error instanceof Error && error.stack) io.stderr(error.stack);
  else io.stderr('Run again with --debug for the stack trace, and please report it.');
  return 1;
}

function processIo(argv: string[]): CliIo {
  const controller = new AbortController();
  // First Ctrl-C (or SIGTERM, as `kill`, systemd and CI send) stops cleanly; a second one exits at once.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      controller.abort(signal);
      process.once(signal, () => process.exit(interruptedExitCode(controller.signal)));
    });
  }
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    cwd: process.cwd(),
    stdin: process.stdin,
    interrupt: controller.signal,
    debug: argv.includes('--debug'),
  };
}
