// Links candidate actions to the SWOT items and personas they use or answer, reading whatever SWOT and personas
// came upstream (offline or from a model), so every threat is answered by at least one action.
import type { Persona } from '../../../agents/personas.js';
import type { Swot, SwotItem } from '../../../agents/swot.js';
import { matchChannel } from '../knowledge/lookup.js';
import { hasKeyword, normaliseText } from '../knowledge/text-match.js';
import type { Channel } from '../knowledge/types.js';

/** Items whose statement names the channel (its label or an alias). */
function mentioning(items: readonly SwotItem[], channel: Channel): SwotItem[] {
  const words = [channel.label.fr, channel.label.en, ...channel.aliases];
  return items.filter((item) => {
    const text = normaliseText(item.statement);
    return words.some((word) => hasKeyword(text, word));
  });
}

/** Channels that can carry an answer to a competitor or market threat: they win or keep buyers directly. */
function answersThreats(channel: Channel): boolean {
  return (
    channel.id !== 'tracking' &&
    channel.goalKinds.some((kind) => kind === 'growth' || kind === 'market_share')
  );
}

/**
 * SWOT ids per action: the strongest strength for channels that carry a message, items naming the channel,
 * and the threats dealt round-robin over the actions able to answer them (each threat at least once).
 */
export function swotLinks(swot: Swot, channels: readonly Channel[]): string[][] {
  const lead = [...swot.strengths].sort((a, b) => b.impact - a.impact || idNumber(a.id) - idNumber(b.id))[0];
  const links = channels.map((channel) => {
    const ids = [
      ...mentioning(swot.strengths, channel),
      ...mentioning(swot.weaknesses, channel),
      ...mentioning(swot.opportunities, channel),
    ].map((item) => item.id);
    const carriesMessage = channel.stages.includes('awareness') || channel.stages.includes('consideration');
    if (lead && carriesMessage && !ids.includes(lead.id)) ids.unshift(lead.id);
    return ids;
  });
  const answering = channels
    .map((channel, index) => ({ channel, index }))
    .filter(({ channel }) => answersThreats(channel));
  // Deal the longer list over the shorter, so every threat has an answer and, when there are more answering
  // actions than threats, each threat has several (one deferred action then leaves no threat unanswered).
  const rounds = Math.max(answering.length, swot.threats.length);
  for (let turn = 0; turn < rounds && answering.length > 0 && swot.threats.length > 0; turn += 1) {
    const target = answering[turn % answering.length];
    const threat = swot.threats[turn % swot.threats.length];
    if (target && threat) links[target.index]?.push(threat.id);
  }
  return links.map((ids) => [...new Set(ids)].sort(bySwotOrder));
}

/** Personas who can be reached on the channel; the primary personas when none names it. */
export function personaLinks(personas: readonly Persona[], channel: Channel): string[] {
  const reached = personas.filter((persona) =>
    persona.channels.some((name) => matchChannel(name) === channel.id),
  );
  const chosen = reached.length > 0 ? reached : personas.filter((persona) => persona.priority === 'primary');
  return (chosen.length > 0 ? chosen : personas.slice(0, 1)).map((persona) => persona.id);
}

const SWOT_ORDER = 'SWOT';

function bySwotOrder(a: string, b: string): number {
  return SWOT_ORDER.indexOf(a[0] ?? '') - SWOT_ORDER.indexOf(b[0] ?? '') || idNumber(a) - idNumber(b);
}

function idNumber(id: string): number {
  return Number.parseInt(id.slice(1), 10) || 0;
}
