// Help texts for `boussole --help` and each command's `--help`.
export const MAIN_HELP = `boussole — turn a company brief into a prioritised marketing roadmap

Usage: boussole <command> [options]

Commands:
  init [FILE]           a few questions in the terminal → a commented brief.yaml (pre-filled from FILE)
  draft <brief...|->    draft a roadmap from one or more briefs (files, folders, or - for stdin)
  agent <id> --run DIR  rerun one agent with the others pinned, then re-arbitrate
  replan --run DIR      re-arbitrate with new constraints (budget, capacity, horizon), or --compare what-ifs
  decide --run DIR      decisions that last: --pin, --veto, --lock ID=HORIZON, --set ID cost=N, --undo, --list
  review --run DIR      actual results (--actuals FILE) → statuses, kill criteria, a new version and its changelog
  eval [SUITE...]       run eval suites on recorded answers and score their consistency
  agents                list the agents, what each needs and its prompt templates
  serve                 the local web app on http://127.0.0.1:4477 (paste a brief, steer the roadmap)

Options:
  -h, --help       show help (also: boussole <command> --help)
  -v, --version    print the version

With no OPENAI_API_KEY (environment or .env), drafts use the offline drafter.
Exit codes: 0 done, 1 run-time failure (finished outputs are kept), 2 bad usage or bad input, 130 interrupted
(Ctrl-C), 143 stopped by SIGTERM.`;

export const DRAFT_HELP = `Usage: boussole draft <brief...|-> [options]

Draft a roadmap from a brief: plain text, Markdown (optionally with YAML front matter), JSON or YAML of any
reasonable shape. Several briefs (files or folders of .md/.txt/.json/.yaml) share one queue and one rate limit,
one run directory each; a bad brief of a batch is named at the end and the others are drafted.

Options:
  --out DIR              run directory (default runs/<name>-<timestamp>; with several briefs, a parent folder)
  --provider NAME        openai | offline | replay (default: a model when OPENAI_API_KEY or OPENAI_BASE_URL is set or
                         --model names a provider, else offline); openai calls each agent's model, whatever its provider
  --lang fr|en           output language (default: detected from the brief)
  --model NAME           model for every agent; --model AGENT=NAME for one agent (repeatable); PROVIDER:MODEL
                         through LangChain, e.g. anthropic:claude-sonnet-4-5 (ANTHROPIC_API_KEY) or
                         mistralai:mistral-large-latest (MISTRAL_API_KEY)
  --temperature N        sampling temperature for every agent (default: each agent's own)
  --concurrency N        agents in flight at once (default 4)
  --rpm N                at most N model requests per minute (a ceiling: without it the shared limiter
                         still follows the server's own limit, Retry-After and x-ratelimit headers)
  --timeout SECONDS      per model request (default 120)
  --deadline SECONDS     per agent, every attempt and wait included (default 180, or BOUSSOLE_AGENT_DEADLINE)
  --cassettes DIR        the cassette folder of this brief, one JSON file per LLM call; required with
                         --provider replay or --record (e.g. fixtures/cassettes/fr-boulangerie-lyon)
  --record               replay the cassettes DIR has and call the configured model (OPENAI_BASE_URL,
                         OPENAI_API_KEY) for the others, saving each answer there (never the key)
  --resume DIR           continue an interrupted or failed run; finished agents are not called again
  --prompts DIR          prompt templates folder (default: the bundled prompts/)
  --max-brief-chars N    longest brief accepted (default 100000)
  --start YYYY-MM        month 1 of the plan (default: this month); every output carries calendar months
  --profile NAME         who reads roadmap.md: executive (a one-page decision memo), cmo (the full plan) or smb
                         (a week-by-week checklist within the brief's hours); the full plan is always written to
                         roadmap-full.md. Default: the role the brief states, else a default said as one in the
                         documents (change it later with \`boussole replan --run DIR --profile NAME\`)
  --debug                show stack traces
  -h, --help             show this help

Environment: OPENAI_API_KEY, OPENAI_BASE_URL (any OpenAI-compatible server), BOUSSOLE_MODEL, BOUSSOLE_MODEL_<AGENT>.`;

export const AGENT_HELP = `Usage: boussole agent <agent-id> --run DIR [options]

Rerun one agent with every upstream output pinned from DIR. Only that agent's file and run.json change;
its dependants are marked stale in run.json (or rerun with --cascade). Then the roadmap is re-arbitrated.

Options:
  --run DIR          the run directory to update (required)
  --cascade          rerun the agent's dependants too
  --provider NAME    openai | offline | replay (default as for draft)
  --model, --temperature, --timeout, --cassettes, --record, --prompts: as for draft
  -h, --help         show this help

Agents: brief, swot, personas, positioning, journey, prioritizer (see \`boussole agents\`).`;

export const AGENTS_HELP = `Usage: boussole agents

List the agents in the order they run, what each needs and which prompt templates it uses.`;

export const EVAL_HELP = `Usage: boussole eval [SUITE...] [options]

Replay recorded answers (cassettes) through the real client, run the suite's checks and score each case.

Options:
  --prompts DIR      evaluate a variant folder of prompt templates
  --record           record missing cassettes against the configured endpoint (OPENAI_BASE_URL / OPENAI_API_KEY)
  --report FILE      write the report as JSON
  --junit FILE       write JUnit XML for CI
  --baseline FILE    compare with an earlier --report and show which checks moved
  --concurrency N    cases replayed at once (default 4)
  --quiet            no per-case progress lines on stderr
  --strict           fail a case whose cassette answer was edited since recorded (else a warning)
  -h, --help         show this help

With no SUITE, runs the bundled suite (evals/suites/bundled.json).
Exit codes: 0 every threshold met, 1 a threshold failed, 2 bad usage.`;

export const SERVE_HELP = `Usage: boussole serve [options]

Start the local web app on 127.0.0.1 only and print its URL. It reads and writes the same run folders as the
other commands: a run drafted here shows in \`boussole draft\`'s folder and the other way round. Ctrl-C stops it.

Options:
  --port N               port to listen on (default 4477, or the next free one)
  --runs DIR             the runs folder (default runs/)
  --open                 open the app in the default browser
  --max-brief-chars N    longest brief accepted (default 100000)
  --eval-report FILE     the eval report the Evals page shows (default evals/latest.json when it exists)
  -h, --help             show this help

The API key (environment or .env) stays in this process: no page, API answer or log line shows it.`;

export const INIT_HELP = `Usage: boussole init [FILE] [options]

A short questionnaire in the terminal (French or English) that writes a commented brief.yaml: the company and
what it sells, who buys, the business model, goals with a number and a date and today's figure for each, the
budget and its period, hours per week for marketing, channels in use, competitors, constraints, busy seasons and
deadlines. Enter skips a question (the answer stays unknown, never guessed). With a brief FILE (text, Markdown,
JSON or YAML), each answer it gives is shown in [brackets] for confirmation: Enter keeps it, - clears it.
A FILE ending in .yaml that does not exist yet is where to write.

Options:
  --out FILE        where to write (default brief.yaml)
  --lang fr|en      language of the questions (default: the FILE's, else LANG, else asked)
  -h, --help        show this help

Exit codes: 0 written, 2 not a terminal or bad input, 130 interrupted with Ctrl-C (nothing written).`;
