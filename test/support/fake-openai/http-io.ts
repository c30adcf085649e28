// Low-level HTTP for the fake server: read a bounded body, wait without outliving the client, send JSON.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** The body as text, or null when it is over the size limit. */
export async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Waits `ms`; false when the client went away or the server is stopping meanwhile. */
export async function wait(ms: number, res: ServerResponse, stopping: AbortSignal): Promise<boolean> {
  if (ms === 0) return !res.destroyed;
  const gone = new AbortController();
  const onClose = () => gone.abort();
  res.once('close', onClose);
  try {
    await sleep(ms, undefined, { signal: AbortSignal.any([gone.signal, stopping]) });
    return true;
  } catch {
    return false;
  } finally {
    res.off('close', onClose);
  }
}

/** Sends a JSON response; false when the connection was already gone. */
export function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string>,
): boolean {
  if (res.destroyed || res.writableEnded) return false;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
  return true;
}
