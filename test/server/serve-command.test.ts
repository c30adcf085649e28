// `boussole serve` as a command: its usage errors exit 2 with the CLI's wording, and it stops cleanly when asked.
import { expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { startServe } from './serve-helper.js';

it('refuses a bad port or a stray argument with exit 2 and a one-line message', async () => {
  const port = await runCli(['serve', '--port', '70000']);
  expect(port.code).toBe(2);
  expect(port.stderr).toBe(
    'boussole: Expected `--port` to be a whole number from 0 to 65535, got `70000`.\n',
  );
  const word = await runCli(['serve', '--port', 'abc']);
  expect(word.stderr).toContain('Expected `--port` to be a whole number from 0, got `abc`.');
  const stray = await runCli(['serve', 'now']);
  expect(stray.code).toBe(2);
  expect(stray.stderr).toContain('Unexpected argument `now`');
});

it('prints only its URL on stdout, and exits 0 when stopped', async () => {
  const serve = await startServe();
  expect(serve.stdout()).toBe(`${serve.url}\n`);
  expect(serve.log()).toContain('127.0.0.1 only');
  expect(await serve.stop()).toBe(0);
  await expect(fetch(`${serve.url}/`)).rejects.toThrow();
});
