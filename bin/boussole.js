#!/usr/bin/env node
// Entry point for `npx boussole`. Runs the bundle `npm ci` builds (dist/, fast start-up) while it is newer than
// every source file (src/, agents/, evals/); otherwise — a source was edited since — runs the TypeScript sources through tsx.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}dist/main.js`;

function newestSourceMs() {
  let newest = 0;
  for (const dir of ['src', 'agents', 'evals']) {
    for (const name of readdirSync(`${root}${dir}`, { recursive: true })) {
      if (name.endsWith('.ts')) newest = Math.max(newest, statSync(`${root}${dir}/${name}`).mtimeMs);
    }
  }
  return newest;
}

function bundleIsFresh() {
  try {
    return statSync(bundle).mtimeMs >= newestSourceMs();
  } catch {
    return false;
  }
}

let cli;
if (bundleIsFresh()) {
  cli = await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli/main.ts');
}
process.exitCode = await cli.main(process.argv.slice(2));
