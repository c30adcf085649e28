// Atomic file writes: a temp file in the same folder, then a rename, so a crash never leaves half a file.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Whether a file name is one of the temp files below (`.name.pid.random.tmp`). */
export function isTempFileName(name: string): boolean {
  return /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/.test(name);
}

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** The JSON every run file uses: 2-space indent and a final newline, so files diff cleanly. */
export function toFileJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
