// Reads every brief a draft command names (files, folders, stdin): one bad brief of a batch is set aside with
// its reason instead of stopping the others; a single brief is refused as before.
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Language } from '../../agents/brief.js';
import { type BriefSource, readBriefSource } from '../brief/index.js';
import { type BoussoleError, InputError } from '../errors/index.js';

/** Extensions a folder of briefs is read for. */
export const BRIEF_EXTENSIONS = ['.md', '.markdown', '.txt', '.json', '.yaml', '.yml'];

export interface RefusedBrief {
  /** The path as the user would recognise it (relative to the working folder when inside it). */
  path: string;
  error: BoussoleError;
}

export interface ReadBriefs {
  sources: BriefSource[];
  refused: RefusedBrief[];
}

export interface ReadBriefsOptions {
  cwd: string;
  stdin: NodeJS.ReadableStream;
  maxChars?: number;
  lang?: Language;
}

/**
 * Every brief is read and checked before any model is called, so bad input costs nothing. With one brief its
 * refusal is thrown (exit 2); in a batch each refusal is collected and the others go on.
 */
export async function readBriefs(
  arguments_: readonly string[],
  options: ReadBriefsOptions,
): Promise<ReadBriefs> {
  const sources: BriefSource[] = [];
  const refused: RefusedBrief[] = [];
  const { paths, empty } = await expandBriefPaths(arguments_, options.cwd);
  const batch = paths.length + empty.length > 1;
  for (const folder of empty) {
    const error = new InputError(
      'brief_missing',
      `The folder ${folder} holds no brief (${BRIEF_EXTENSIONS.join(', ')}).`,
    );
    if (!batch) throw error;
    refused.push({ path: folder, error });
  }
  for (const path of paths) {
    try {
      sources.push(
        await readBriefSource(path, { stdin: options.stdin, maxChars: options.maxChars, lang: options.lang }),
      );
    } catch (error) {
      // Only a brief's own fault is set aside; anything else (a usage error, a bug) stops the command.
      if (!batch || !InputError.isInstance(error) || error.code === 'usage') throw error;
      refused.push({ path: shown(path, options.cwd), error });
    }
  }
  return { sources, refused };
}

/** The lines naming each refused brief and why, for the end of a batch. */
export function refusalLines(
  refused: readonly RefusedBrief[],
  drafted: number,
  language: Language = 'en',
): string[] {
  if (refused.length === 0) return [];
  const total = drafted + refused.length;
  const plural = refused.length > 1 ? 's' : '';
  const head =
    language === 'fr'
      ? `${refused.length} brief${plural} sur ${total} non rédigé${plural} (entrée invalide${drafted > 0 ? ' ; les autres l’ont été' : ''}) :`
      : `${refused.length} of ${total} brief${total > 1 ? 's' : ''} not drafted (bad input${drafted > 0 ? '; the others were' : ''}):`;
  return [head, ...refused.map(({ path, error }) => `  ${path}: ${error.message}`)];
}

async function expandBriefPaths(
  paths: readonly string[],
  cwd: string,
): Promise<{ paths: string[]; empty: string[] }> {
  const expanded: string[] = [];
  const empty: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      expanded.push(path);
      continue;
    }
    const full = resolve(cwd, path);
    const info = await stat(full).catch(() => null);
    if (info?.isDirectory()) {
      const entries = (await readdir(full))
        .filter((name) => BRIEF_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)))
        .sort();
      if (entries.length === 0) empty.push(path);
      expanded.push(...entries.map((name) => join(full, name)));
    } else {
      expanded.push(full);
    }
  }
  return { paths: expanded, empty };
}

function shown(path: string, cwd: string): string {
  if (path === '-') return 'stdin';
  const near = relative(cwd, path);
  return near === '' || near.startsWith('..') ? path : near;
}
