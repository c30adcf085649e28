// Goals: the sentences of a goals section or with goal words, split into one goal per aim, numbered G1, G2…
import type { Goal, GoalKind, Language } from '../../../agents/brief.js';
import { type MetricTerm, READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import { READING_LIMITS } from '../../knowledge/reader/reading-limits.js';
import { type BriefDocument, type Sentence, withoutLabel } from './document.js';
import { firstDuration } from './durations.js';
import { type Figure, goalFigures, isRelativeRise, textFigures } from './goal-target.js';
import { hasAnyKeyword, indexWords, keywordCount, keywordHits } from './keyword-match.js';
import { isMetaLine } from './meta-lines.js';
import { capitalize, fold, trimPhrase } from './text.js';

const { triggers, verbs, wishes, openers, statements } = READER_TERMS.goals;
const alternatives = (words: readonly string[]) =>
  words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** Phrases that make a sentence outside a goals section a goal (goals.yaml). Folded. */
const GOAL_TRIGGERS = new RegExp(`(?:^|[^a-z])(?:${alternatives(triggers)}|d'ici \\d)(?![a-z])`, 'u');
/** "goal tracking in one place": a product's feature named with a goal word (reading-limits.yaml). Folded. */
const FEATURE = new RegExp(`(?<![a-z])(?:${alternatives(READING_LIMITS.featureGoalWords)})(?![a-z])`, 'gu');
/** The folded text with feature names blanked (same length), so their goal word triggers nothing. */
const triggerText = (folded: string) => folded.replace(FEATURE, (m) => ' '.repeat(m.length));
/** Infinitives that open a new aim inside one sentence: "doubler le CA et atteindre 10 000 abonnés". */
const GOAL_VERBS = alternatives(verbs);
/** A second wish in the same sentence: "…within 9 months, and we'd love to be the house roaster…". */
const NEXT_WISH = alternatives(wishes);
/** "…, while growing UK transactions by 20 %": a second aim after "while" / "tout en". Folded. */
const RISING =
  '(?:growing|increasing|doubling|tripling|reaching|raising|boosting|expanding|winning|keeping|augmentant|doublant|developpant|gagnant|atteignant|faisant)';
/** "…, avec un budget d'environ 6 000 € sur l'année": the means, not part of the aim. Folded. */
const MEANS_CLAUSE =
  /,\s+(?:avec|with|pour|for|on|sur|et|and|dans|within|in)\s+(?:(?:un|une|a|an|our|notre|nos|mon|my|le|la|the|l')\s*)?(?:petit\s+|small\s+|modest\s+)?(?:budget|enveloppe)(?![a-z])/u;

const SPLIT = new RegExp(
  `,?\\s+(?:while|whilst|tout en)\\s+(?=${RISING}(?![A-Za-zÀ-ÖØ-öø-ɏ]))|,?\\s+(?:and|et|puis|then)\\s+(?=(?:also\\s+)?(?:${NEXT_WISH})(?![A-Za-zÀ-ÖØ-öø-ɏ]))|\\s*;\\s*|,?\\s+(?:et|and|puis|then|ainsi que|as well as)\\s+(?=(?:(?:me\\s|m'|nous\\s|se\\s|s')?(?:${GOAL_VERBS})(?![A-Za-zÀ-ÖØ-öø-ɏ])|\\d))|,\\s+(?=(?:${GOAL_VERBS})(?![A-Za-zÀ-ÖØ-öø-ɏ]))`,
  'u',
);

/** "Grow recurring donors from 1,150 to 2,000…": a sentence opening on a goal verb, with a number, is a goal. */
const IMPERATIVE = new RegExp(`^(?:${GOAL_VERBS})(?![a-z])`, 'u');
/** "Want 150 maintenance-plan members by June 2027": a wish verb with no subject opening a sentence (goals.yaml). */
const OPENER = new RegExp(`^(?:${alternatives(openers)})(?![a-z])`, 'u');
/** "Win rate on quotes is about 22%": a verb of today before the first figure makes it a statement (goals.yaml). */
const STATEMENT = new RegExp(`^[^\\d]*?(?<![a-z])(?:${alternatives(statements)})\\s[^\\d]*\\d`, 'u');
/** "Win rate on quotes is about 22%": the sentence says today's figure with a verb of today before it. Folded. */
export const statesToday = (folded: string): boolean => STATEMENT.test(folded);
/** Any goal verb as a word: a clause after a ";" with none ("our 2,400 past customers never hear from us") is no aim. */
const ANY_VERB = new RegExp(`(?<![a-z])(?:${GOAL_VERBS}|${NEXT_WISH})(?![a-z])`, 'u');

const PLAN_REQUEST =
  /(?:un plan|une strategie|une feuille de route|une roadmap|a plan|a strategy|a roadmap|marketing plan|plan marketing|(?:a|an|our|the|un|une|notre)\s(?:[a-z-]+\s){0,2}(?:plan|roadmap|strategy|feuille de route|strategie))(?![a-z])/u;

/** A definition, not an aim: "Un lead qualifié = un DRH…", "By qualified lead we mean…". Folded. */
const DEFINITION =
  /^[^=]{1,60}\s=\s|^(?:by|par)\s[^,]{1,40}\s(?:we mean|on entend|nous entendons|j'entends)(?![a-z])/u;

/** Where a goal section's own numbering or label is: "Objectif 1 :", "G2 -", "Goal:". */
const LEAD = /^(?:(?:objectifs?|goals?|objectives?|ambition)(?:\s*(?:n°|#)?\s*\d+)?|g\d+)\s*[:.)-]\s*/iu;

const { metrics: METRICS, kinds: KINDS } = READER_TERMS.goals;
const EXACT = new Map(METRICS.flatMap((m) => (m.exact ? [[m, new RegExp(m.exact, 'u')] as const] : [])));

function kindOf(statement: string): GoalKind {
  const index = indexWords(statement);
  let best: GoalKind = 'other';
  let bestScore = 0;
  for (const { kind, keywords } of KINDS) {
    const exact = kind === 'growth' && [...EXACT.values()].some((re) => re.test(statement)) ? 1 : 0;
    const score = exact + keywords.reduce((n, w) => n + (keywordCount(index, w) > 0 ? 1 : 0), 0);
    if (score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  return best;
}

function metricHits(clause: string): Array<{ entry: MetricTerm; start: number }> {
  const index = indexWords(clause);
  const hits: Array<{ entry: MetricTerm; start: number }> = [];
  for (const entry of METRICS) {
    const positions = entry.keywords.flatMap((k) => keywordHits(index, k).map((h) => h.start));
    const exact = EXACT.get(entry)?.exec(clause);
    if (exact) positions.push(exact.index);
    if (positions.length > 0) hits.push({ entry, start: Math.min(...positions) });
  }
  return hits;
}

/** Channel names a follower or review count may belong to ("10 000 abonnés Instagram"). */
const NAMED_PLATFORM =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(Instagram|TikTok|LinkedIn|Facebook|YouTube|Pinterest|Google|Trustpilot|Tripadvisor)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u;

/** The metric entry: nearest after the target, else nearest before, else the first named. */
function metricEntry(clause: string, target: Figure | null): MetricTerm | null {
  const hits = metricHits(clause);
  // The counted noun names the metric when it is one ("120 opportunities" are leads, whatever stands nearer).
  const unit = target?.unit ? indexWords(target.unit) : null;
  const named = unit && METRICS.find((m) => m.keywords.some((k) => keywordHits(unit, k).length > 0));
  const anchor = target?.end ?? 0;
  const order = (a: { entry: MetricTerm }, b: { entry: MetricTerm }) =>
    METRICS.indexOf(a.entry) - METRICS.indexOf(b.entry);
  const after = hits.filter((h) => h.start >= anchor).sort((a, b) => a.start - b.start || order(a, b));
  const before = hits.filter((h) => h.start < anchor).sort((a, b) => b.start - a.start || order(a, b));
  const chosen = named || (after[0] && after[0].start - anchor <= 40 ? after[0] : before[0])?.entry;
  if (!chosen) return null;
  // "grow the newsletter to 10,000 subscribers": subscribers of a newsletter, not followers.
  return chosen.en === 'followers' && /newsletter|e-?mail/iu.test(clause)
    ? (METRICS.find((m) => m.en === 'newsletter subscribers') ?? chosen)
    : chosen;
}

function metricLabel(
  entry: MetricTerm | null,
  clause: string,
  target: Figure | null,
  language: Language,
): string | null {
  if (entry === null) return null;
  const platform = NAMED_PLATFORM.exec(clause)?.[1];
  const label =
    platform && (entry.en === 'followers' || entry.en === 'reviews')
      ? `${entry[language]} ${platform}`
      : entry[language];
  // "8 nouveaux clients", "50 more members": the count is over today's, and the metric says so.
  if (target?.increment && target.unit !== '%')
    return language === 'fr' ? `${label} (en plus)` : `additional ${label}`;
  return label;
}

/** What a goal is, before its baseline is looked for elsewhere in the brief. */
export interface ReadGoal {
  readonly goal: Goal;
  readonly from: string;
  readonly entry: MetricTerm | null;
  /** Where the baseline came from, when the goal's own words give it. */
  readonly baselineFrom: string | null;
  /** Where the horizon came from when said once for the list ("Nos objectifs pour l'an prochain :"), else null. */
  readonly horizonFrom: string | null;
  /** The target counts more than today ("20 new customers"): no baseline applies. */
  readonly increment: boolean;
  /** The target is a rise in percent ("+10 %"): today's figure, once known, turns it into a level in its unit. */
  readonly rise: boolean;
}

/** "+10 %" over today's €14M is €15.4M: the level a rise reaches, in today's unit. */
export function levelAfterRise(rise: number, baseline: { value: number; unit: string | null }) {
  return { value: Math.round(baseline.value * (1 + rise / 100)), unit: baseline.unit };
}

type Kind = 'money' | 'percent' | 'count';
export const kindOfUnit = (unit: string | null): Kind =>
  unit === '%' ? 'percent' : unit !== null && /^[A-Z]{3}$/.test(unit) ? 'money' : 'count';

/** Today's figure is kept only in the target's unit: euros of revenue are no baseline for "+20 %". */
export function compatible(baseline: Figure, target: Figure | null): boolean {
  if (target === null || target.increment) return false;
  if (target.unit === 'x') return kindOfUnit(baseline.unit) !== 'percent';
  const kind = kindOfUnit(target.unit);
  if (baseline.unit === null) return kind === 'count';
  return kindOfUnit(baseline.unit) === kind && (kind !== 'money' || baseline.unit === target.unit);
}

/** A horizon said for several goals at once, with the words that say it. */
interface SharedHorizon {
  readonly months: number;
  readonly from: string;
}

function toGoal(
  id: string,
  statement: string,
  inherited: SharedHorizon | null,
  language: Language,
  sentence: string,
): ReadGoal {
  const own = firstDuration(statement);
  const { target, baseline, rise } = goalNumbers(statement);
  const entry = metricEntry(statement, target);
  return {
    goal: {
      id,
      statement,
      kind: kindOf(statement),
      metric: metricLabel(entry, statement, target, language),
      target: target?.value ?? null,
      unit: target?.unit ?? null,
      horizonMonths: own ?? inherited?.months ?? null,
      baseline: baseline?.value ?? null,
    },
    from: sentence,
    entry,
    baselineFrom: baseline === null ? null : sentence,
    horizonFrom: own === null && inherited !== null && inherited.from !== sentence ? inherited.from : null,
    increment: target?.increment === true,
    rise: rise && baseline === null,
  };
}

/**
 * A goal sentence's target and today's figure, as both readers (free text and JSON/YAML fields) settle them; `stated`
 * is today's figure as written, kept even when it cannot be the baseline of the target.
 */
export function goalNumbers(statement: string): {
  target: Figure | null;
  baseline: Figure | null;
  stated: Figure | null;
  rise: boolean;
} {
  const figures = goalFigures(statement);
  let target = figures.target;
  const rise = isRelativeRise(statement, target);
  // "+10 % aftermarket revenue (today €14M)": today's euros are the baseline of a rise, which becomes a level.
  const baseline =
    figures.baseline !== null &&
    (compatible(figures.baseline, target) || (rise && kindOfUnit(figures.baseline.unit) !== 'percent'))
      ? figures.baseline
      : null;
  if (rise && target !== null && baseline !== null)
    target = { ...target, ...levelAfterRise(target.value, baseline), increment: false };
  // "doubler le CA (aujourd'hui 240 000 €)": twice a stated figure is a figure, in its unit.
  if (target?.unit === 'x' && baseline !== null)
    target = { ...target, value: baseline.value * target.value, unit: baseline.unit };
  return { target, baseline, stated: figures.baseline, rise };
}

/** A goals-section sentence, or one with goal words outside the budget, team, channel... sections. */
export function isGoalSentence(s: Sentence): boolean {
  if (s.heading) return false;
  if (s.section === 'goals') return true;
  const other: ReadonlyArray<Sentence['section']> = [
    'budget',
    'team',
    'channels',
    'competitors',
    'constraints',
    'audience',
  ];
  if (other.includes(s.section)) return false;
  const folded = fold(s.text);
  // "Nous voulons un plan marketing sur 6 mois" asks for the plan; it is the brief's horizon, not a goal.
  if (PLAN_REQUEST.test(folded) && (goalFigures(s.text).target === null || isMetaLine(s.text))) return false;
  if (isMetaLine(s.text)) return false;
  return (
    GOAL_TRIGGERS.test(triggerText(folded)) ||
    ((IMPERATIVE.test(folded) || OPENER.test(folded)) && /\d/.test(folded) && !STATEMENT.test(folded))
  );
}

/**
 * The part of a sentence that states goals, as [start, end) offsets, or null. A goals-section sentence
 * is a goal whole. Elsewhere the goal starts at the clause holding the goal words ("…, et je voudrais
 * vendre plus") and stops at a colon that follows a long lead-in ("je veux structurer notre marketing :
 * aujourd'hui…"); after a short one ("Notre objectif : 500 clients") the goal is what follows the colon.
 */
export function goalSpan(s: Sentence): { start: number; end: number } | null {
  if (!isGoalSentence(s)) return null;
  const folded = fold(s.text);
  if (s.section === 'goals') {
    const means = MEANS_CLAUSE.exec(folded);
    return { start: 0, end: means ? means.index : s.text.length };
  }
  const trigger = GOAL_TRIGGERS.exec(triggerText(folded));
  const at = trigger ? trigger.index + (/^[^A-Za-zÀ-ÖØ-öø-ɏ]/u.test(trigger[0]) ? 1 : 0) : 0;
  let start = 0;
  for (const m of folded.slice(0, at).matchAll(/[,;]\s|\s(?:et|and|mais|but|so|donc|alors)\s/gu))
    start = m.index + m[0].length;
  // "…in Cornwall and want to sell more online": the aim starts after the "and" that opens its trigger.
  const joined = /^(?:and|et)\s/u.exec(folded.slice(at));
  if (joined) start = at + joined[0].length;
  // "je cherche des élèves adultes, j'ai 5 h par semaine…": the writer's free time after the aim is not part of it.
  const aside = /,\s(?:j'ai|i have|i've|je peux|i can)\s[^,.]*?\d+\s?(?:h|heures?|hours?)(?![a-z])/u.exec(
    folded.slice(at),
  );
  let end = aside ? at + aside.index : s.text.length;
  const colon = folded.indexOf(':', at);
  if (colon >= 0) {
    const leadWords = folded.slice(start, colon).trim().split(/\s+/).length;
    const after = folded.slice(colon + 1);
    // After a long lead-in, a colon introduces the figure ("…lunch service: +25% covers") or an aside
    // about today ("…notre marketing : aujourd'hui tout vient du bouche-à-oreille").
    const figure = /\d/.test(after) && !/(?:aujourd'hui|actuellement|currently|today|right now)/u.test(after);
    if (leadWords <= 4) start = colon + 1;
    else if (!figure) end = colon;
  }
  const means = MEANS_CLAUSE.exec(folded.slice(start, end));
  if (means) end = start + means.index;
  return { start, end };
}

/** The sentence without its goal part: what it says about the present (channels, constraints). */
export function outsideGoal(s: Sentence): string {
  const span = goalSpan(s);
  if (span === null) return s.text;
  return `${s.text.slice(0, span.start)} ${s.text.slice(span.end)}`.trim();
}

/** Splits one goal statement into its aims; the pieces keep the sentence's horizon when they have none. */
function clauses(statement: string): string[] {
  // "Goals for the next 12 months: reach €3M ARR": the lead-in names the list, the aims follow the colon.
  const body = trimPhrase(
    withoutLabel(statement)
      .replace(LEAD, '')
      .replace(/^(?:objectifs?|goals?|objectives?|ambitions?)\b[^:]{0,50}:\s*/iu, ''),
  );
  // Split on the folded text, then slice the original at the same places (fold keeps positions).
  // Separators inside brackets belong to an aside ("(today 4.5; Altrincham is at 4.2)"): masked, same length.
  // "entre 25 et 40 ans", "between 50 and 200 staff": a range's "and" joins two numbers, not two aims.
  const folded = maskBrackets(fold(body)).replace(
    /((?:^|\s)(?:entre|between)\s+\d[\d\s.,]*?\s+)(et|and)(?=\s+\d)/gu,
    (_, lead: string, and: string) => `${lead}${'~'.repeat(and.length)}`,
  );
  const pieces: string[] = [];
  let rest = body;
  let restFolded = folded;
  for (;;) {
    const m = SPLIT.exec(restFolded);
    if (!m || m.index === 0) break;
    pieces.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
    restFolded = restFolded.slice(m.index + m[0].length);
  }
  pieces.push(rest);
  return pieces
    .map((p) => capitalize(trimPhrase(p)))
    .filter((p) => p.split(/\s+/).length >= 2 && !DEFINITION.test(fold(p)));
}

/** Replaces what sits inside parentheses or brackets with spaces, keeping every position. */
function maskBrackets(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth += 1;
    out += depth > 0 && ch !== '(' && ch !== '[' && ch !== ')' && ch !== ']' ? ' '.repeat(ch.length) : ch;
    if ((ch === ')' || ch === ']') && depth > 0) depth -= 1;
  }
  return out;
}

/**
 * Horizon written in a goals heading or lead-in ("Objectifs à 12 mois", "Nos objectifs pour l'an prochain :"),
 * applied to every goal under it.
 */
function headingHorizon(doc: BriefDocument, index: number): SharedHorizon | null {
  for (let i = index; i >= 0; i -= 1) {
    const s = doc.sentences[i];
    if (!s?.heading) continue;
    const months = s.section === 'goals' ? firstDuration(s.text) : null;
    return months === null ? null : { months, from: s.text };
  }
  return null;
}

const PLACES = READER_TERMS.places.regions.map(
  (p) => new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9])(?:${p.patterns.join('|')})(?![A-Za-zÀ-ÖØ-öø-ɏ0-9])`, 'u'),
);
/** The first country or region a clause names, as written. */
function placeIn(clause: string): string | null {
  for (const re of PLACES) {
    const m = re.exec(clause);
    if (m) return m[0];
  }
  return null;
}

/** Every goal of the brief, in order of appearance, with ids G1, G2… */
export function findGoals(doc: BriefDocument, language: Language): ReadGoal[] {
  const goals: Array<ReadGoal & { listed: boolean }> = [];
  const seen = new Set<string>();
  doc.sentences.forEach((s, index) => {
    const span = goalSpan(s);
    if (span === null) return;
    const statement = s.text.slice(span.start, span.end);
    const own = firstDuration(statement);
    const sentenceHorizon = own === null ? headingHorizon(doc, index) : { months: own, from: statement };
    let place: string | null = null;
    for (const [n, said] of clauses(statement).entries()) {
      const saidFolded = fold(said);
      // Outside a goals section, a later clause with no goal word states today: "…; our 2,400 past customers never hear from us".
      if (
        n > 0 &&
        s.section !== 'goals' &&
        !GOAL_TRIGGERS.test(triggerText(saidFolded)) &&
        !OPENER.test(saidFolded) &&
        !ANY_VERB.test(saidFolded)
      )
        continue;
      // "Launch in Germany and reach 1,000 transactions/month there": "there" is the place the aim before named.
      const clause: string =
        place !== null ? said.replace(/(?<![A-Za-z])there(?![A-Za-z])/u, `in ${place}`) : said;
      place = placeIn(clause) ?? place;
      const key = fold(clause);
      if (seen.has(key)) continue;
      seen.add(key);
      const read = toGoal(`G${goals.length + 1}`, clause, sentenceHorizon, language, statement);
      goals.push({
        ...withElidedBaseline(read, doc, index, span.start),
        listed: underGoalsHeading(doc, index),
      });
    }
  });
  return withoutRestatements(goals).map((g, i) => ({ ...g, goal: { ...g.goal, id: `G${i + 1}` } }));
}

/** The nearest heading above the sentence opens the goals ("## Goals"); a "Target:" label elsewhere does not. */
function underGoalsHeading(doc: BriefDocument, index: number): boolean {
  for (let i = index; i >= 0; i -= 1) {
    const s = doc.sentences[i];
    if (s?.heading) return s.section === 'goals';
  }
  return false;
}

/** A figure of the goal's kind: a counted noun for a bare count, else the same unit ("%", the same currency). */
function sameKind(f: Figure, goal: Goal): boolean {
  if (goal.unit === null) return kindOfUnit(f.unit) === 'count' && f.unit !== null;
  return kindOfUnit(goal.unit) === 'count'
    ? f.unit !== null && fold(f.unit) === fold(goal.unit)
    : f.unit === goal.unit;
}

/**
 * "I have about 25 regulars and I'd love to get to 45", "Aujourd'hui les entreprises font 30 % du CA, j'aimerais
 * arriver à 50 %", "hors saison, nous tournons autour de 35 %. Je voudrais atteindre 55 % hors saison": a goal naming
 * no metric of its own continues the figure said just before it, in the same sentence or the one before in the same
 * paragraph. That figure is today's when its words date it to now (reading-limits.yaml todayWords) or it follows a
 * label ("Volume d'affaires : 95 000 € par mois"), and when it is the only one of the goal's kind there.
 */
function withElidedBaseline(read: ReadGoal, doc: BriefDocument, index: number, spanStart: number): ReadGoal {
  const { goal } = read;
  if (goal.target === null || goal.baseline !== null || goal.metric !== null || read.increment || read.rise)
    return read;
  const s = doc.sentences[index];
  const previous = doc.sentences[index - 1];
  const places: Array<{ text: string; from: string }> = [];
  if (s !== undefined) places.push({ text: s.text.slice(0, spanStart), from: s.text });
  if (
    previous !== undefined &&
    s !== undefined &&
    !previous.heading &&
    previous.line === s.line &&
    !isGoalSentence(previous)
  )
    places.push({ text: previous.text, from: previous.text });
  for (const { text, from } of places) {
    const figures = textFigures(text).filter((f) => sameKind(f, goal));
    const figure = figures.length === 1 ? figures[0] : undefined;
    if (figure === undefined) continue;
    const today =
      hasAnyKeyword(fold(text), READING_LIMITS.todayWords) ||
      /:\s*(?:\S+\s+)?$/u.test(text.slice(0, figure.start));
    if (!today) continue;
    return {
      ...read,
      goal: { ...goal, baseline: figure.value, unit: goal.unit ?? figure.unit },
      baselineFrom: from,
    };
  }
  return read;
}

/**
 * "Target: $5M a quarter by the end of next year" beside today's figures, then "Pipeline from $3M to $5M per quarter"
 * in the goals list: the same figure in the same unit, said twice, is one goal. The fuller saying wins (in a goals
 * section, with today's figure), else the first. A percentage is shared by too many aims to tell: never matched.
 */
function withoutRestatements(goals: Array<ReadGoal & { listed: boolean }>): ReadGoal[] {
  const same = (a: Goal, b: Goal) =>
    a.target !== null &&
    a.target === b.target &&
    a.unit === b.unit &&
    a.unit !== '%' &&
    a.unit !== 'x' &&
    (a.metric === null || b.metric === null || a.metric === b.metric);
  const weight = (g: ReadGoal & { listed: boolean }) =>
    (g.listed ? 2 : 0) + (g.goal.baseline !== null ? 1 : 0);
  return goals
    .filter(
      (g, i) =>
        !goals.some(
          (o, j) =>
            j !== i && same(g.goal, o.goal) && (weight(o) > weight(g) || (weight(o) === weight(g) && j < i)),
        ),
    )
    .map(({ listed: _listed, ...g }) => g);
}
