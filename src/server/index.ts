// The local web app's public surface: create the server; what the CLI passes it.
export { type BoussoleServer, createBoussoleServer, DEFAULT_BODY_LIMIT, LOOPBACK } from './create-server.js';
export { findFreePort } from './free-port.js';
export type { Drafter, DraftJob, ServerOptions } from './server-options.js';
