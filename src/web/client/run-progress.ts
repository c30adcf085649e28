/// <reference lib="dom" />
// Live progress of a draft: each agent's line follows the server-sent events; the page reloads when the run ends.
import type { UiLabels } from '../labels/ui-labels.js';
import { formatNumber } from '../view/format.js';

interface AgentEvent {
  type: string;
  agent?: string;
  model?: string;
  durationMs?: number;
  tokens?: number;
  message?: string | null;
  status?: string;
  run?: { agents: Record<string, { status: string }> } | null;
}

function setAgent(agent: string, status: string, detail: string, t: UiLabels): void {
  const item = document.querySelector<HTMLElement>(`.agent[data-agent="${CSS.escape(agent)}"]`);
  if (!item) return;
  item.className = `agent agent-${status}`;
  const label = item.querySelector('.agent-status');
  if (label) label.textContent = t.agentStatus[status] ?? status;
  const info = item.querySelector('.agent-detail');
  if (info) info.textContent = detail;
}

export function followProgress(runId: string, t: UiLabels): void {
  const source = new EventSource(`/api/runs/${encodeURIComponent(runId)}/events`);
  const on = (type: string, handle: (event: AgentEvent) => void) =>
    source.addEventListener(type, (message) =>
      handle(JSON.parse((message as MessageEvent<string>).data) as AgentEvent),
    );
  on('snapshot', (event) => {
    for (const [agent, state] of Object.entries(event.run?.agents ?? {}))
      setAgent(agent, state.status, '', t);
  });
  on('agent-start', (event) => setAgent(event.agent ?? '', 'running', event.model ?? '', t));
  on('agent-done', (event) => {
    const seconds = `${formatNumber((event.durationMs ?? 0) / 1000, t.lang, 2)} s`;
    const tokens = event.tokens ? ` · ${formatNumber(event.tokens, t.lang, 0)} tokens` : '';
    setAgent(event.agent ?? '', 'done', `${seconds}${tokens}`, t);
  });
  on('agent-failed', (event) => setAgent(event.agent ?? '', 'failed', event.message ?? '', t));
  on('run-end', () => {
    source.close();
    // The finished run page is rendered by the server: one reload shows the roadmap (or the failure).
    window.location.reload();
  });
}
