// Claims the folder of a new run atomically, so runs started at the same moment (three drafts of one brief, three
// batches into one parent, in one process or several) never share a folder or tell each other to `--resume`.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, lstat, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InputError } from '../errors/index.js';
import { runDirError } from './run-dir-errors.js';
import { SOURCE_FILE } from './run-store.js';

/** Exactly this folder (`--out DIR`), or a new folder named `name` in `parent`, `-2`, `-3`... if it is taken. */
export type RunDirTarget = string | { parent: string; name: string };

/** Enough for any number of same-second runs a person or a script starts; past it something else is wrong. */
const MAX_SUFFIX = 10_000;

/**
 * Creates (or takes, when it is an existing empty folder given with `--out`) the run folder and writes the brief's
 * source text in it; returns the folder. Only one claimant ever wins a folder: generated names are created with an
 * exclusive mkdir, and an existing empty folder is won by exclusively linking its source file.
 */
export async function claimRunDir(target: RunDirTarget, sourceText: string): Promise<string> {
  if (typeof target !== 'string') return claimFresh(target.parent, target.name, sourceText);
  const dir = target;
  await makeParent(dirname(dir), dir);
  const created = await mkdir(dir).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return false;
      throw runDirError(dir, error);
    },
  );
  if (created) {
    await writeSource(dir, sourceText);
    return dir;
  }
  const info = await stat(dir).catch((error: unknown) => {
    throw runDirError(dir, error);
  });
  if (!info.isDirectory()) throw new InputError('run_dir', `${dir} is a file: choose a folder for --out.`);
  if ((await readdir(dir)).length > 0) throw taken(dir, info.ctimeMs);
  // An empty folder: whoever links the source file first owns it; the other learns it lost a race.
  if (!(await writeSource(dir, sourceText, true))) throw taken(dir, Number.POSITIVE_INFINITY);
  return dir;
}

async function claimFresh(parent: string, name: string, sourceText: string): Promise<string> {
  await makeParent(parent, join(parent, name));
  for (let n = 1; n <= MAX_SUFFIX; n += 1) {
    const dir = join(parent, n === 1 ? name : `${name}-${n}`);
    try {
      await mkdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw runDirError(dir, error);
    }
    await writeSource(dir, sourceText);
    return dir;
  }
  throw new InputError(
    'run_dir',
    `${parent} already holds ${MAX_SUFFIX} runs named ${name}: choose another --out, or tidy that folder.`,
  );
}

async function makeParent(parent: string, dir: string): Promise<void> {
  try {
    await mkdir(parent, { recursive: true });
  } catch (error) {
    // mkdir -p on a broken symlink or through a file: say which, in one line.
    const broken = await lstat(parent).then(
      (info) => info.isSymbolicLink(),
      () => false,
    );
    throw runDirError(dir, broken ? Object.assign(new Error('broken link'), { code: 'ENOENT' }) : error);
  }
}

/**
 * Writes source.txt: a temp file, then a link to the final name. A link fails if the name exists, so with
 * `exclusive` the first writer wins and the others get false; a crash never leaves half a file.
 */
async function writeSource(dir: string, text: string, exclusive = false): Promise<boolean> {
  const temp = join(dir, `.${SOURCE_FILE}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await link(temp, join(dir, SOURCE_FILE)).catch((error: NodeJS.ErrnoException) => {
      // A file system without hard links: an exclusive copy still lets only one writer win.
      if (error.code !== 'EPERM' && error.code !== 'ENOTSUP' && error.code !== 'EXDEV') throw error;
      return copyFile(temp, join(dir, SOURCE_FILE), constants.COPYFILE_EXCL);
    });
    return true;
  } catch (error) {
    if (exclusive && (error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw runDirError(dir, error);
  } finally {
    await rm(temp, { force: true });
  }
}

/**
 * A folder that is not ours. If it changed since this process started, another draft is writing it right now
 * (we lost a race for it): resuming it would collide with that draft, so no resume hint is given.
 */
function taken(dir: string, changedAtMs: number): InputError {
  if (changedAtMs >= performance.timeOrigin - 1000) {
    return new InputError(
      'run_dir',
      `Another draft started writing ${dir} at the same moment: choose another --out, or leave it out to get a folder of your own.`,
    );
  }
  return new InputError(
    'run_dir',
    `${dir} already holds files: choose another --out, or continue that run with \`boussole draft --resume ${dir}\`.`,
  );
}
