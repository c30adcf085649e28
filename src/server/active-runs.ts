// Drafts and reruns this server is running: their progress events, kept so a page that connects late sees them all.
import type { AgentId } from '../../agents/outputs.js';
import type { ProgressEvent } from '../pipeline/run-agents.js';
import type { ApiRunStatus } from './run-state.js';

export type RunEvent =
  | { type: 'agent-start'; agent: AgentId; model: string }
  | { type: 'agent-done'; agent: AgentId; durationMs: number; tokens: number }
  | { type: 'agent-failed'; agent: AgentId; durationMs: number; message: string }
  | { type: 'run-end'; status: ApiRunStatus; message: string | null };

export type RunListener = (event: RunEvent) => void;

interface ActiveRun {
  events: RunEvent[];
  listeners: Set<RunListener>;
  ended: boolean;
  controller: AbortController;
}

export interface ActiveRuns {
  /** Registers a job for `id`; false when one is already running there. */
  start(id: string): AbortController | null;
  isRunning(id: string): boolean;
  /** Everything so far, then `listener` for what follows; null when this server never ran `id`. */
  subscribe(id: string, listener: RunListener): { past: RunEvent[]; unsubscribe: () => void } | null;
  emit(id: string, event: RunEvent): void;
  /** Ends every job (server shutdown): finished outputs stay on disk. */
  abortAll(): void;
}

export function progressToEvent(event: ProgressEvent, scrub: (text: string) => string): RunEvent {
  switch (event.type) {
    case 'agent-start':
      return { type: 'agent-start', agent: event.agentId, model: event.model };
    case 'agent-done':
      return {
        type: 'agent-done',
        agent: event.agentId,
        durationMs: Math.round(event.durationMs),
        tokens: event.usage.promptTokens + event.usage.completionTokens,
      };
    case 'agent-failed':
      return {
        type: 'agent-failed',
        agent: event.agentId,
        durationMs: Math.round(event.durationMs),
        message: scrub(event.error instanceof Error ? event.error.message : String(event.error)),
      };
  }
}

export function createActiveRuns(): ActiveRuns {
  const runs = new Map<string, ActiveRun>();
  return {
    start(id) {
      const current = runs.get(id);
      if (current && !current.ended) return null;
      const controller = new AbortController();
      runs.set(id, { events: [], listeners: new Set(), ended: false, controller });
      return controller;
    },
    isRunning: (id) => runs.get(id)?.ended === false,
    subscribe(id, listener) {
      const run = runs.get(id);
      if (!run) return null;
      const past = [...run.events];
      if (!run.ended) run.listeners.add(listener);
      return { past, unsubscribe: () => run.listeners.delete(listener) };
    },
    emit(id, event) {
      const run = runs.get(id);
      if (!run) return;
      run.events.push(event);
      if (event.type === 'run-end') run.ended = true;
      for (const listener of run.listeners) listener(event);
      if (run.ended) run.listeners.clear();
    },
    abortAll() {
      for (const run of runs.values()) if (!run.ended) run.controller.abort();
    },
  };
}
