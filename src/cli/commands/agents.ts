// `boussole agents`: the agents in DAG order, what each needs and its prompt templates.
import { AGENTS } from '../../../agents/index.js';
import { AGENT_IDS } from '../../../agents/outputs.js';
import type { CliIo } from '../io.js';

export async function agentsCommand(_argv: string[], io: CliIo): Promise<number> {
  const rows = AGENT_IDS.map((id) => {
    const agent = AGENTS[id];
    const needs = agent.needs.length > 0 ? agent.needs.join(', ') : '(the brief text)';
    return [id, agent.title, needs, `prompts/${agent.prompts.system}.hbs, prompts/${agent.prompts.user}.hbs`];
  });
  const header = ['agent', 'title', 'needs', 'prompt templates'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] as number))
      .join('  ')
      .trimEnd();
  io.stdout(`${[line(header), ...rows.map(line)].join('\n')}\n`);
  return 0;
}
