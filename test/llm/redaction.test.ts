// The one redaction step: every configured provider's key, in every form a server or gateway can echo it, and the
// secrets the configuration lists (environment and .env), so later providers register theirs by configuration.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEnvConfig, loadSecrets } from '../../src/cli/config.js';
import { createRedactor, REDACTED } from '../../src/llm/redaction.js';

const OPENAI = 'sk-proj-Ab/c+d=e_f-0123456789';
const ANTHROPIC = 'sk-ant-api03-XyZ0987654321';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('createRedactor', () => {
  const redactor = createRedactor([OPENAI, ANTHROPIC]);

  it.each([
    ['raw', OPENAI],
    ['as a bearer token', `Bearer ${OPENAI}`],
    ['URL-encoded', encodeURIComponent(OPENAI)],
    [
      'URL-encoded with lower-case hex',
      encodeURIComponent(OPENAI).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()),
    ],
    ['JSON-escaped', JSON.stringify(OPENAI).slice(1, -1)],
    ['base64', Buffer.from(OPENAI).toString('base64')],
    ['in a URL’s user info', `https://proxy:${encodeURIComponent(OPENAI)}@gateway.example.com/v1`],
    ['another provider’s key', `x-api-key: ${ANTHROPIC}`],
  ])('removes the key %s', (_form, leaked) => {
    const out = redactor.redact(`upstream said: ${leaked} (request 42)`);
    expect(out).toContain(REDACTED);
    expect(out).not.toContain(OPENAI);
    expect(out).not.toContain(ANTHROPIC);
    expect(out).not.toContain('0123456789');
    expect(out).not.toContain('0987654321');
    expect(out).toMatch(/^upstream said: .*\(request 42\)$/);
  });

  it('removes any URL’s credentials and any bearer token, even of a key it was not given', () => {
    const out = createRedactor([]).redact(
      'GET https://admin:s3cret-pass@db.example.com/x with Authorization: Bearer ghp_abcdef1234567890',
    );
    expect(out).toBe(`GET https://${REDACTED}@db.example.com/x with Authorization: Bearer ${REDACTED}`);
  });

  it('leaves ordinary text and placeholder keys of local servers alone', () => {
    const text = 'Basic plan, bearer bonds and https://www.tiktok.com/@atelier stay as they are; ollama too.';
    expect(createRedactor(['ollama', 'no-key']).redact(text)).toBe(text);
  });

  it('redacts every string of a value written as JSON, keys included', () => {
    expect(createRedactor([OPENAI]).redactValue({ [OPENAI]: [`key ${OPENAI}`, 3, null] })).toEqual({
      [REDACTED]: [`key ${REDACTED}`, 3, null],
    });
  });
});

describe('the secrets the configuration lists', () => {
  it('holds every provider key and a base URL’s password, from the environment and .env alike', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'boussole-secrets-config-'));
    dirs.push(cwd);
    writeFileSync(join(cwd, '.env'), `MISTRAL_API_KEY=mistral-key-from-dotenv-77\n`);
    const env = {
      OPENAI_API_KEY: OPENAI,
      ANTHROPIC_API_KEY: ANTHROPIC,
      GATEWAY_BASE_URL: 'https://team:gateway-pass-5511@llm.example.com/v1',
      BOUSSOLE_MODEL: 'gpt-4.1-mini',
    };
    const secrets = loadSecrets(env, cwd);
    expect(secrets.sort()).toEqual(
      [ANTHROPIC, OPENAI, 'gateway-pass-5511', 'mistral-key-from-dotenv-77', 'team'].sort(),
    );
    expect(loadEnvConfig(env, cwd).secrets.sort()).toEqual(secrets.sort());
  });
});
