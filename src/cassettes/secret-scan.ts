// Finds what looks like a key or token in a value about to be written as a cassette, so it is refused, not saved.

export interface SecretFinding {
  /** JSON path of the string or field, e.g. `response.body.choices[0].message.content`. */
  path: string;
  /** What it looked like; never the secret itself, so the report can be printed. */
  kind: string;
}

const TOKEN_PATTERNS: readonly { kind: string; pattern: RegExp }[] = [
  // OpenAI (sk-..., sk-proj-...), Anthropic (sk-ant-...) and most gateways that copied the shape.
  { kind: 'an sk- API key', pattern: /(?<![A-Za-z0-9])sk-[A-Za-z0-9_-]{16,}/ },
  { kind: 'a Bearer token', pattern: /\bBearer\s+[A-Za-z0-9._~+/=-]{12,}/i },
  { kind: 'a GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/ },
  { kind: 'an AWS access key id', pattern: /\bAKIA[0-9A-Z]{16}\b/ },
  { kind: 'a Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/ },
  { kind: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
];

/** Field names that hold credentials, compared without case, dashes or underscores. */
const SECRET_FIELDS = new Set([
  'apikey',
  'authorization',
  'xapikey',
  'accesstoken',
  'secretkey',
  'clientsecret',
]);

/** Shorter keys ("ollama", "no-key") are placeholders local servers accept; matching them would refuse plain words. */
const MIN_LITERAL_SECRET = 8;

/**
 * Every place in `value` that holds a token-shaped string, a credential field, or one of `knownSecrets`
 * (the upstream API key itself), in document order.
 */
export function findSecrets(value: unknown, knownSecrets: readonly string[] = []): SecretFinding[] {
  const literals = knownSecrets.filter((secret) => secret.length >= MIN_LITERAL_SECRET);
  const findings: SecretFinding[] = [];
  const visit = (item: unknown, path: string): void => {
    if (typeof item === 'string') {
      if (literals.some((secret) => item.includes(secret)))
        findings.push({ path, kind: 'the API key in use' });
      for (const { kind, pattern } of TOKEN_PATTERNS) if (pattern.test(item)) findings.push({ path, kind });
      return;
    }
    if (Array.isArray(item)) {
      for (const [index, element] of item.entries()) visit(element, `${path}[${index}]`);
      return;
    }
    if (item !== null && typeof item === 'object') {
      for (const [name, child] of Object.entries(item)) {
        const childPath = path ? `${path}.${name}` : name;
        const field = name.toLowerCase().replace(/[-_]/g, '');
        if (SECRET_FIELDS.has(field) && typeof child === 'string' && child.trim() !== '') {
          findings.push({ path: childPath, kind: `a "${name}" field` });
        }
        visit(child, childPath);
      }
    }
  };
  visit(value, '');
  return findings;
}
