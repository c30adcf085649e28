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

export const CurrentChannel = z.object({
  name: z.string(),
  metric: z.string().nullable().describe('followers, reviews, CPC, monthly visits...'),
  value: z.number().nullable(),
});
export type CurrentChannel = z.infer<typeof CurrentChannel>;

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
