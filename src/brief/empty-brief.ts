// A brief that states nothing yet: the start of `boussole init` and the brief the prompt templates are checked with.
import type { Brief, Language } from '../../agents/brief.js';

/** The plan horizon a brief that names none gets. */
export const DEFAULT_HORIZON_MONTHS = 12;

/** A Brief whose company name may be of another type: `boussole init` starts from an unknown (null) name. */
export type BriefNamed<Name> = Omit<Brief, 'company'> & {
  company: Omit<Brief['company'], 'name'> & { name: Name };
};

/** Every field null or empty, the horizon at its default: nothing is guessed. */
export function emptyBrief<Name extends string | null>(name: Name, language: Language): BriefNamed<Name> {
  return {
    company: {
      name,
      description: null,
      sector: null,
      businessModel: null,
      offer: null,
      markets: [],
      stage: null,
    },
    audience: null,
    goals: [],
    budget: null,
    capacity: null,
    maturity: null,
    profile: null,
    competitors: [],
    channels: [],
    constraints: [],
    assets: [],
    committedSpend: [],
    calendar: { busyMonths: [], deadlines: [] },
    language,
    horizonMonths: DEFAULT_HORIZON_MONTHS,
  };
}
