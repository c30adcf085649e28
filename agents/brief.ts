// The brief agent: turns pasted text into the structured Brief every other agent reads.
import { z } from 'zod';
import { defineAgent } from './define.js';
import { GoalId } from './ids.js';

export const Language = z.enum(['fr', 'en']);
export type Language = z.infer<typeof Language>;

export const BusinessModel = z.enum(['B2B', 'B2C', 'B2B2C', 'B2G', 'marketplace', 'other']);
export type BusinessModel = z.infer<typeof BusinessModel>;

/** executive = dirigeant, cmo = marketing lead, smb = PME / indépendant / freelancer. */
export const Profile = z.enum(['executive', 'cmo', 'smb']);
export type Profile = z.infer<typeof Profile>;

export const Maturity = z.enum(['beginner', 'intermediate', 'advanced']);
export type Maturity = z.infer<typeof Maturity>;

export const GoalKind = z.enum(['growth', 'profitability', 'market_share', 'awareness', 'retention', 'other']);
export type GoalKind = z.infer<typeof GoalKind>;

export const Goal = z.object({
  id: GoalId,
  statement: z.string(),
  kind: GoalKind,
  metric: z.string().nullable().describe('What is measured, e.g. "monthly recurring revenue"'),
  target: z.number().nullable().describe('The number to reach, null when the brief gives none'),
  unit: z.string().nullable().describe('Unit of the target: "EUR", "%", "customers"...'),
  horizonMonths: z.number().nullable(),
  baseline: z
    .number()
    .nullable()
    .describe("Today's value of the metric, in the goal's unit, when the brief states it; null otherwise"),
});
export type Goal = z.infer<typeof Goal>;

export const Budget = z.object({
  amount: z.number(),
  currency: z.string().describe('ISO 4217 code: EUR, USD, GBP, CHF, CAD...'),
  periodMonths: z.number().describe('Months the amount covers, 12 for a yearly budget'),
});
export type Budget = z.infer<typeof Budget>;

export const Capacity = z.object({
  people: z.number().describe('People working on marketing, fractions allowed'),
  hoursPerWeek: z.number().describe('Marketing hours per week for the whole team'),
});
export type Capacity = z.infer<typeof Capacity>;

export const ChannelStatus = z.enum(['active', 'dormant']);
export type ChannelStatus = z.infer<typeof ChannelStatus>;

export const CurrentChannel = z.object({
  name: z.string(),
  metric: z.string().nullable().describe('followers, reviews, CPC, monthly visits...'),
  value: z.number().nullable(),
  status: ChannelStatus.nullable().describe('dormant when the brief says it is no longer fed or used; null when unsaid'),
});
export type CurrentChannel = z.infer<typeof CurrentChannel>;

export const AssetKind = z.enum([
  'contact_list',
  'reviews',
  'community',
  'content',
  'events',
  'partners',
  'distributors',
  'customer_base',
  'tool',
  'other',
]);
export type AssetKind = z.infer<typeof AssetKind>;

/** Something the company already has to build on: a mailing list, reviews, an installed base, a tool never switched on. */
export const Asset = z.object({
  name: z.string().describe("A short name in the brief's words, e.g. \"newsletter\", \"Google reviews\""),
  kind: AssetKind,
  size: z.number().nullable().describe('How many (contacts, reviews, clients...), when the brief says'),
  unit: z.string().nullable(),
  dormant: z.boolean().describe('true when the brief says it exists but is not used'),
});
export type Asset = z.infer<typeof Asset>;

/** Marketing spend already decided (a trade show booked, an agency retainer): it counts against the budget. */
export const CommittedSpend = z.object({
  what: z.string(),
  amount: z.number().describe("In the budget's currency"),
  periodMonths: z.number().nullable().describe('Months the amount covers; null for a one-off'),
});
export type CommittedSpend = z.infer<typeof CommittedSpend>;

export const Deadline = z.object({
  what: z.string(),
  month: z.number().nullable().describe('Month of the year, 1-12, when it falls; null when unsaid'),
});
export type Deadline = z.infer<typeof Deadline>;

/** Busy months hold no heavy marketing work; deadlines pull the actions that serve them ahead. */
export const Calendar = z.object({
  busyMonths: z.array(z.number()).describe('Months of the year, 1-12, when the team is busiest'),
  deadlines: z.array(Deadline),
});
export type Calendar = z.infer<typeof Calendar>;

export const Company = z.object({
  name: z.string(),
  description: z.string().nullable(),
  sector: z.string().nullable(),
  businessModel: BusinessModel.nullable(),
  offer: z.string().nullable().describe('What the company sells'),
  markets: z.array(z.string()).describe('Countries, regions or cities served'),
  stage: z.enum(['idea', 'launch', 'growth', 'mature']).nullable(),
});
export type Company = z.infer<typeof Company>;

export const Brief = z.object({
  company: Company,
  audience: z.string().nullable(),
  goals: z.array(Goal),
  budget: Budget.nullable(),
  capacity: Capacity.nullable(),
  maturity: Maturity.nullable(),
  profile: Profile.nullable(),
  competitors: z.array(z.string()),
  channels: z.array(CurrentChannel),
  constraints: z.array(z.string()),
  assets: z.array(Asset),
  committedSpend: z.array(CommittedSpend),
  calendar: Calendar,
  language: Language,
  horizonMonths: z.number().describe('Planning horizon in months, 12 unless the brief says otherwise'),
});
export type Brief = z.infer<typeof Brief>;

export const briefAgent = defineAgent({
  id: 'brief',
  title: 'Brief intake',
  needs: [],
  output: Brief,
  prompts: { system: 'brief.system', user: 'brief.user' },
  temperature: 0,
});
