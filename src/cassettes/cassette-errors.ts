// Typed errors of the cassette store: a secret refused, a cassette file that cannot be trusted.
import { BoussoleError } from '../errors/index.js';
import type { SecretFinding } from './secret-scan.js';

/** A call was not saved because its request or response holds what looks like a key or token. */
export class CassetteSecretError extends BoussoleError {
  readonly agent: string;
  readonly findings: readonly SecretFinding[];

  constructor(agent: string, dir: string, findings: readonly SecretFinding[]) {
    const where = findings.map((finding) => `${finding.kind} at ${finding.path}`).join('; ');
    super({
      code: 'cassette_secret',
      message: `Refused to save the ${agent} cassette in ${dir}: it holds what looks like a secret (${where}). Nothing was written; remove the key from the brief or prompt and record again.`,
    });
    this.name = 'CassetteSecretError';
    this.agent = agent;
    this.findings = findings;
  }
}

/** A file in a cassette folder that is not a readable cassette, or whose key does not match its request. */
export class CassetteFileError extends BoussoleError {
  readonly file: string;

  constructor(file: string, problem: string, cause?: unknown) {
    super({
      code: 'cassette_invalid',
      message: `${file} is not a usable cassette: ${problem}. Delete it and record again (\`--record\`, or \`npx tsx evals/build-cassettes.ts\` for hand-authored fixtures).`,
      exitCode: 2,
      cause,
    });
    this.name = 'CassetteFileError';
    this.file = file;
  }
}
