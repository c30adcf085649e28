// Reads configuration from the environment and `.env` (dotenv); the only module besides the CLI that reads process.env.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import dotenv from 'dotenv';

export interface EnvConfig {
  apiKey: string | null;
  baseURL: string | null;
  model: string | null;
  /** Per-agent model overrides from BOUSSOLE_MODEL_<AGENT>, e.g. BOUSSOLE_MODEL_SWOT=gpt-4.1. */
  agentModels: Record<string, string>;
}

/** The model used when neither --model nor BOUSSOLE_MODEL says otherwise. */
export const DEFAULT_MODEL = 'gpt-4.1-mini';

/** Process environment first, then `.env` in the working folder; `.env` never overrides a variable already set. */
export function loadEnvConfig(env: NodeJS.ProcessEnv, cwd: string): EnvConfig {
  let fromFile: Record<string, string> = {};
  try {
    fromFile = dotenv.parse(readFileSync(join(cwd, '.env')));
  } catch {
    // No .env is the normal case.
  }
  const get = (name: string): string | null => {
    const value = env[name] ?? fromFile[name];
    return value === undefined || value.trim() === '' ? null : value.trim();
  };
  const agentModels: Record<string, string> = {};
  for (const source of [fromFile, env]) {
    for (const [name, value] of Object.entries(source)) {
      const match = /^BOUSSOLE_MODEL_([A-Z]+)$/.exec(name);
      if (match?.[1] && value) agentModels[match[1].toLowerCase()] = value;
    }
  }
  return {
    apiKey: get('OPENAI_API_KEY'),
    baseURL: get('OPENAI_BASE_URL'),
    model: get('BOUSSOLE_MODEL'),
    agentModels,
  };
}
