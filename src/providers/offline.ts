// The offline provider: each agent's rule-based drafter, deterministic, nothing leaves the machine.
import type { AgentModel } from '../llm/model.js';

export async function createOfflineProvider(): Promise<AgentModel> {
  // Imported here so the LLM paths never load the drafters, and the offline path never loads LangChain.
  const [{ createOfflineModel }, { readBriefWithFiles }] = await Promise.all([
    import('../offline/offline-model.js'),
    import('../offline/reader/render-reading.js'),
  ]);
  // The reading also writes brief.read.yaml: what was read, with the brief's words, for the user to correct.
  return createOfflineModel({ readBrief: readBriefWithFiles });
}
