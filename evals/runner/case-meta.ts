// Reads a fixture's case.json: its language and the imperfections planted in its answers.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { AGENT_IDS } from '../../agents/outputs.js';
import { InputError } from '../../src/errors/index.js';
import { type CaseMeta, IMPERFECTION_KINDS } from '../checks/index.js';

const CaseFile = z.object({
  id: z.string(),
  language: z.enum(['fr', 'en']).nullable().default(null),
  imperfections: z
    .array(
      z.object({
        agent: z.enum(AGENT_IDS),
        sample: z.number().int().min(1),
        kind: z.enum(IMPERFECTION_KINDS),
        description: z.string(),
      }),
    )
    .default([]),
});

export async function readCaseMeta(path: string): Promise<CaseMeta> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (cause) {
    throw new InputError('eval', `Cannot read the case file ${path}: ${(cause as Error).message}`, cause);
  }
  const parsed = CaseFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      'eval',
      `Bad case file ${path}: ${issue?.path.join('.') || '(the file)'}: ${issue?.message}.`,
    );
  }
  return parsed.data;
}
