// The offline model: answers each agent with its rule-based drafter, no network, no LangChain, same seam as the LLM.
import type { Brief, Language } from '../../agents/brief.js';
import type { AgentId, AgentOutputs } from '../../agents/outputs.js';
import { BoussoleError } from '../errors/index.js';
import type { AgentAnswer, AgentModel, AgentRequest } from '../llm/model.js';
import {
  draftJourney,
  draftPersonas,
  draftPositioning,
  draftPrioritizer,
  draftSwot,
} from './drafters/index.js';

/** A reading that comes with files for the run folder (the reader's brief.read.yaml). */
export interface BriefWithFiles {
  readonly brief: Brief;
  readonly files: ReadonlyArray<{ readonly name: string; readonly content: string }>;
}

export interface OfflineModelOptions {
  /** Free text → Brief, for the brief agent (injected so this module stays free of the reader's choices). */
  readBrief: (text: string, opts: { language?: Language; start?: string }) => Brief | BriefWithFiles;
  /** Forces the language, whatever the request says (tests); by default the run's language is used. */
  language?: Language;
}

export const OFFLINE_MODEL_NAME = 'offline-drafter';

type Upstream = Partial<AgentOutputs>;
type Drafters = {
  readonly [Id in AgentId]: (
    sourceText: string | null,
    upstream: Upstream,
    language: Language,
    start: string | null,
  ) => AgentOutputs[Id] | BriefWithFiles;
};

const withFiles = (draft: unknown): draft is BriefWithFiles =>
  typeof draft === 'object' && draft !== null && 'files' in draft && 'brief' in draft;

export function createOfflineModel(options: OfflineModelOptions): AgentModel {
  const drafters: Drafters = {
    brief: (sourceText, _, language, start) => {
      if (sourceText === null) throw missing('brief', 'the brief text (inputs.sourceText)');
      // The plan's first month lets the reader count a goal's date ("by end of 2026") in months.
      return options.readBrief(sourceText, {
        language: options.language ?? language,
        ...(start === null ? {} : { start }),
      });
    },
    swot: (_, upstream) => draftSwot(need(upstream, 'swot', 'brief')),
    personas: (_, upstream) => draftPersonas(need(upstream, 'personas', 'brief')),
    positioning: (_, upstream) =>
      draftPositioning(
        need(upstream, 'positioning', 'brief'),
        need(upstream, 'positioning', 'swot'),
        need(upstream, 'positioning', 'personas'),
      ),
    journey: (_, upstream) =>
      draftJourney(need(upstream, 'journey', 'brief'), need(upstream, 'journey', 'personas')),
    prioritizer: (_, upstream) =>
      draftPrioritizer(
        need(upstream, 'prioritizer', 'brief'),
        need(upstream, 'prioritizer', 'swot'),
        need(upstream, 'prioritizer', 'personas'),
        need(upstream, 'prioritizer', 'positioning'),
        need(upstream, 'prioritizer', 'journey'),
      ),
  };
  return {
    provider: 'offline',
    async generate<Id extends AgentId>(request: AgentRequest<Id>): Promise<AgentAnswer<AgentOutputs[Id]>> {
      const { sourceText, upstream, language, start } = request.inputs;
      const draft = drafters[request.agentId](sourceText, upstream, language, start ?? null);
      // Parsing with the agent's own schema both types the answer and guarantees the drafter kept the contract.
      const output = request.schema.parse(withFiles(draft) ? draft.brief : draft);
      return {
        output,
        ...(withFiles(draft) ? { artifacts: draft.files } : {}),
        usage: { promptTokens: 0, completionTokens: 0 },
        attempts: { calls: 0, transportRetries: 0, repairTurns: 0 },
        finishReason: null,
        model: OFFLINE_MODEL_NAME,
      };
    },
  };
}

function need<K extends AgentId>(upstream: Upstream, agent: AgentId, key: K): AgentOutputs[K] {
  const value = upstream[key];
  if (value === undefined) throw missing(agent, `the "${key}" output upstream`);
  return value;
}

function missing(agent: AgentId, what: string): BoussoleError {
  return new BoussoleError({
    code: 'brief_missing',
    message: `The offline drafter for "${agent}" needs ${what}, which the pipeline did not pass.`,
  });
}
