// Human progress on stderr: one line when an agent starts and one when it ends, with time and tokens.
import type { Language } from '../../agents/brief.js';
import type { AgentId } from '../../agents/outputs.js';
import type { LlmEvent } from '../llm/structured-call.js';
import type { ProgressEvent } from '../pipeline/run-agents.js';

export type Write = (line: string) => void;

/** The progress words in the brief's language (known before the run: `--lang`, or read from the brief's text). */
const WORDS: Record<
  Language,
  {
    started: string;
    doneIn: string;
    failedAfter: string;
    colon: string;
    tokens: string;
    calls: string;
    decimal: string;
    thousands: string;
  }
> = {
  en: {
    started: 'started',
    doneIn: 'done in',
    failedAfter: 'failed after',
    colon: ':',
    tokens: 'tokens',
    calls: 'calls',
    decimal: '.',
    thousands: ',',
  },
  fr: {
    started: 'démarré',
    doneIn: 'terminé en',
    failedAfter: 'échec après',
    colon: ' :',
    tokens: 'jetons',
    calls: 'appels',
    decimal: ',',
    thousands: '\u202f',
  },
};

const seconds = (ms: number, language: Language = 'en') =>
  `${(ms / 1000).toFixed(2).replace('.', WORDS[language].decimal)} s`;
const thousands = (n: number, language: Language) =>
  String(n).replace(/\B(?=(\d{3})+(?!\d))/g, WORDS[language].thousands);

export function progressPrinter(
  write: Write,
  prefix = '',
  language: Language = 'en',
): (event: ProgressEvent) => void {
  const tag = (id: AgentId) => `${prefix}[${id}]`;
  const w = WORDS[language];
  return (event) => {
    switch (event.type) {
      case 'agent-start':
        write(`${tag(event.agentId)} ${w.started} (${event.model})`);
        break;
      case 'agent-done': {
        const tokens = event.usage.promptTokens + event.usage.completionTokens;
        const usage =
          tokens > 0
            ? ` · ${thousands(event.usage.promptTokens, language)} + ${thousands(event.usage.completionTokens, language)} ${w.tokens}`
            : '';
        const calls = event.calls > 1 ? ` · ${event.calls} ${w.calls}` : '';
        write(`${tag(event.agentId)} ${w.doneIn} ${seconds(event.durationMs, language)}${usage}${calls}`);
        break;
      }
      case 'agent-failed': {
        const message = event.error instanceof Error ? event.error.message : String(event.error);
        write(
          `${tag(event.agentId)} ${w.failedAfter} ${seconds(event.durationMs, language)}${w.colon} ${message}`,
        );
        break;
      }
    }
  };
}

/** A line for a retry or a repair turn; null for the routine "call started" event. */
export function describeLlmEvent(event: LlmEvent): string | null {
  switch (event.type) {
    case 'retry': {
      const status = event.status === null ? '' : ` (HTTP ${event.status})`;
      return `${event.reason.replaceAll('_', ' ')}${status}: retry ${event.retry}/${event.maxRetries} in ${seconds(event.delayMs)}`;
    }
    case 'repair':
      return `answer rejected (${event.reason.replaceAll('_', ' ')}: ${event.detail}): repair turn ${event.turn}/${event.maxTurns}`;
    default:
      return null;
  }
}
