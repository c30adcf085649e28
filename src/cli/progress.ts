// Human progress on stderr: one line when an agent starts and one when it ends, with time and tokens.
import type { AgentId } from '../../agents/outputs.js';
import type { LlmEvent } from '../llm/structured-call.js';
import type { ProgressEvent } from '../pipeline/run-agents.js';

export type Write = (line: string) => void;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function progressPrinter(write: Write, prefix = ''): (event: ProgressEvent) => void {
  const tag = (id: AgentId) => `${prefix}[${id}]`;
  return (event) => {
    switch (event.type) {
      case 'agent-start':
        write(`${tag(event.agentId)} started (${event.model})`);
        break;
      case 'agent-done': {
        const tokens = event.usage.promptTokens + event.usage.completionTokens;
        const usage =
          tokens > 0
            ? ` · ${thousands(event.usage.promptTokens)} + ${thousands(event.usage.completionTokens)} tokens`
            : '';
        const calls = event.calls > 1 ? ` · ${event.calls} calls` : '';
        write(`${tag(event.agentId)} done in ${seconds(event.durationMs)}${usage}${calls}`);
        break;
      }
      case 'agent-failed': {
        const message = event.error instanceof Error ? event.error.message : String(event.error);
        write(`${tag(event.agentId)} failed after ${seconds(event.durationMs)}: ${message}`);
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
