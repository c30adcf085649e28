// The first free port on 127.0.0.1 from a preferred one (4477 for `boussole serve`).
import { createServer } from 'node:net';

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ host: '127.0.0.1', port }, () => probe.close(() => resolve(true)));
  });

export async function findFreePort(preferred: number, tries = 50): Promise<number> {
  for (let port = preferred; port < preferred + tries && port <= 65_535; port += 1) {
    if (await isFree(port)) return port;
  }
  return 0;
}
