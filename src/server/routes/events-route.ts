// GET /api/runs/:run/events: server-sent events of a run's progress (live hooks here, run.json polling for CLI runs).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { AGENT_IDS, type AgentId } from '../../../agents/outputs.js';
import type { RunEvent } from '../active-runs.js';
import { resolveRunDir } from '../run-ids.js';
import { readRun } from '../run-state.js';
import { PAGE_CSP, SECURITY_HEADERS } from '../security.js';
import type { ServerContext } from '../server-context.js';

/** How often a run drafted by another process is re-read. */
const POLL_MS = 400;
/** A comment line keeps proxies and the browser from closing an idle stream. */
const HEARTBEAT_MS = 15_000;

export function registerEventsRoute(app: FastifyInstance, context: ServerContext): void {
  app.get<{ Params: { run: string } }>('/api/runs/:run/events', async (request, reply) => {
    const dir = await resolveRunDir(context.runsDir, request.params.run);
    const id = request.params.run;
    const stream = openStream(reply, context);
    const snapshot = await readRun(id, dir, context.active.isRunning(id));
    stream.send({ type: 'snapshot', run: snapshot });

    const live = context.active.subscribe(id, (event) => {
      stream.send(event);
      if (event.type === 'run-end') stream.end();
    });
    if (live) {
      // The snapshot already shows what these events did; they are replayed so a late page sees the same log.
      for (const event of live.past) stream.send(event);
      if (live.past.some((event) => event.type === 'run-end')) stream.end();
      stream.onClose(live.unsubscribe);
      return;
    }
    if (snapshot === null || snapshot.status !== 'running') {
      stream.send({
        type: 'run-end',
        status: snapshot?.status ?? 'failed',
        message: snapshot?.error?.message ?? null,
      });
      stream.end();
      return;
    }
    // Drafted by the CLI (or another server): follow its run.json.
    let last = snapshot;
    const timer = setInterval(async () => {
      const now = await readRun(id, dir, false);
      if (now === null) return;
      for (const event of agentChanges(last.agents, now.agents)) stream.send(event);
      last = now;
      if (now.status !== 'running') {
        stream.send({ type: 'run-end', status: now.status, message: now.error?.message ?? null });
        stream.end();
      }
    }, POLL_MS);
    stream.onClose(() => clearInterval(timer));
  });
}

type Agents = NonNullable<Awaited<ReturnType<typeof readRun>>>['agents'];

function agentChanges(before: Agents, after: Agents): RunEvent[] {
  const events: RunEvent[] = [];
  for (const agent of AGENT_IDS as readonly AgentId[]) {
    const was = before[agent].status;
    const now = after[agent];
    if (was === now.status) continue;
    if (now.status === 'running') events.push({ type: 'agent-start', agent, model: now.model ?? '' });
    else if (now.status === 'done')
      events.push({ type: 'agent-done', agent, durationMs: now.durationMs ?? 0, tokens: now.tokens });
    else if (now.status === 'failed')
      events.push({ type: 'agent-failed', agent, durationMs: now.durationMs ?? 0, message: now.error ?? '' });
  }
  return events;
}

function openStream(reply: FastifyReply, context: ServerContext) {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-security-policy': PAGE_CSP,
    'content-type': 'text/event-stream; charset=utf-8',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  const closers: (() => void)[] = [];
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    for (const closer of closers) closer();
  };
  const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
  raw.on('close', close);
  return {
    send(event: { type: string; [key: string]: unknown }) {
      if (closed) return;
      raw.write(`event: ${event.type}\ndata: ${context.scrub(JSON.stringify(event))}\n\n`);
    },
    end() {
      if (closed) return;
      close();
      raw.end();
    },
    onClose(closer: () => void) {
      if (closed) closer();
      else closers.push(closer);
    },
  };
}
