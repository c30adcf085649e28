// The rules a brief states (or its profession implies), applied to candidate actions: excluded with the brief's words
// as the reason, or kept with a warning that the rule applies to each (data/stated-rules.json).
import { z } from 'zod';
import type { Candidate, Exclusion } from './candidate.js';
import rulesData from './data/stated-rules.json' with { type: 'json' };
import type { RoadmapWarning } from './roadmap.js';
import { compareText, foldText } from './text.js';

const Rule = z.object({
  id: z.string(),
  source: z.enum(['constraint', 'identity']),
  when: z.string(),
  actions: z.string(),
  effect: z.enum(['exclude', 'apply']),
  reason: z.object({ fr: z.string(), en: z.string() }),
  about_when: z.string().optional(),
});
const RULES = z
  .object({ about: z.string(), rules: z.array(Rule) })
  .parse(rulesData)
  .rules.map((rule) => ({ ...rule, when: new RegExp(rule.when), actions: new RegExp(rule.actions) }));

/** What the brief says that rules apply to: its constraints as written, and what the company is. */
export interface StatedRulesInput {
  constraints: readonly string[];
  identity: string;
  language: 'fr' | 'en';
}

/** "pas de publicité comparative ni promotionnelle sur les actes": the clause that holds the rule, not a paragraph. */
function quoteOf(text: string, pattern: RegExp): string | null {
  const clauses = text.split(/(?<=[.;!?])\s+/u);
  return (
    clauses
      .find((clause) => pattern.test(foldText(clause)))
      ?.trim()
      .replace(/[.;]$/u, '') ?? null
  );
}

/** The identity words a profession rule matched ("notaire"), for the caution's sentence. */
function professionOf(identity: string, pattern: RegExp): string | null {
  const folded = foldText(identity);
  const hit = pattern.exec(folded);
  if (!hit) return null;
  // "un logiciel pour les experts-comptables", "software for lawyers": the customers' profession, not the company's.
  const before = folded.slice(Math.max(0, hit.index - 24), hit.index);
  return /\b(?:pour|for|aux|des|les|to|with|avec|serving|dedie|vers|chez|par|by)\s+(?:\w+\s+)?$/.test(before)
    ? null
    : hit[0];
}

export function applyStatedRules(
  input: StatedRulesInput,
  active: readonly Candidate[],
  excluded: Map<string, Exclusion>,
  warnings: RoadmapWarning[],
): void {
  const text = (c: Candidate) =>
    foldText(
      `${String(c.source.channel ?? '')} ${String(c.source.title ?? '')} ${String(c.source.description ?? '')}`,
    );
  for (const rule of RULES) {
    const quote =
      rule.source === 'identity'
        ? professionOf(input.identity, rule.when)
        : (input.constraints.map((c) => quoteOf(c, rule.when)).find((q) => q !== null) ?? null);
    if (quote === null) continue;
    const touched = active
      .filter((c) => !excluded.has(c.id) && rule.actions.test(text(c)))
      .sort((a, b) => compareText(a.id, b.id));
    if (touched.length === 0) continue;
    const reason = rule.reason[input.language];
    if (rule.effect === 'exclude') {
      for (const c of touched)
        excluded.set(c.id, { code: 'vetoed', reason: reason.replace('{quote}', quote) });
    } else {
      const ids = touched.map((c) => c.id);
      warnings.push({
        code: 'assumption',
        message: reason.replace('{quote}', quote).replace('{ids}', ids.join(', ')),
        refs: ids,
      });
    }
  }
}
