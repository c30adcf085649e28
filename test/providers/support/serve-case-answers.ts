// A local server that speaks OpenAI's, Mistral's and Anthropic's chat APIs and answers every agent with a fixture
// case's hand-authored answers: `npx tsx test/providers/support/serve-case-answers.ts fr-gite-vercors`, then point
// ANTHROPIC_BASE_URL (or MISTRAL_BASE_URL) at the origin it prints, to draft through a provider by hand.
import { startAnswerServer } from '../../../src/cassettes/index.js';
import { caseAnswer } from './case-answers.js';

const caseId = process.argv[2] ?? 'fr-gite-vercors';
const server = await startAnswerServer(({ agent, authorization }) => {
  process.stderr.write(`${agent} (key: ${authorization ? 'sent' : 'none'})\n`);
  const content = caseAnswer(caseId, agent);
  return content === null ? { error: { status: 400, message: `no answer for ${agent}` } } : { content };
});
process.stdout.write(`${server.origin}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
