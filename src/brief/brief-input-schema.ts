// The Brief as people write it by hand: the same fields as agents/brief.ts, with defaults and shorthands.
import { z } from 'zod';
import {
  Asset,
  BusinessModel,
  ChannelStatus,
  CommittedSpend,
  Deadline,
  GoalKind,
  Language,
  Maturity,
  Profile,
} from '../../agents/brief.js';

// Shorthands accepted (a person writes them naturally, and each has one obvious meaning):
// `company: Acme` (the name), a goal or a channel as a plain string, a single string where a list is
// expected, and null for an empty list. Anything else of the wrong type is refused, never coerced.

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asList = (value: unknown): unknown =>
  value === null || value === undefined ? [] : typeof value === 'string' ? [value] : value;

const nullableString = z.string().nullable().default(null);
const nullableNumber = z.number().nullable().default(null);
const stringList = z.preprocess(asList, z.array(z.string()));

const Goal = z.strictObject({
  id: z.string().regex(/^G[0-9]+$/, 'expected a goal id like G1'),
  statement: z.string().trim().min(1, 'must not be empty'),
  kind: GoalKind.default('other'),
  metric: nullableString,
  target: nullableNumber,
  unit: nullableString,
  horizonMonths: z.number().positive('expected a number of months above 0').nullable().default(null),
  baseline: nullableNumber,
});

/** Goals get ids G1, G2... by position when the author leaves them out. */
const goals = z.preprocess(
  (value) => {
    const list = asList(value);
    if (!Array.isArray(list)) return list;
    return list.map((item: unknown, index) => {
      const goal = typeof item === 'string' ? { statement: item } : item;
      return isRecord(goal) && goal.id === undefined ? { ...goal, id: `G${index + 1}` } : goal;
    });
  },
  z.array(Goal).superRefine((list, ctx) => {
    const seen = new Map<string, number>();
    list.forEach((goal, index) => {
      const first = seen.get(goal.id);
      if (first === undefined) seen.set(goal.id, index);
      else ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate of goals[${first}].id` });
    });
  }),
);

const Budget = z.strictObject({
  amount: z.number().nonnegative('expected a number ≥ 0'),
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'expected a 3-letter ISO 4217 code such as EUR or USD')
    .transform((code) => code.toUpperCase()),
  /** A budget with no period is read as yearly. */
  periodMonths: z.number().positive('expected a number of months above 0').default(12),
});

const Capacity = z.strictObject({
  people: z.number().nonnegative('expected a number ≥ 0'),
  hoursPerWeek: z.number().nonnegative('expected a number ≥ 0'),
});

const channels = z.preprocess(
  (value) => {
    const list = asList(value);
    return Array.isArray(list)
      ? list.map((item: unknown) => (typeof item === 'string' ? { name: item } : item))
      : list;
  },
  z.array(
    z.strictObject({
      name: z.string(),
      metric: nullableString,
      value: nullableNumber,
      status: ChannelStatus.nullable().default(null),
    }),
  ),
);

/** `withDefaults` false for partial front matter: only the company fields written are kept, so none override the text. */
function companySchema(withDefaults: boolean) {
  const nullable = <T extends z.ZodType>(schema: T) =>
    withDefaults ? schema.nullable().default(null) : schema.nullable().optional();
  const name = z.string().trim().min(1, 'must not be empty');
  const shape = {
    name: withDefaults ? name : name.optional(),
    description: nullable(z.string()),
    sector: nullable(z.string()),
    businessModel: nullable(BusinessModel),
    offer: nullable(z.string()),
    markets: withDefaults ? stringList : stringList.optional(),
    stage: nullable(z.enum(['idea', 'launch', 'growth', 'mature'])),
  };
  return z.preprocess(
    (value) => (typeof value === 'string' ? { name: value } : value),
    z.strictObject(shape),
  );
}

function briefFields<C extends z.ZodType>(company: C) {
  return {
    company,
    audience: nullableString,
    goals,
    budget: Budget.nullable().default(null),
    capacity: Capacity.nullable().default(null),
    maturity: Maturity.nullable().default(null),
    profile: Profile.nullable().default(null),
    competitors: stringList,
    channels,
    constraints: stringList,
    assets: z.array(Asset).default([]),
    committedSpend: z.array(CommittedSpend).default([]),
    calendar: z
      .strictObject({
        busyMonths: z.array(z.number().int().min(1).max(12)).default([]),
        deadlines: z.array(Deadline).default([]),
      })
      .default({ busyMonths: [], deadlines: [] }),
    /** Left undefined when absent: the caller decides between `--lang` and detection. */
    language: Language.optional(),
    horizonMonths: z
      .number()
      .int('expected a whole number of months')
      .positive('expected a number above 0')
      .default(12),
  };
}

const completeFields = briefFields(companySchema(true));
const partialFields = briefFields(companySchema(false));

/** A JSON brief: unknown keys are typos, so they are refused (except `$schema`, which editors add). */
export const JsonBriefInput = z.strictObject({ ...completeFields, $schema: z.string().optional() });

/** Complete front matter: other keys (title, date, tags...) are ordinary Markdown metadata and pass through. */
export const FrontMatterBriefInput = z.object(completeFields);

export type BriefInput = z.output<typeof FrontMatterBriefInput>;

/** The Brief fields that may appear in front matter, each validated on its own when present. */
export const PARTIAL_FIELDS: Readonly<Record<string, z.ZodType>> = partialFields;
