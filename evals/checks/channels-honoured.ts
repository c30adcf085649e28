// channels_honoured: every channel the brief names is used or explained in the roadmap, and never called unused.

import { defineHonestyCheck } from './define-check.js';
import { type DraftView, roadmapActions, roadmapWarnings } from './draft-view.js';
import { verdict } from './honesty-check.js';
import { textValues } from './stop-words.js';
import { mentionsAny, termPositions, words } from './word-match.js';

/** Claims that a channel does not exist: false of any channel the brief names, dormant or not. */
const NEVER_HAD = [
  'not used yet',
  'not yet used',
  'not yet present',
  'not yet active',
  'no presence',
  'not present',
  'absent',
  'nonexistent',
  'pas encore utilis',
  'pas encore exploit',
  'pas encore present',
  'pas encore actif',
  'inexistant',
  'aucune presence',
  'pas de presence',
  'sans presence',
];
/** Claims that a channel is not used: false of an active channel, fair of a dormant one. */
const UNUSED = [
  'unused',
  'not used',
  'never used',
  'not using',
  'does not use',
  'doesn t use',
  'untouched',
  'untapped',
  'inutilis',
  'non utilis',
  'pas utilis',
  'jamais utilis',
  'n utilise pas',
  'n utilisez pas',
  'inexploit',
  'non exploit',
  'pas exploit',
];
/** Words either side of a channel's name within which a claim is about that channel. */
const WINDOW = 6;

/** Clauses: a claim and a channel name in different clauses ("Instagram works, but LinkedIn is unused") are unrelated. */
function clauses(text: string): string[][] {
  return text
    .split(/[.;:!?\n()|•]|,\s|\s[-–—]\s|\b(?:but|mais|while|alors que|whereas)\b/iu)
    .map(words)
    .filter((c) => c.length > 0);
}

function claimNear(
  clause: readonly string[],
  aliases: readonly (readonly string[])[],
  claims: readonly { claim: string; words: readonly string[] }[],
): string | null {
  const at = aliases.flatMap((alias) => termPositions(clause, alias));
  if (at.length === 0) return null;
  for (const claim of claims) {
    for (const position of termPositions(clause, claim.words)) {
      if (at.some((p) => Math.abs(p - position) <= WINDOW)) return claim.claim;
    }
  }
  return null;
}

/** Every text a reader sees, by where it comes from. */
function readable(draft: DraftView): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const [id, output] of Object.entries(draft.agents)) {
    if (id !== 'brief' && output) out.push({ where: id, text: textValues(output).join('\n') });
  }
  if (draft.roadmapJson) out.push({ where: 'roadmap.json', text: textValues(draft.roadmapJson).join('\n') });
  if (draft.roadmapMd) out.push({ where: 'roadmap.md', text: draft.roadmapMd });
  if (draft.summary) out.push({ where: 'summary', text: draft.summary });
  return out;
}

/** Text where using or explaining a channel counts: the candidate and planned actions, and the roadmap's reasons. */
function planText(draft: DraftView): string {
  const actions = (draft.agents.prioritizer?.actions ?? []).map((a) =>
    [a.title, a.channel, a.description].join(' '),
  );
  const planned = roadmapActions(draft.roadmapJson).map((a) => [a.title, a.channel, a.description].join(' '));
  return [...actions, ...planned, ...explanations(draft.roadmapJson)].join('\n');
}

/** What the roadmap says about its choices: why an action waits or is left out, and its warnings. Not its open
 * questions, whose examples ("newsletter, reviews, partners…") name channels generically. */
function explanations(roadmap: unknown): string[] {
  if (typeof roadmap !== 'object' || roadmap === null) return [];
  const record = roadmap as Record<string, unknown>;
  const notNow = ['deferred', 'excluded'].flatMap((key) => (Array.isArray(record[key]) ? record[key] : []));
  const reasons = notNow.map((a) =>
    typeof a === 'object' && a !== null ? String((a as { reason?: unknown }).reason ?? '') : '',
  );
  return [...reasons, ...roadmapWarnings(roadmap).map((w) => w.message)];
}

export const channelsHonoured = defineHonestyCheck({
  name: 'channels_honoured',
  column: 'chan',
  catches: 'a channel or asset the brief names that the plan ignores, or calls unused / not used yet',
  plantedFault: 'channel_called_unused',
  run: (draft) => {
    const channels = draft.stated.channels;
    const plan = planText(draft);
    const texts = readable(draft).map((t) => ({ where: t.where, clauses: clauses(t.text) }));
    const problems: string[] = [];
    for (const channel of channels) {
      if (!mentionsAny(plan, channel.aliases)) {
        problems.push(`${channel.name} is named in the brief but neither used nor explained in the plan`);
        continue;
      }
      const claims = (channel.dormant ? NEVER_HAD : [...NEVER_HAD, ...UNUSED]).map((claim) => ({
        claim,
        words: words(claim),
      }));
      const aliases = channel.aliases.map(words);
      for (const { where, clauses: list } of texts) {
        const found = list
          .map((clause) => ({ clause, claim: claimNear(clause, aliases, claims) }))
          .find((f) => f.claim);
        if (found) {
          problems.push(
            `${where} calls ${channel.name} "${found.claim}": "${found.clause.join(' ').slice(0, 80)}"`,
          );
          break;
        }
      }
    }
    return verdict(
      channels.length,
      problems,
      `${channels.length} channels of the brief, each built on or explained`,
    );
  },
});
