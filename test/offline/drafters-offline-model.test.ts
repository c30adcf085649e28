// The offline model behind the AgentModel seam: dispatch per agent, zero usage, the right labels, no LangChain.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Brief, type Language } from '../../agents/brief.js';
import { AGENT_IDS, AGENTS, type AgentId, type AgentOutputs } from '../../agents/index.js';
import { BoussoleError } from '../../src/errors/index.js';
import type { AgentRequest } from '../../src/llm/model.js';
import { createOfflineModel } from '../../src/offline/offline-model.js';
import { briefText, draftAll, loadBrief } from './drafters-support.js';

/** A real reader for structured briefs: JSON text validated by the Brief schema (free text is the reader's job). */
function readJsonBrief(text: string, opts: { language?: Language }): Brief {
  const brief = Brief.parse(JSON.parse(text));
  return opts.language ? { ...brief, language: opts.language } : brief;
}

function request<Id extends AgentId>(
  agentId: Id,
  sourceText: string | null,
  upstream: Partial<AgentOutputs>,
  language: Language,
): AgentRequest<Id> {
  return {
    agentId,
    schema: AGENTS[agentId].output,
    system: '',
    user: '',
    model: 'offline-drafter',
    temperature: AGENTS[agentId].temperature,
    inputs: { sourceText, upstream, language },
  };
}

async function runAll(text: string, language?: Language): Promise<Partial<AgentOutputs>> {
  const model = createOfflineModel(
    language ? { readBrief: readJsonBrief, language } : { readBrief: readJsonBrief },
  );
  const upstream: Partial<AgentOutputs> = {};
  // The pipeline passes the run's language, settled at intake; here, the brief's own.
  const runLanguage = language ?? Brief.parse(JSON.parse(text)).language;
  for (const id of AGENT_IDS) {
    const answer = await model.generate(request(id, id === 'brief' ? text : null, upstream, runLanguage));
    expect(answer.usage).toEqual({ promptTokens: 0, completionTokens: 0 });
    expect(answer.attempts).toEqual({ calls: 0, transportRetries: 0, repairTurns: 0 });
    expect(answer.model).toBe('offline-drafter');
    expect(answer.finishReason).toBeNull();
    Object.assign(upstream, { [id]: answer.output });
  }
  return upstream;
}

describe('createOfflineModel', () => {
  it("is the 'offline' provider and answers every agent with its drafter, in DAG order", async () => {
    expect(createOfflineModel({ readBrief: readJsonBrief }).provider).toBe('offline');
    const outputs = await runAll(briefText('en-saas'));
    const direct = draftAll(loadBrief('en-saas'));
    expect(outputs.brief).toEqual(loadBrief('en-saas'));
    expect(outputs.prioritizer).toEqual(direct.prioritizer);
    expect(outputs.positioning).toEqual(direct.positioning);
  });

  it('passes the requested language to the brief reader', async () => {
    const outputs = await runAll(briefText('en-saas'), 'fr');
    expect(outputs.brief?.language).toBe('fr');
    expect(outputs.positioning?.positioningStatement).toMatch(
      /^Ledgerly : .*, pour les entreprises clientes\.$/,
    );
  });

  it('refuses, with a typed error, an agent whose upstream output is missing', async () => {
    const model = createOfflineModel({ readBrief: readJsonBrief });
    const failure = model.generate(request('positioning', null, { brief: loadBrief('fr-shop') }, 'fr'));
    await expect(failure).rejects.toSatisfy((error: unknown) => BoussoleError.isInstance(error));
    await expect(failure).rejects.toThrow(/"swot"/);
  });

  it('never imports LangChain or the OpenAI client, directly or through its imports', () => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
    const packages = new Set<string>();
    const seen = new Set<string>();
    const queue = [resolve(root, 'src/offline/offline-model.ts')];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      // Runtime imports and re-exports only: `import type` is erased and loads nothing.
      for (const match of source.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)) {
        const specifier = match[1]!;
        if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
        else packages.add(specifier);
      }
    }
    expect(seen.size).toBeGreaterThan(10);
    expect([...packages].filter((name) => /langchain|openai/i.test(name))).toEqual([]);
    // zod validates the outputs and the knowledge files, js-yaml reads them; nothing else.
    expect([...packages].every((name) => ['zod', 'js-yaml'].includes(name) || name.startsWith('node:'))).toBe(
      true,
    );
  });
});
