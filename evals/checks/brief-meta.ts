// What a hand-authored harness brief states, written by the person who wrote it (fixtures/briefs/<id>/meta.json).
import { z } from 'zod';

export const StatedGoalMeta = z.object({
  /** The goal in a few words, for reasons. */
  says: z.string(),
  /** Words by which a draft's goal is recognised as this one (any of them, in its statement or metric). */
  match: z.array(z.string()).min(1),
  /** When not empty, a scheduled action serving the goal must mention one of these (a country, a segment, a lever). */
  servedBy: z.array(z.string()),
  /** Today's figure and the target, in the goal's own unit, when the brief states them. */
  baseline: z.number().nullable(),
  target: z.number().nullable(),
});
export type StatedGoalMeta = z.infer<typeof StatedGoalMeta>;

export const StatedChannelMeta = z.object({
  name: z.string(),
  /** Words by which a draft mentions the channel. */
  aliases: z.array(z.string()).min(1),
  /** The brief says it exists but is no longer (or never) fed: "unused" is then true, "not yet" still is not. */
  dormant: z.boolean().default(false),
});
export type StatedChannelMeta = z.infer<typeof StatedChannelMeta>;

export const BriefMeta = z.object({
  id: z.string(),
  provenance: z.literal('hand-authored'),
  note: z.string(),
  language: z.enum(['fr', 'en']),
  format: z.enum(['txt', 'md', 'json', 'yaml']),
  businessModel: z.enum(['B2B', 'B2C', 'B2B2C', 'marketplace']),
  staff: z.number().int().min(1),
  sector: z.string(),
  /** The company's name as the brief gives it; null when the brief names none. */
  company: z.string().nullable(),
  goals: z.array(StatedGoalMeta),
  channels: z.array(StatedChannelMeta),
  assets: z.array(z.string()),
  /** The marketing budget as the brief states it (periodMonths null when the brief gives no period); null when unstated. */
  budget: z
    .object({
      amount: z.number().positive(),
      currency: z.string().length(3),
      periodMonths: z.number().int().positive().nullable(),
    })
    .nullable(),
  committedSpend: z.array(z.object({ what: z.string(), amount: z.number() })),
  busyMonths: z.array(z.number().int().min(1).max(12)),
  /** What the brief does not say and the draft must ask about. */
  unknown: z.array(z.enum(['budget', 'capacity', 'goals'])),
});
export type BriefMeta = z.infer<typeof BriefMeta>;
