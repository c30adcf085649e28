// The brief `boussole init` writes: the Brief's fields, with the company name allowed to be unknown (null).
import type { Brief } from '../../agents/brief.js';

export type InitBrief = Omit<Brief, 'company'> & {
  company: Omit<Brief['company'], 'name'> & { name: string | null };
};

/** Nothing known yet: every field null or empty, the horizon at its stated default. */
export function emptyInitBrief(language: Brief['language']): InitBrief {
  return {
    company: {
      name: null,
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
    horizonMonths: 12,
  };
}
