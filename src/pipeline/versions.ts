// versions/N/: every roadmap a run replaced, kept byte for byte. A version folder is claimed exclusively and never
// written twice, so no later command can overwrite an earlier roadmap.
import { constants, copyFile, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';

export const VERSIONS_DIR = 'versions';

/** The numbers of the archived versions, ascending. */
export async function archivedVersions(dir: string): Promise<number[]> {
  const names = await readdir(join(dir, VERSIONS_DIR)).catch(() => [] as string[]);
  return names
    .filter((name) => /^[1-9][0-9]*$/.test(name))
    .map(Number)
    .sort((a, b) => a - b);
}

/** Copies the current files into the next free versions/N/ and returns N. */
export async function archiveCurrent(dir: string, files: readonly string[]): Promise<number> {
  await mkdir(join(dir, VERSIONS_DIR), { recursive: true });
  let next = ((await archivedVersions(dir)).at(-1) ?? 0) + 1;
  for (;;) {
    try {
      await mkdir(join(dir, VERSIONS_DIR, String(next)));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      next += 1;
    }
  }
  for (const name of files) {
    await copyFile(
      join(dir, name),
      join(dir, VERSIONS_DIR, String(next), name),
      constants.COPYFILE_EXCL,
    ).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  return next;
}
