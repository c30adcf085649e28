// A brief's refusals ("No cold calling", "pas de publicité sur TikTok", "we don't do paid ads"): the catalogue channels
// each names, through refusals.yaml (how a "no" is phrased) and the channels' aliases (src/knowledge/channels.yaml).
import { KNOWLEDGE } from '../../knowledge/load.js';
import { READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import { foldText } from '../../language/normalise.js';

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const REFUSAL = READER_TERMS.refusals;
/** Longest lead first, so "we don t do" wins over "don t" and the refused words start after it. */
const LEADS = [...REFUSAL.leads].sort((a, b) => b.length - a.length || compareText(a, b));

/** "cold call*" matches "cold calling": an alias ending in * is a prefix of its last word. */
function aliasAt(words: readonly string[], at: number, alias: string): boolean {
  const parts = alias.split(' ');
  return parts.every((part, k) => {
    const word = words[at + k];
    if (word === undefined) return false;
    return part.endsWith('*') ? word.startsWith(part.slice(0, -1)) : word === part;
  });
}

/** One refused thing: the catalogue channels it names, or only the actions naming one platform of a channel. */
export interface Refused {
  quote: string;
  channels: Set<string>;
  platform: string | null;
}

/** "No cold calling", "pas de publicité sur TikTok", "we don't do paid ads": what each refusal clause names. */
export function refusalsOf(constraints: readonly string[]): Refused[] {
  const out: Refused[] = [];
  for (const constraint of constraints) {
    for (const clause of constraint.split(/[.;:!?,()]|\s[-–—]\s/u)) {
      const words = foldText(clause).split(' ').filter(Boolean);
      for (let i = 0; i < words.length; i++) {
        const lead = LEADS.find((l) => aliasAt(words, i, l));
        if (!lead) continue;
        // The refused words: up to `reach` content words after the lead, fillers skipped.
        const start = i + lead.split(' ').length;
        const object: number[] = [];
        for (let j = start; j < words.length && object.length < REFUSAL.reach; j++)
          if (!REFUSAL.fillers.includes(words[j]!)) object.push(j);
        const paid = object.some((j) => REFUSAL.paidWords.includes(words[j]!));
        const channels = new Set<string>();
        let platform: string | null = null;
        for (const channel of KNOWLEDGE.channels)
          for (const alias of channel.aliases)
            if (object.some((j) => aliasAt(words, j, alias))) {
              if (REFUSAL.platforms.includes(alias)) platform = alias;
              else channels.add(channel.id);
            }
        if (platform !== null && paid)
          // "pas de pub TikTok": the paid channels that name the platform ("instagram ads"), none if none does.
          for (const channel of KNOWLEDGE.channels)
            if (channel.paid && channel.aliases.some((a) => a.split(' ').includes(platform!)))
              channels.add(channel.id);
        // "no paid ads" names no channel: every paid advertising one. Only when every refused word is a paid word, so
        // "pas de publicité comparative" (a content rule) leaves the channels alone.
        if (
          channels.size === 0 &&
          platform === null &&
          object.length > 0 &&
          object.every((j) => REFUSAL.paidWords.includes(words[j]!))
        )
          // Advertising only ("google ads", "sponsored content"): a paid trade show or creator is no ad.
          for (const channel of KNOWLEDGE.channels)
            if (
              channel.paid &&
              channel.aliases.some((a) => a.split(' ').some((w) => REFUSAL.paidWords.includes(w)))
            )
              channels.add(channel.id);
        if (channels.size > 0 || platform !== null)
          out.push({ quote: clause.trim(), channels, platform: paid ? null : platform });
        break;
      }
    }
  }
  return out;
}
