// Reads configuration from the environment and `.env` (dotenv); the only module besides the CLI that reads process.env.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import dotenv from 'dotenv';
import { InputError } from '../errors/index.js';

export interface EnvConfig {
  apiKey: string | null;
  baseURL: string | null;
  model: string | null;
  /** Per-agent model overrides from BOUSSOLE_MODEL_<AGENT>, e.g. BOUSSOLE_MODEL_SWOT=gpt-4.1. */
  agentModels: Record<string, string>;
  /** BOUSSOLE_AGENT_DEADLINE, in seconds: the most one agent may take over all its attempts; null when unset. */
  agentDeadlineSeconds: string | null;
  /**
   * Every value no output may show: each provider's key (OPENAI_API_KEY, ANTHROPIC_API_KEY, MISTRAL_API_KEY and
   * any other `*_API_KEY`) and the password of any `*_BASE_URL`. The redaction step is built from this list.
   */
  secrets: string[];
  /**
   * Every provider's key and base URL by variable name (`OPENAI_API_KEY`, `ANTHROPIC_API_KEY`, `ANTHROPIC_BASE_URL`,
   * `MISTRAL_API_KEY`, `MISTRAL_BASE_URL`… any `*_API_KEY` and `*_BASE_URL`), the environment winning over `.env`.
   */
  variables: Record<string, string>;
}

/** Provider keys known by name; any other variable ending in `_API_KEY` is treated as a secret too. */
export const PROVIDER_KEY_VARIABLES = ['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'MISTRAL_API_KEY'] as const;

const SECRET_VARIABLE = /(?:_API_KEY|_AUTH_TOKEN|_ACCESS_TOKEN|_SECRET_KEY)$/;
const BASE_URL_VARIABLE = /_BASE_URL$/;

/** Process environment first, then `.env` in the working folder; `.env` never overrides a variable already set. */
export function loadEnvConfig(env: NodeJS.ProcessEnv, cwd: string): EnvConfig {
  const fromFile = readDotEnv(cwd);
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
    agentDeadlineSeconds: get('BOUSSOLE_AGENT_DEADLINE'),
    secrets: secretsOf([fromFile, env]),
    variables: providerVariables(fromFile, env),
  };
}

/** `*_API_KEY` and `*_BASE_URL` values, trimmed, empty ones left out; the environment wins over the file. */
function providerVariables(
  fromFile: Record<string, string>,
  env: NodeJS.ProcessEnv,
): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const source of [fromFile, env]) {
    for (const [name, raw] of Object.entries(source)) {
      const value = raw?.trim();
      if (value && /_(?:API_KEY|BASE_URL)$/.test(name)) variables[name] = value;
    }
  }
  return variables;
}

/** Only the secrets, for the redaction step every command's output passes through (read before anything else). */
export function loadSecrets(env: NodeJS.ProcessEnv, cwd: string): string[] {
  return secretsOf([readDotEnv(cwd), env]);
}

/**
 * A base URL the client can use: absolute http(s), or a clear refusal (exit 2) naming the variable, before any
 * folder is created or any call made. Credentials in it are never repeated in the message.
 */
export function validBaseURL(value: string | null, variable = 'OPENAI_BASE_URL'): string | null {
  if (value === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new InputError(
      'usage',
      `${variable} is not a URL (got \`${shownURL(value)}\`): set it to the server's address, e.g. http://127.0.0.1:11434/v1, or unset it.`,
    );
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new InputError(
      'usage',
      `${variable} holds credentials before its host (user:password@), which HTTP clients refuse to send that way: remove them and put the key in OPENAI_API_KEY.`,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InputError(
      'usage',
      `${variable} must be an http:// or https:// address, got \`${parsed.protocol}\` (e.g. http://127.0.0.1:11434/v1).`,
    );
  }
  return value;
}

/** The value as typed, except anything that could be credentials (before an `@`), and cut to a readable length. */
function shownURL(value: string): string {
  const hidden = value.includes('@') ? `…@${value.slice(value.lastIndexOf('@') + 1)}` : value;
  return hidden.length > 80 ? `${hidden.slice(0, 77)}…` : hidden;
}

function readDotEnv(cwd: string): Record<string, string> {
  try {
    return dotenv.parse(readFileSync(join(cwd, '.env')));
  } catch {
    // No .env is the normal case.
    return {};
  }
}

function secretsOf(sources: readonly Record<string, string | undefined>[]): string[] {
  const secrets = new Set<string>();
  for (const source of sources) {
    for (const [name, raw] of Object.entries(source)) {
      const value = raw?.trim();
      if (!value) continue;
      if ((PROVIDER_KEY_VARIABLES as readonly string[]).includes(name) || SECRET_VARIABLE.test(name)) {
        secrets.add(value);
      } else if (BASE_URL_VARIABLE.test(name)) {
        for (const part of urlCredentials(value)) secrets.add(part);
      }
    }
  }
  return [...secrets];
}

/** The password (and a token-like user name) of a URL's user info, decoded. */
function urlCredentials(value: string): string[] {
  try {
    const url = new URL(value);
    return [url.password, url.username].filter((part) => part.length > 0).map(decodeURIComponent);
  } catch {
    return [];
  }
}
