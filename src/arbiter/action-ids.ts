// Puts candidate actions in a canonical order and gives every one a unique id, saying which were renamed.
import type { CandidateAction } from '../../agents/prioritizer.js';
import type { Phrases } from './phrases.js';
import type { RoadmapWarning } from './roadmap.js';
import { compareText, idKey } from './text.js';

export interface IdentifiedAction {
  id: string;
  /** The prioritizer's id when it was changed, else null. */
  originalId: string | null;
  source: CandidateAction;
}

const sortedStrings = (values: unknown): string[] =>
  Array.isArray(values) ? values.map((value) => String(value)).sort(compareText) : [];

/** Numbers keep NaN, ±Infinity and -0 apart, so two different actions never share a key. */
const numberKey = (value: unknown): string =>
  typeof value === 'number' ? (Object.is(value, -0) ? '-0' : String(value)) : `?${String(value)}`;

/** A key that depends only on an action's content, never on the order of its arrays or its keys. */
export function canonicalKey(action: CandidateAction): string {
  const kpi = action.kpi ?? { metric: '', target: null, unit: null, timeframeMonths: null };
  return JSON.stringify([
    String(action.id ?? ''),
    String(action.title ?? ''),
    String(action.description ?? ''),
    String(action.channel ?? ''),
    sortedStrings(action.goalIds),
    sortedStrings(action.personaIds),
    sortedStrings(action.stages),
    sortedStrings(action.swotIds),
    sortedStrings(action.dependsOn),
    numberKey(action.reach),
    numberKey(action.impact),
    numberKey(action.confidence),
    numberKey(action.effortDays),
    numberKey(action.cost),
    String(action.currency ?? ''),
    [String(kpi.metric ?? ''), numberKey(kpi.target), String(kpi.unit ?? ''), numberKey(kpi.timeframeMonths)],
    String(action.killCriterion ?? ''),
  ]);
}

/** The next free id after `base`: A3 → A3b, A3c… then A3-27, A3-28… */
function nextFreeId(base: string, taken: Set<string>): string {
  for (let code = 'b'.charCodeAt(0); code <= 'z'.charCodeAt(0); code += 1) {
    const id = `${base}${String.fromCharCode(code)}`;
    if (!taken.has(id)) return id;
  }
  for (let index = 27; ; index += 1) {
    const id = `${base}-${index}`;
    if (!taken.has(id)) return id;
  }
}

/** An id written `a3` or ` A3 ` is read as `A3`; anything else keeps its trimmed text. */
function cleanId(raw: unknown): string {
  const text = typeof raw === 'string' ? raw.trim() : '';
  return /^a[0-9]+$/i.test(text) ? idKey(text) : text;
}

/**
 * Orders actions by (id, content) so the outcome never depends on input order. Among actions sharing an id,
 * the first in that order keeps it and the others get the next free suffix; an action with no id gets one.
 */
export function assignIds(
  actions: readonly CandidateAction[],
  phrases: Phrases,
): { actions: IdentifiedAction[]; warnings: RoadmapWarning[] } {
  const keyed = actions.map((source) => ({ source, id: cleanId(source.id), key: canonicalKey(source) }));
  keyed.sort((a, b) => compareText(a.id, b.id) || compareText(a.key, b.key));
  const taken = new Set(keyed.map((entry) => entry.id).filter((id) => id !== ''));
  const seen = new Set<string>();
  const warnings: RoadmapWarning[] = [];
  const identified = keyed.map(({ source, id }): IdentifiedAction => {
    const rawId = typeof source.id === 'string' ? source.id : '';
    if (id === '') {
      const fresh = taken.has('A0') ? nextFreeId('A0', taken) : 'A0';
      taken.add(fresh);
      seen.add(fresh);
      warnings.push({
        code: 'id_renamed',
        message: phrases.idAssigned(fresh, String(source.title ?? '')),
        refs: [fresh],
      });
      return { id: fresh, originalId: rawId, source };
    }
    if (!seen.has(id)) {
      seen.add(id);
      return { id, originalId: id === rawId ? null : rawId, source };
    }
    const renamed = nextFreeId(id, taken);
    taken.add(renamed);
    seen.add(renamed);
    warnings.push({ code: 'id_renamed', message: phrases.idRenamed(id, renamed), refs: [renamed, id] });
    return { id: renamed, originalId: rawId, source };
  });
  return { actions: identified, warnings };
}
