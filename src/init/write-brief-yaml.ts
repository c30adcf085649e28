// Writes brief.yaml: every field of the brief, each under a comment saying what it is, unknowns as null or [].
import { stringify } from 'yaml';
import type { InitBrief } from './init-brief.js';
import type { InitTexts } from './texts.js';

const ORDER = [
  'company',
  'audience',
  'goals',
  'budget',
  'capacity',
  'channels',
  'competitors',
  'constraints',
  'calendar',
  'assets',
  'committedSpend',
  'maturity',
  'profile',
  'language',
  'horizonMonths',
] as const;

export function briefYaml(brief: InitBrief, texts: InitTexts): string {
  const parts = [comment(texts.comments.header)];
  for (const key of ORDER) {
    const block = stringify({ [key]: brief[key] }, { lineWidth: 0, nullStr: 'null' });
    parts.push(`${comment(texts.comments[key])}\n${block.trimEnd()}`);
  }
  return `${parts.join('\n\n')}\n`;
}

function comment(text: string): string {
  return text
    .split('\n')
    .map((line) => `# ${line}`)
    .join('\n');
}
