// The sanity checks' thresholds: loaded from data/sanity-thresholds.json, validated once, looked up by check and profile.
import type { Profile } from '../../agents/brief.js';
import { z } from 'zod';
import data from './data/sanity-thresholds.json' with { type: 'json' };

export const SanityCheckId = z.enum([
  'budget_share_of_revenue',
  'experimental_share',
  'channel_tests_at_once',
  'paid_while_retention_behind',
  'cac_payback_months',
  'ltv_to_cac',
]);
export type SanityCheckId = z.infer<typeof SanityCheckId>;

export const ThresholdRow = z.object({
  check: SanityCheckId,
  profile: z.enum(['executive', 'cmo', 'smb']),
  min: z.number().nullable(),
  max: z.number().nullable(),
  unit: z.string(),
  /** Where the threshold comes from, in each language a roadmap is written in. */
  source: z.object({ fr: z.string().min(10), en: z.string().min(10) }),
});
export type ThresholdRow = z.infer<typeof ThresholdRow>;

const ROWS = z.object({ about: z.string(), rows: z.array(ThresholdRow) }).parse(data).rows;

export function threshold(check: SanityCheckId, profile: Profile): ThresholdRow | null {
  return ROWS.find((row) => row.check === check && row.profile === profile) ?? null;
}

export function allThresholds(): readonly ThresholdRow[] {
  return ROWS;
}
