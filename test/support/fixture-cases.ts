// Reads the hand-authored fixture cases under fixtures/cases: the brief file and the answers per agent and sample.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AGENTS } from '../../agents/index.js';
import type { AgentId, AgentOutputs } from '../../agents/outputs.js';
import { readBriefSource } from '../../src/brief/index.js';
import { chatCompletion, type Reply } from './fake-openai/replies.js';

export const CASES_DIR = fileURLToPath(new URL('../../fixtures/cases/', import.meta.url));

export interface CaseAnswer {
  provenance: 'hand-authored';
  content: unknown;
}

export function caseIds(): string[] {
  return readdirSync(CASES_DIR)
    .filter((name) => existsSync(join(CASES_DIR, name, 'case.json')))
    .sort();
}

/** Path of the case's brief file (brief.md, brief.txt or brief.json). */
export function briefPath(caseId: string): string {
  const name = readdirSync(join(CASES_DIR, caseId)).find((file) => file.startsWith('brief.'));
  if (!name) throw new Error(`fixture case ${caseId} has no brief file`);
  return join(CASES_DIR, caseId, name);
}

/** The hand-authored answer of one agent, from `answers/` (sample 1) or `answers/sample-N/`. */
export function caseAnswer(caseId: string, agentId: AgentId, sample = 1): CaseAnswer | null {
  const dir =
    sample === 1
      ? join(CASES_DIR, caseId, 'answers')
      : join(CASES_DIR, caseId, 'answers', `sample-${sample}`);
  const path = join(dir, `${agentId}.json`);
  if (!existsSync(path)) return null;
  const answer = JSON.parse(readFileSync(path, 'utf8')) as CaseAnswer;
  if (answer.provenance !== 'hand-authored') throw new Error(`${path} is not labelled hand-authored`);
  return answer;
}

/** A mock reply handler that answers each agent with the case's hand-authored answer, as a chat completion. */
export function answerFromCase(caseId: string, sample = 1) {
  return (request: { agentId: string | null }): Reply => {
    const answer =
      caseAnswer(caseId, request.agentId as AgentId, sample) ??
      caseAnswer(caseId, request.agentId as AgentId);
    if (!answer) throw new Error(`fixture case ${caseId} has no answer for ${request.agentId}`);
    const text = JSON.stringify(answer.content);
    // Rough token figures (4 characters a token) so usage is plausible and varies with the answer.
    return chatCompletion(text, { usage: { prompt: 1200, completion: Math.ceil(text.length / 4) } });
  };
}

/** A fixture case's outputs as a replay would give them: the structured brief when the case has one, else its answer. */
export async function caseOutputs(caseId: string): Promise<Required<AgentOutputs>> {
  const source = await readBriefSource(briefPath(caseId));
  const brief = source.structured ?? AGENTS.brief.output.parse(caseAnswer(caseId, 'brief')?.content);
  const parse = <Id extends Exclude<keyof AgentOutputs, 'brief'>>(id: Id) =>
    AGENTS[id].output.parse(caseAnswer(caseId, id)?.content) as AgentOutputs[Id];
  return {
    brief,
    swot: parse('swot'),
    personas: parse('personas'),
    positioning: parse('positioning'),
    journey: parse('journey'),
    prioritizer: parse('prioritizer'),
  };
}
