// An OpenAI-compatible server that refuses every key with a 401 quoting it back, as some gateways do.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface KeyEchoServer {
  readonly url: string;
  /** The bearer tokens received, so a test can prove the key it set did reach the server. */
  readonly keysSeen: readonly string[];
  stop(): Promise<void>;
}

export async function startKeyEchoServer(): Promise<KeyEchoServer> {
  const keysSeen: string[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const key = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      keysSeen.push(key);
      const body = JSON.stringify({
        error: {
          message: `Incorrect API key provided: ${key}. You can find your API key at https://platform.openai.com/account/api-keys.`,
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_api_key',
        },
      });
      res.writeHead(401, { 'content-type': 'application/json', 'x-echoed-key': key });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    keysSeen,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
