// Front matter wins over what the brief agent read in the text: its fields replace the agent's, then re-validate.
import { Brief } from '../../agents/brief.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function overlay(base: unknown, top: unknown): unknown {
  if (isRecord(base) && isRecord(top)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(top)) if (key in base) merged[key] = overlay(base[key], value);
    return merged;
  }
  return top;
}

/** Apply the Brief fields of a partial front matter over the brief agent's answer; unknown keys are ignored. */
export function applyFrontMatter(brief: Brief, frontMatter: Record<string, unknown> | null): Brief {
  if (!frontMatter) return brief;
  const result = Brief.safeParse(overlay(brief, frontMatter));
  return result.success ? result.data : brief;
}
