// The questions of `boussole init`, in order, turning each answer into Brief fields. Every question can be
// skipped (the field stays unknown); a pre-filled answer is shown in [brackets] and Enter keeps it.
import type { Brief, Goal, Language } from '../../agents/brief.js';
import { monthsIn, readDeadlines } from '../brief/fields/read-calendar.js';
import { channelFromText } from '../brief/fields/read-channels.js';
import { goalFromText } from '../brief/fields/read-goal.js';
import { moneyFromText, periodFromValue } from '../brief/fields/read-money.js';
import { currencyIn, findNumbers } from '../brief/fields/read-numbers.js';
import { splitList } from '../brief/fields/values.js';
import { describeBudget, describeChannel, describeMonths } from './describe-answers.js';
import { monthsUntil, type YearMonth } from './goal-date.js';
import { emptyInitBrief, type InitBrief } from './init-brief.js';
import type { InitTexts } from './texts.js';

/** Shows `question` (with `prefill` in brackets when there is one) and resolves with the line typed. */
export type Ask = (question: string, prefill: string | null) => Promise<string>;

export interface Conversation {
  ask: Ask;
  say: (line: string) => void;
  texts: InitTexts;
  language: Language;
  now: YearMonth;
}

/** Asks every question; `known` is what a brief file already says (each of its answers is shown for confirmation). */
export async function runQuestionnaire(chat: Conversation, known: InitBrief | null): Promise<InitBrief> {
  const { texts, language } = chat;
  const brief: InitBrief = known ? structuredClone(known) : emptyInitBrief(language);
  brief.language = language;
  chat.say(texts.intro);
  if (known) chat.say(texts.keepHint);

  brief.company.name = await text(chat, texts.companyName, brief.company.name);
  brief.company.offer = await text(chat, texts.offer, brief.company.offer);
  brief.audience = await text(chat, texts.audience, brief.audience);
  brief.company.businessModel = await parsed(
    chat,
    texts.businessModel,
    brief.company.businessModel,
    businessModel,
    'B2B/B2C',
  );
  brief.goals = await goals(chat, brief.goals);
  brief.budget = await budget(chat, brief.budget);
  const hours = await parsed(chat, texts.hours, brief.capacity?.hoursPerWeek ?? null, number, texts.hours);
  if (hours === null) brief.capacity = null;
  else {
    // Hours with nobody named are one person's, as the brief reader counts them.
    const people = await parsed(chat, texts.people, brief.capacity?.people ?? null, number, texts.people);
    brief.capacity = { people: people ?? 1, hoursPerWeek: hours };
  }
  brief.channels = await list(
    chat,
    texts.channel,
    brief.channels,
    (c) => describeChannel(c, language),
    channelFromText,
  );
  brief.competitors = splitList(
    (await text(chat, texts.competitors, joinOrNull(brief.competitors, ', '))) ?? '',
  );
  brief.constraints = ((await text(chat, texts.constraints, joinOrNull(brief.constraints, '; '))) ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const busy = await text(
    chat,
    texts.busyMonths,
    brief.calendar.busyMonths.length > 0 ? describeMonths(brief.calendar.busyMonths, language) : null,
  );
  brief.calendar.busyMonths = busy === null ? [] : monthsIn(busy);
  brief.calendar.deadlines = await list(
    chat,
    texts.deadline,
    brief.calendar.deadlines,
    (d) => d.what,
    (line) => readDeadlines([line])[0] ?? null,
  );
  const horizons = brief.goals.flatMap((goal) => (goal.horizonMonths === null ? [] : [goal.horizonMonths]));
  if (!known && horizons.length > 0) brief.horizonMonths = Math.min(24, Math.max(...horizons));
  return brief;
}

async function text(chat: Conversation, question: string, prefill: string | null): Promise<string | null> {
  const line = (await chat.ask(question, prefill)).trim();
  if (line === '') return prefill;
  return line === '-' ? null : line;
}

/** Asks until the answer reads as a value (or is skipped). */
async function parsed<T>(
  chat: Conversation,
  question: string,
  prefill: T | null,
  read: (line: string) => T | null,
  what: string,
): Promise<T | null> {
  const shown = prefill === null ? null : String(prefill);
  for (;;) {
    const line = (await chat.ask(question, shown)).trim();
    if (line === '') return prefill;
    if (line === '-') return null;
    const value = read(line);
    if (value !== null) return value;
    chat.say(chat.texts.notUnderstood(what.trim()));
  }
}

/** Pre-filled items one by one (Enter keeps, - drops, words replace), then new ones until an empty line. */
async function list<T>(
  chat: Conversation,
  question: (index: number) => string,
  known: readonly T[],
  describe: (item: T) => string,
  read: (line: string) => T | null,
): Promise<T[]> {
  const items: T[] = [];
  for (const item of known) {
    const shown = describe(item);
    const line = (await chat.ask(question(items.length + 1), shown)).trim();
    if (line === '-') continue;
    const next = line === '' ? item : read(line);
    if (next !== null) items.push(next);
  }
  for (;;) {
    const line = (await chat.ask(question(items.length + 1), null)).trim();
    if (line === '' || line === '-') return items;
    const item = read(line);
    if (item !== null) items.push(item);
  }
}

async function goals(chat: Conversation, known: readonly Goal[]): Promise<Goal[]> {
  const result: Goal[] = [];
  const withBaseline = async (goal: Goal): Promise<Goal> => {
    const baseline = await parsed(
      chat,
      chat.texts.goalBaseline(goal.statement),
      goal.baseline,
      number,
      chat.texts.goalTarget,
    );
    return { ...goal, baseline };
  };
  for (const goal of known) {
    const line = (await chat.ask(chat.texts.goal(result.length + 1), goal.statement)).trim();
    if (line === '-') continue;
    const kept =
      line === '' ? { ...goal, id: `G${result.length + 1}` } : await newGoal(chat, line, result.length + 1);
    result.push(await withBaseline(kept));
  }
  for (;;) {
    const line = (await chat.ask(chat.texts.goal(result.length + 1), null)).trim();
    if (line === '' || line === '-') return result;
    result.push(await withBaseline(await newGoal(chat, line, result.length + 1)));
  }
}

async function newGoal(chat: Conversation, statement: string, index: number): Promise<Goal> {
  const goal = goalFromText(statement, `G${index}`);
  const horizonMonths = goal.horizonMonths ?? monthsUntil(statement, chat.now);
  const target =
    goal.target ?? (await parsed(chat, chat.texts.goalTarget, null, number, chat.texts.goalTarget));
  return { ...goal, target, horizonMonths };
}

async function budget(chat: Conversation, known: Brief['budget']): Promise<Brief['budget']> {
  const { texts, language } = chat;
  const line = await text(chat, texts.budget, known ? describeBudget(known, language) : null);
  if (line === null) return null;
  if (known && line === describeBudget(known, language)) return known;
  const money = moneyFromText(line);
  if (money === null) {
    chat.say(texts.notUnderstood(texts.budget.split('(')[0]?.trim() ?? 'budget'));
    return budget(chat, known);
  }
  const period =
    money.periodMonths ??
    (await parsed(
      chat,
      texts.budgetPeriod,
      null,
      (words) => positive(periodFromValue(words)),
      texts.budgetPeriod,
    ));
  const currency =
    money.currency ??
    (await parsed(
      chat,
      texts.budgetCurrency,
      language === 'fr' ? 'EUR' : 'USD',
      currencyCode,
      texts.budgetCurrency,
    )) ??
    (language === 'fr' ? 'EUR' : 'USD');
  // A budget with no period said covers the plan's year, as a structured brief's does.
  return { amount: money.amount, currency, periodMonths: period ?? 12 };
}

function number(line: string): number | null {
  return findNumbers(line).find((n) => !n.isYear)?.value ?? null;
}

function positive(value: number | null): number | null {
  return value !== null && value > 0 ? value : null;
}

function currencyCode(line: string): string | null {
  return currencyIn(line) ?? (/^[A-Za-z]{3}$/.test(line.trim()) ? line.trim().toUpperCase() : null);
}

function businessModel(line: string): Brief['company']['businessModel'] {
  const word = line.trim().toLowerCase();
  if (word === 'b2b2c') return 'B2B2C';
  if (word === 'b2b') return 'B2B';
  if (word === 'b2c') return 'B2C';
  if (word === 'b2g') return 'B2G';
  if (/^(?:marketplace|place de march[ée])$/.test(word)) return 'marketplace';
  if (/^(?:other|autre)$/.test(word)) return 'other';
  return null;
}

function joinOrNull(items: readonly string[], separator: string): string | null {
  return items.length > 0 ? items.join(separator) : null;
}
