// Run ids are folder names under the runs folder: validated here so no request can name a path outside it.
import { realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { HttpError } from './http-error.js';

/** Letters, digits, dots, dashes and underscores, starting with a letter or digit: no separators, no `..`. */
const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/** A file directly inside a run folder, same alphabet. */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function isRunId(value: string): boolean {
  return RUN_ID.test(value) && !value.includes('..');
}

export function isRunFileName(value: string): boolean {
  return FILE_NAME.test(value) && !value.includes('..');
}

/** The run folder for `id`, refusing ids of the wrong shape (400) and folders that resolve outside `runsDir` (404). */
export async function resolveRunDir(runsDir: string, id: string): Promise<string> {
  if (!isRunId(id)) {
    throw new HttpError(
      400,
      'bad_run_id',
      `\`${id.slice(0, 80)}\` is not a run id: use a name from GET /api/runs.`,
    );
  }
  const dir = join(runsDir, id);
  // A symlink inside the runs folder must not lead out of it.
  const [root, real] = await Promise.all([
    realpath(runsDir).catch(() => null),
    realpath(dir).catch(() => null),
  ]);
  const info = real === null ? null : await stat(real).catch(() => null);
  if (root === null || real === null || !info?.isDirectory() || !real.startsWith(root + sep)) {
    throw new HttpError(404, 'run_not_found', `No run \`${id}\` in ${runsDir}.`);
  }
  return real;
}
