// Loads the Handlebars prompt templates once, compiles them strictly and checks every agent's pair renders.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { AGENTS } from '../../agents/index.js';
import { AGENT_IDS, type AgentId } from '../../agents/outputs.js';
import { InputError } from '../errors/index.js';
import { projectPath } from '../paths.js';
import { placeholderVariables } from './placeholders.js';
import { toPromptJson } from './prompt-json.js';

/** The bundled templates: the only place the prompt layer names the top-level prompts/ folder. */
export const DEFAULT_PROMPTS_DIR = projectPath('prompts');

export interface RenderedPrompt {
  system: string;
  user: string;
}

export interface PromptSet {
  readonly dir: string;
  /** sha256 (12 hex) of an agent's two templates plus every partial: changes when its prompt changes. */
  readonly hashes: Readonly<Record<AgentId, string>>;
  render(agentId: AgentId, variables: Record<string, unknown>): RenderedPrompt;
}

type Template = (context: unknown) => string;

function readTemplates(dir: string, sub = ''): Map<string, string> {
  const found = new Map<string, string>();
  let entries: string[];
  try {
    entries = readdirSync(join(dir, sub));
  } catch (cause) {
    throw new InputError(
      'template',
      `Cannot read the prompts folder ${join(dir, sub)}: check --prompts.`,
      cause,
    );
  }
  for (const entry of entries.sort()) {
    if (entry.endsWith('.hbs'))
      found.set(sub + entry.slice(0, -'.hbs'.length), readFileSync(join(dir, sub, entry), 'utf8'));
  }
  return found;
}

/** Compile every template in `dir` (default: the bundled prompts/) and fail now, not mid-run, if one is broken. */
export function loadPromptSet(dir: string = DEFAULT_PROMPTS_DIR): PromptSet {
  const sources = readTemplates(dir);
  const partials = readTemplates(dir, 'partials/');
  const hbs = Handlebars.create();
  hbs.registerHelper('json', (value: unknown) => toPromptJson(value));
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  for (const [name, source] of partials) hbs.registerPartial(name.slice('partials/'.length), source);
  const partialsDigest = [...partials].map(([name, source]) => `${name}\n${source}`).join('\n');

  const compiled = new Map<string, Template>();
  const hashes = {} as Record<AgentId, string>;
  for (const id of AGENT_IDS) {
    const { system, user } = AGENTS[id].prompts;
    for (const name of [system, user]) {
      const source = sources.get(name);
      if (source === undefined) {
        throw new InputError('template', `Prompt template ${name}.hbs is missing from ${dir} (agent ${id}).`);
      }
      compiled.set(name, hbs.compile(source, { strict: true, noEscape: true }));
    }
    hashes[id] = createHash('sha256')
      .update(`${sources.get(system)}\n${sources.get(user)}\n${partialsDigest}`)
      .digest('hex')
      .slice(0, 12);
  }

  const render = (agentId: AgentId, variables: Record<string, unknown>): RenderedPrompt => {
    const { system, user } = AGENTS[agentId].prompts;
    const run = (name: string) => {
      try {
        return (compiled.get(name) as Template)(variables).trim();
      } catch (cause) {
        const detail = (cause instanceof Error ? cause.message : String(cause))
          .split('\n')
          .slice(0, 3)
          .join(' ');
        throw new InputError('template', `Prompt template ${name}.hbs failed to render: ${detail}`, cause);
      }
    };
    return { system: run(system), user: run(user) };
  };

  // Checked at load with placeholder inputs, so a typo in a template fails at start-up.
  for (const id of AGENT_IDS) render(id, placeholderVariables(id));
  return { dir, hashes, render };
}
