// Lookups from a brief's free text to the knowledge base: channel id, metric kind, differentiator cues, constraints.
import type { Brief } from '../../../agents/brief.js';
import { METRIC_RULES, type MetricKind } from './channel-metrics.js';
import { CHANNELS } from './channels.js';
import { CONSTRAINT_CUES, type ConstraintCue } from './constraints.js';
import { DIFFERENTIATOR_CUES, type DifferentiatorCue } from './differentiators.js';
import { keywordsIn, normaliseText } from './text-match.js';
import type { ChannelId } from './types.js';

/**
 * The catalogue channel a free-text channel name refers to: a catalogue label (either language) first, so the
 * drafters' own labels read back exactly; otherwise the longest alias found wins, ties by catalogue order.
 */
export function matchChannel(name: string): ChannelId | null {
  const normalised = normaliseText(name);
  const labelled = CHANNELS.find(
    (channel) =>
      normaliseText(channel.label.fr) === normalised || normaliseText(channel.label.en) === normalised,
  );
  if (labelled) return labelled.id;
  let best: { id: ChannelId; length: number } | null = null;
  for (const channel of CHANNELS) {
    for (const alias of keywordsIn(normalised, channel.aliases)) {
      if (best === null || alias.length > best.length) best = { id: channel.id, length: alias.length };
    }
  }
  return best?.id ?? null;
}

export function classifyMetric(metric: string | null): MetricKind | null {
  if (!metric) return null;
  const normalised = normaliseText(metric);
  return METRIC_RULES.find((rule) => keywordsIn(normalised, rule.keywords).length > 0)?.kind ?? null;
}

/** Differentiator cues found in the brief's description and offer, each with the first word that matched. */
export function matchCues(brief: Brief): { cue: DifferentiatorCue; word: string }[] {
  const normalised = normaliseText([brief.company.offer ?? '', brief.company.description ?? ''].join(' '));
  const found: { cue: DifferentiatorCue; word: string }[] = [];
  for (const cue of DIFFERENTIATOR_CUES) {
    const [word] = keywordsIn(normalised, cue.keywords);
    if (word !== undefined) found.push({ cue, word });
  }
  return found;
}

/** Constraint cues found in each of the brief's constraints, with the constraint's own text. */
export function matchConstraints(brief: Brief): { cue: ConstraintCue; text: string }[] {
  const found: { cue: ConstraintCue; text: string }[] = [];
  for (const text of brief.constraints) {
    const normalised = normaliseText(text);
    for (const cue of CONSTRAINT_CUES) {
      if (keywordsIn(normalised, cue.keywords).length > 0) found.push({ cue, text });
    }
  }
  return found;
}
