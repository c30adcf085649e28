// Test helpers for the offline drafters: load the example briefs and run every drafter in DAG order.
import { readFileSync } from 'node:fs';
import { Brief } from '../../agents/brief.js';
import type { Journey } from '../../agents/journey.js';
import type { Personas } from '../../agents/personas.js';
import type { Positioning } from '../../agents/positioning.js';
import type { Prioritizer } from '../../agents/prioritizer.js';
import type { Swot } from '../../agents/swot.js';
import { emptyBrief } from '../../src/brief/empty-brief.js';
import {
  draftJourney,
  draftPersonas,
  draftPositioning,
  draftPrioritizer,
  draftSwot,
} from '../../src/offline/drafters/index.js';

/** Hand-authored structured briefs (test/offline/briefs): B2B/B2C, FR/EN, complete to minimal. */
export const BRIEF_NAMES = [
  'fr-shop',
  'en-saas',
  'minimal',
  'fr-b2b-services',
  'en-restaurant',
  'fr-atelier-velo',
  'en-press-maker',
  'fr-sophrologue-sans-budget',
] as const;
export type BriefName = (typeof BRIEF_NAMES)[number];

export function briefText(name: BriefName): string {
  return readFileSync(new URL(`./briefs/${name}.json`, import.meta.url), 'utf8');
}

export function loadBrief(name: BriefName): Brief {
  return Brief.parse(JSON.parse(briefText(name)));
}

export interface Drafts {
  swot: Swot;
  personas: Personas;
  positioning: Positioning;
  journey: Journey;
  prioritizer: Prioritizer;
}

export function draftAll(brief: Brief): Drafts {
  const swot = draftSwot(brief);
  const personas = draftPersonas(brief);
  const positioning = draftPositioning(brief, swot, personas);
  const journey = draftJourney(brief, personas);
  const prioritizer = draftPrioritizer(brief, swot, personas, positioning, journey);
  return { swot, personas, positioning, journey, prioritizer };
}

/** Every string in a value, depth first. */
export function allText(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allText);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(allText);
  return [];
}

/** |A ∩ B| / |A ∪ B|, 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const union = new Set([...a, ...b]);
  if (union.size === 0) return 0;
  return [...a].filter((item) => b.has(item)).length / union.size;
}

/** RICE without the arbiter's weights: what orders candidates before goals and profiles are weighed. */
export const rice = (a: Prioritizer['actions'][number]) => (a.reach * a.impact * a.confidence) / a.effortDays;

/** Lower case, no accents, words only: to compare a title with the brief's own text. */
export const words = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** A structured brief's fields left unknown (the project's empty brief), for tests that state only what they test. */
const {
  company: EMPTY_COMPANY,
  goals: _goals,
  budget: _budget,
  language: _language,
  ...unknownFields
} = emptyBrief(null, 'en');
export const UNKNOWN_BRIEF_FIELDS = unknownFields;

/** A company with only the given fields known. */
export const companyFields = (fields: Record<string, unknown>) => ({ ...EMPTY_COMPANY, ...fields });

/** A 12-month growth goal with only the given fields known. */
export const goalFields = (id: string, statement: string, fields: Record<string, unknown> = {}) => ({
  id,
  statement,
  kind: 'growth',
  metric: null,
  target: null,
  unit: null,
  horizonMonths: 12,
  baseline: null,
  ...fields,
});
