// Builds check inputs for tests: the tiny hand-authored case (changed one thing at a time) and the fixture cases' answers.
import { readFileSync } from 'node:fs';
import { AGENT_IDS, type AgentId, type AgentOutputs } from '../../agents/outputs.js';
import type { CaseMeta, CaseOutputs, SampleOutputs } from '../../evals/checks/index.js';
import { arbitrate } from '../../src/arbiter/index.js';
import type { Roadmap } from '../../src/arbiter/roadmap.js';
import { readBriefSource } from '../../src/brief/index.js';
import { briefPath, CASES_DIR, caseAnswer } from '../support/fixture-cases.js';

type Outputs = { [Id in AgentId]: AgentOutputs[Id] };

const TINY = JSON.parse(readFileSync(new URL('./fixtures/tiny-case.json', import.meta.url), 'utf8')) as {
  provenance: 'hand-authored';
  content: Outputs;
};

/** A roadmap as the pipeline writes it (JSON round trip), or null when the outputs cannot be arbitrated. */
function roadmapOf(agents: Record<AgentId, unknown>): Roadmap | null {
  try {
    return JSON.parse(JSON.stringify(arbitrate({ ...(agents as Outputs), draftKind: 'replay' }))) as Roadmap;
  } catch {
    return null;
  }
}

export function tinyOutputs(): Outputs {
  return structuredClone(TINY.content);
}

/** The tiny case after `change` (which edits the outputs in place), with its roadmap recomputed. */
export function tinyCase(
  change: (outputs: Outputs) => void = () => {},
  others: SampleOutputs[] = [],
): CaseOutputs {
  const agents = tinyOutputs();
  change(agents);
  return {
    caseId: 'tiny',
    sample: 1,
    sourceText:
      'Lantern Books Ltd, an independent bookshop in York, up against Waterstones. Monthly book box at £25, 120 subscribers today: we want 300. Marketing budget £12,000 a year, two of us.',
    meta: null,
    agents,
    roadmap: roadmapOf(agents),
    otherSamples: others,
  };
}

export function tinySample(sample: number, change: (outputs: Outputs) => void = () => {}): SampleOutputs {
  const { agents, roadmap } = tinyCase(change);
  return { sample, agents, roadmap };
}

export function caseMeta(caseId: string): CaseMeta {
  return JSON.parse(readFileSync(`${CASES_DIR}${caseId}/case.json`, 'utf8')) as CaseMeta;
}

/** Each sample of a fixture case, straight from its hand-authored answers (no replay), as checks see them. */
export async function fixtureCase(caseId: string): Promise<CaseOutputs[]> {
  const source = await readBriefSource(briefPath(caseId), {});
  const samples: SampleOutputs[] = [];
  for (const sample of [1, 2, 3]) {
    if (sample > 1 && caseAnswer(caseId, 'swot', sample) === null) break;
    const agents = {} as Record<AgentId, unknown>;
    for (const id of AGENT_IDS) {
      // A sample folder holds the answers that differ; the others are sample 1's (the brief, above all).
      agents[id] = (caseAnswer(caseId, id, sample) ?? caseAnswer(caseId, id))?.content ?? null;
    }
    if (agents.brief === null) agents.brief = source.structured;
    samples.push({ sample, agents, roadmap: roadmapOf(agents) });
  }
  const meta = caseMeta(caseId);
  return samples.map((s) => ({
    ...s,
    caseId,
    sourceText: source.text,
    meta,
    otherSamples: samples.filter((o) => o.sample !== s.sample),
  }));
}
