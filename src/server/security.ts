// The local server's guards: Host (DNS rebinding), CSRF token + same Origin for writes, and strict response headers.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './http-error.js';

/** Pages and scripts come from this server only: no inline script, no other origin, no CDN. */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Files a run wrote (report.html carries its own inline styles) are shown sandboxed with no script at all:
 * they may style themselves, never run code or load anything.
 */
export const FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

export const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

/** The two names this server answers to: a page loaded from anything else is a rebinding attempt. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function checkHost(request: FastifyRequest, port: number): void {
  const host = request.headers.host ?? '';
  if (!allowedHosts(port).includes(host.toLowerCase())) {
    throw new HttpError(
      421,
      'bad_host',
      `This server answers only to http://127.0.0.1:${port} and http://localhost:${port}; the request named \`${host.slice(0, 100)}\`.`,
    );
  }
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A write must carry the page's token and come from this very origin (a form on another site can do neither). */
export function checkWrite(request: FastifyRequest, port: number, token: string): void {
  if (!WRITE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  const allowed = allowedHosts(port).map((host) => `http://${host}`);
  if (typeof origin !== 'string' || !allowed.includes(origin.toLowerCase())) {
    throw new HttpError(
      403,
      'bad_origin',
      `Changes are accepted only from this app's own pages (Origin ${allowed[0]}); got ${origin === undefined ? 'no Origin' : `\`${String(origin).slice(0, 100)}\``}.`,
    );
  }
  const sent = request.headers['x-csrf-token'];
  if (typeof sent !== 'string' || !sameToken(sent, token)) {
    throw new HttpError(
      403,
      'bad_csrf_token',
      'Missing or wrong x-csrf-token header: reload the page and try again (the token changes when the server restarts).',
    );
  }
}

function sameToken(sent: string, token: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function applySecurityHeaders(reply: FastifyReply): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
  if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', PAGE_CSP);
}
