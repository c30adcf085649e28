// The offline reader's term tables (channels, goal metrics, places, sections, signals, calendar): YAML files
// beside this one, validated by Zod when first imported, so a broken table fails at start with the file and field.
import { readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { z } from 'zod';
import { AssetKind, BusinessModel, GoalKind, Profile } from '../../../agents/brief.js';
import { projectPath } from '../../paths.js';

/** Folded keywords only (lower case, no accents): matching folds the brief, never the keyword. */
const Keyword = z
  .string()
  .min(1)
  .refine((k) => k === k.toLowerCase() && k.normalize('NFD') === k, 'must be lower case without accents');
const Keywords = z.array(Keyword);

export const ChannelTerm = z.strictObject({
  id: z.string(),
  fr: z.string(),
  en: z.string(),
  keywords: Keywords,
  paid: z.boolean().default(false),
  notBefore: Keywords.default([]),
  asset: AssetKind.optional(),
});
export type ChannelTerm = z.infer<typeof ChannelTerm>;

const FigureTerm = z.strictObject({ id: z.string(), fr: z.string(), en: z.string(), nouns: Keywords });
export type FigureTerm = z.infer<typeof FigureTerm>;

/** A regular expression from the data, compiled once at load: a broken pattern fails at start, naming itself. */
const Pattern = z.string().transform((source, ctx) => {
  try {
    return new RegExp(source, 'gu');
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `not a regular expression: ${String(error)}` });
    return z.NEVER;
  }
});

/** A class of channel found by its shape and named by the brief's own proper noun ("Coworker.com", "Franchise Expo"). */
export const NamedTerm = z.strictObject({
  id: z.string(),
  fr: z.string().includes('{name}'),
  en: z.string().includes('{name}'),
  asset: AssetKind.optional(),
  overridesKnown: z.boolean().default(false),
  patterns: z.array(Pattern).min(1),
});
export type NamedTerm = z.infer<typeof NamedTerm>;

const ChannelsFile = z.strictObject({
  channels: z.array(ChannelTerm),
  named: z.array(NamedTerm),
  notNames: Keywords,
  classWords: Keywords,
  figures: z.array(FigureTerm),
});

export const MetricTerm = z.strictObject({
  fr: z.string(),
  en: z.string(),
  keywords: Keywords,
  exact: z.string().optional(),
});
export type MetricTerm = z.infer<typeof MetricTerm>;

const GoalsFile = z.strictObject({
  metrics: z.array(MetricTerm),
  kinds: z.array(z.strictObject({ kind: GoalKind, keywords: Keywords })),
  triggers: Keywords,
  verbs: Keywords,
  wishes: Keywords,
  openers: Keywords,
  statements: Keywords,
  countFillers: Keywords,
  incrementWords: Keywords,
  notUnits: Keywords,
});

const PlaceTerm = z.strictObject({
  fr: z.string(),
  en: z.string(),
  patterns: z.array(z.string()),
  city: z.boolean().default(false),
});
export type PlaceTerm = z.infer<typeof PlaceTerm>;
const PlacesFile = z.strictObject({ regions: z.array(PlaceTerm), cities: z.array(z.string()) });

export const SectionKind = z.enum([
  'company',
  'offer',
  'audience',
  'goals',
  'budget',
  'team',
  'channels',
  'competitors',
  'constraints',
  'market',
  'calendar',
]);
export type SectionKind = z.infer<typeof SectionKind>;
const SectionsFile = z.strictObject({
  sections: z.array(z.strictObject({ section: SectionKind, words: Keywords })),
});

const CompanyFile = z.strictObject({
  notNames: z.array(z.string()),
  notCompanies: z.array(z.string()),
  kinds: Keywords,
  /** Folded trade word → what that trade sells, in the trade's language. */
  trades: z.record(z.string(), z.string()),
});

const Stage = z.enum(['idea', 'launch', 'growth', 'mature']);
const SignalsFile = z.strictObject({
  roles: z.record(Profile, Keywords),
  maturity: z.strictObject({ beginner: Keywords, advanced: Keywords, staff: Keywords }),
  models: z.record(BusinessModel.exclude(['other']), Keywords),
  stages: z.record(Stage, Keywords),
  constraints: Keywords,
  assets: z.record(AssetKind.exclude(['other']), Keywords),
  /** A named piece of content ("a research report") is an asset by itself, with no count beside it. */
  contentAssets: Keywords,
  dormant: Keywords,
  active: Keywords,
  spend: Keywords,
});

const CalendarFile = z.strictObject({
  months: z.record(z.string().regex(/^(?:[1-9]|1[0-2])$/), Keywords),
  periods: z.array(z.strictObject({ words: Keywords, months: z.array(z.number().int().min(1).max(12)) })),
  busy: Keywords,
  helpers: Keywords,
  peak: Keywords,
  quiet: Keywords,
  deadline: Keywords,
  events: Keywords,
  amountPeriods: z.array(
    z.strictObject({ months: z.number().int().min(-1).max(12), after: Keywords, sentence: Keywords }),
  ),
});

export const NoteId = z.enum([
  'described_name',
  'unnamed',
  'default_horizon',
  'goal_horizon',
  'period_is_horizon',
  'no_budget_stated',
  'full_time_assumed',
  'dated_goal',
  'date_counted',
  'date_near',
]);
export type NoteId = z.infer<typeof NoteId>;

const ReadingWords = z.strictObject({
  header: z.array(z.string()),
  unknown: z.string(),
  inferred: z.string(),
  detected: z.string(),
  months: z.array(z.string()).length(12),
  notes: z.record(NoteId, z.string()),
});
const LanguageFile = z.strictObject({
  numberWords: z.record(Keyword, z.number()),
  multipliers: z.record(Keyword, z.number().positive()),
  reading: z.strictObject({ fr: ReadingWords, en: ReadingWords }),
});

/** refusals.yaml: how a brief says "no" to a channel, read by src/offline/reader/refusals.ts. */
const RefusalsFile = z.strictObject({
  leads: Keywords,
  reach: z.number().int().positive(),
  paidWords: Keywords,
  fillers: Keywords,
  platforms: Keywords,
});

function load<T extends z.ZodType>(file: string, schema: T): z.output<T> {
  const path = projectPath('src', 'knowledge', 'reader', file);
  const result = schema.safeParse(parseYaml(readFileSync(path, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${path} is not a valid reader table: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return result.data;
}

/** Every table the reader uses, read once per process. */
export const READER_TERMS = Object.freeze({
  ...load('channels.yaml', ChannelsFile),
  goals: load('goals.yaml', GoalsFile),
  places: load('places.yaml', PlacesFile),
  ...load('sections.yaml', SectionsFile),
  company: load('company.yaml', CompanyFile),
  signals: load('signals.yaml', SignalsFile),
  calendar: load('calendar.yaml', CalendarFile),
  ...load('language.yaml', LanguageFile),
  refusals: load('refusals.yaml', RefusalsFile),
});
