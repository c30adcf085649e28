// Figure 3: tokens per draft and per agent on the fixture cases (from the cassettes' exact requests, o200k_base),
// the prompt tokens the compact upstream context saves against passing outputs whole, and what a draft costs.
import { join } from 'node:path';
import { AGENT_IDS, AGENTS, type AgentId, type AgentOutputs, isAgentId } from '../agents/index.js';
import { readBriefSource } from '../src/brief/index.js';
import { loadPromptSet } from '../src/prompts/index.js';
import {
  answerText,
  type CallTokens,
  countCall,
  o200kTokenizer,
  readCaseCassettes,
} from './cassette-tokens.js';
import { renderBothWays } from './compact-context.js';
import type { BenchSection } from './figure.js';
import { infoRow } from './figure.js';
import { CASSETTES_DIR, fixtureBrief, fixtureCaseIds } from './fixture-briefs.js';
import { round } from './stats.js';

export interface TokenOptions {
  /**
   * Assumed list prices in US dollars per million tokens; the default is gpt-4.1-mini (Boussole's default model)
   * as OpenAI listed it in 2025: $0.40 input, $1.60 output. An assumption, not a quote: check the current price.
   */
  pricePerMillion?: { input: number; output: number; model: string };
}

interface AgentTokens {
  /** Cases in which this agent was called (the brief agent is skipped for a structured brief). */
  calls: number;
  prompt: number;
  schema: number;
  completion: number;
}

export interface TokenData {
  cases: number;
  tokenizer: 'o200k_base';
  /** Mean per call of each agent, over the cases that called it. */
  perAgent: Record<string, AgentTokens>;
  /** Mean per draft over the cases. */
  perDraft: { calls: number; prompt: number; schema: number; completion: number; total: number };
  compactVsWhole: {
    /** User-prompt tokens of the agents that read upstream outputs, summed over every case. */
    compactUserTokens: number;
    wholeUserTokens: number;
    ratio: number;
    /** The same on the whole prompt (system + user) of every call of a draft. */
    draftPromptRatio: number;
    /** Compact renderings identical to the message in the cassette: shows the bench renders what the pipeline sends. */
    matchingCassettes: number;
    rendered: number;
    perAgent: Record<string, { compact: number; whole: number; ratio: number }>;
  };
  cost: { model: string; inputPerMillion: number; outputPerMillion: number; perDraftUsd: number };
}

const DEFAULT_PRICE = { input: 0.4, output: 1.6, model: 'gpt-4.1-mini' };

