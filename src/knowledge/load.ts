// Loads the knowledge files once, validates each against its schema and checks that every reference resolves.
// js-yaml rather than yaml: the offline draft reads these on every start-up, and it parses them about four times faster.
import { readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import type { z } from 'zod';
import { BoussoleError } from '../errors/index.js';
import { projectPath } from '../paths.js';
import {
  Benchmark,
  Channel,
  GoalIntent,
  ModelDefaults,
  PersonaTable,
  Sector,
  StageNotes,
  Texts,
} from './schema.js';

function load<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  const path = projectPath('src', 'knowledge', file);
  const parsed = schema.safeParse(parseYaml(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BoussoleError({
      code: 'knowledge_invalid',
      message: `Knowledge file ${file} is invalid at ${issue?.path.join('.') || 'its root'}: ${issue?.message}. Fix the file.`,
    });
  }
  return parsed.data;
}

function loadKnowledge() {
  const knowledge = {
    benchmarks: load('benchmarks.yaml', Benchmark.array()),
    channels: load('channels.yaml', Channel.array()),
    sectors: load('sectors.yaml', Sector.array()),
    models: load('models.yaml', ModelDefaults.array()),
    intents: load('goals.yaml', GoalIntent.array()),
    personas: load('personas.yaml', PersonaTable),
    journey: load('journey.yaml', StageNotes.array()),
    texts: load('texts.yaml', Texts),
  };
  checkReferences(knowledge);
  return knowledge;
}

export type Knowledge = ReturnType<typeof loadKnowledge>;

/** Ids are the data's own: a channel naming a benchmark, intent or channel that does not exist is a data error. */
function checkReferences(k: Knowledge): void {
  const channels = new Set(k.channels.map((c) => c.id));
  const benchmarks = new Set(k.benchmarks.map((b) => b.id));
  const intents = new Set(k.intents.map((i) => i.id));
  const broken: string[] = [];
  for (const c of k.channels) {
    for (const id of c.requires) if (!channels.has(id)) broken.push(`channel ${c.id} requires ${id}`);
    for (const id of c.intents) if (!intents.has(id)) broken.push(`channel ${c.id} intent ${id}`);
    for (const id of [...c.convert, ...(c.kpi.benchmark ? [c.kpi.benchmark] : [])])
      if (!benchmarks.has(id)) broken.push(`channel ${c.id} benchmark ${id}`);
  }
  const sectors = new Set(k.sectors.map((s) => s.id));
  for (const c of k.channels)
    for (const rule of [...c.notFor, ...c.onlyFor])
      for (const id of rule.sectors ?? []) if (!sectors.has(id)) broken.push(`channel ${c.id} sector ${id}`);
  for (const s of [...k.sectors, ...k.models])
    for (const id of [...s.channels, ...('avoid' in s ? s.avoid : [])])
      if (!channels.has(id)) broken.push(`${s.id} channel ${id}`);
  if (broken.length > 0) {
    throw new BoussoleError({
      code: 'knowledge_invalid',
      message: `Knowledge files refer to ids that do not exist: ${broken.join('; ')}. Fix the files.`,
    });
  }
}

/** The knowledge base, read from src/knowledge/*.yaml when first imported; never modified afterwards. */
export const KNOWLEDGE: Readonly<Knowledge> = loadKnowledge();