export async function benchTokens(options: TokenOptions = {}): Promise<BenchSection<TokenData>> {
  const price = options.pricePerMillion ?? DEFAULT_PRICE;
  const count = o200kTokenizer();
  const prompts = loadPromptSet();
  const caseIds = fixtureCaseIds();
  const sums = new Map<string, AgentTokens>();
  const draftTotals = { calls: 0, prompt: 0, schema: 0, completion: 0 };
  const compactPerAgent = new Map<string, { compact: number; whole: number }>();
  let matching = 0;
  let rendered = 0;
  let draftPromptCompact = 0;
  let draftPromptWhole = 0;

  for (const caseId of caseIds) {
    const cassettes = readCaseCassettes(join(CASSETTES_DIR, caseId));
    const calls = cassettes.map((cassette) => countCall(cassette, count));
    for (const call of calls) {
      const sum = sums.get(call.agent) ?? { calls: 0, prompt: 0, schema: 0, completion: 0 };
      sums.set(call.agent, {
        calls: sum.calls + 1,
        prompt: sum.prompt + call.prompt,
        schema: sum.schema + call.schema,
        completion: sum.completion + call.completion,
      });
      draftTotals.calls += 1;
      draftTotals.prompt += call.prompt;
      draftTotals.schema += call.schema;
      draftTotals.completion += call.completion;
    }

    // The upstream outputs this draft's prompts were built from: the answers in its cassettes.
    const source = await readBriefSource(fixtureBrief(caseId));
    const upstream: Partial<AgentOutputs> = {};
    for (const cassette of cassettes) {
      if (isAgentId(cassette.agent))
        Object.assign(upstream, { [cassette.agent]: JSON.parse(answerText(cassette)) });
    }
    if (source.structured) upstream.brief = source.structured;
    const language = upstream.brief?.language ?? source.language;
    for (const call of calls) {
      const agentId = call.agent as AgentId;
      draftPromptCompact += call.prompt;
      const pair = renderBothWays(prompts, agentId, { sourceText: source.body, upstream, language });
      if (!pair) {
        draftPromptWhole += call.prompt;
        continue;
      }
      rendered += 1;
      if (sentUser(call) === pair.compact.user) matching += 1;
      const compact = count(pair.compact.user);
      const whole = count(pair.whole.user);
      draftPromptWhole += call.prompt - compact + whole;
      const agentSum = compactPerAgent.get(agentId) ?? { compact: 0, whole: 0 };
      compactPerAgent.set(agentId, { compact: agentSum.compact + compact, whole: agentSum.whole + whole });
    }
  }

  const n = caseIds.length;
  const perAgent: Record<string, AgentTokens> = {};
  for (const id of AGENT_IDS) {
    const sum = sums.get(id);
    if (!sum) continue;
    perAgent[id] = {
      calls: sum.calls,
      prompt: Math.round(sum.prompt / sum.calls),
      schema: Math.round(sum.schema / sum.calls),
      completion: Math.round(sum.completion / sum.calls),
    };
  }
  const perDraft = {
    calls: round(draftTotals.calls / n, 2),
    prompt: Math.round(draftTotals.prompt / n),
    schema: Math.round(draftTotals.schema / n),
    completion: Math.round(draftTotals.completion / n),
    total: Math.round((draftTotals.prompt + draftTotals.schema + draftTotals.completion) / n),
  };
  const compactUser = [...compactPerAgent.values()].reduce((s, v) => s + v.compact, 0);
  const wholeUser = [...compactPerAgent.values()].reduce((s, v) => s + v.whole, 0);
  const perDraftUsd =
    ((perDraft.prompt + perDraft.schema) * price.input + perDraft.completion * price.output) / 1_000_000;
  const data: TokenData = {
    cases: n,
    tokenizer: 'o200k_base',
    perAgent,
    perDraft,
    compactVsWhole: {
      compactUserTokens: compactUser,
      wholeUserTokens: wholeUser,
      ratio: round(compactUser / wholeUser, 3),
      draftPromptRatio: round(draftPromptCompact / draftPromptWhole, 3),
      matchingCassettes: matching,
      rendered,
      perAgent: Object.fromEntries(
        AGENT_IDS.filter((id) => compactPerAgent.has(id) && AGENTS[id].context).map((id) => {
          const v = compactPerAgent.get(id)!;
          return [
            id,
            {
              compact: Math.round(v.compact / n),
              whole: Math.round(v.whole / n),
              ratio: round(v.compact / v.whole, 3),
            },
          ];
        }),
      ),
    },
    cost: {
      model: price.model,
      inputPerMillion: price.input,
      outputPerMillion: price.output,
      perDraftUsd: round(perDraftUsd, 4),
    },
  };
  return { data, rows: tokenRows(data) };
}

function sentUser(call: CallTokens): string | undefined {
  return call.messages.find((m) => m.role === 'user')?.content;
}

const thousands = (value: number) => value.toLocaleString('en-US');

function tokenRows(data: TokenData) {
  const figure = '3 tokens';
  const { perDraft, compactVsWhole: cw, cost } = data;
  return [
    ...Object.entries(data.perAgent).map(([id, t]) =>
      infoRow(
        figure,
        `${id}: prompt + schema → completion (mean of ${t.calls})`,
        `${thousands(t.prompt)} + ${thousands(t.schema)} → ${thousands(t.completion)}`,
      ),
    ),
    infoRow(
      figure,
      `per draft (${data.cases} cases, ${perDraft.calls} calls)`,
      `${thousands(perDraft.prompt + perDraft.schema)} in + ${thousands(perDraft.completion)} out = ${thousands(perDraft.total)}`,
    ),
    infoRow(
      figure,
      `compact ÷ whole upstream, user prompts (${Object.keys(cw.perAgent).join(', ')})`,
      `${cw.ratio.toFixed(3)} (${thousands(cw.compactUserTokens)} vs ${thousands(cw.wholeUserTokens)})`,
    ),
    infoRow(figure, 'compact ÷ whole, every prompt of a draft', cw.draftPromptRatio.toFixed(3)),
    infoRow(
      figure,
      `cost per draft at $${cost.inputPerMillion}/M in, $${cost.outputPerMillion}/M out (${cost.model}, assumed)`,
      `$${cost.perDraftUsd.toFixed(4)}`,
    ),
  ];
}
