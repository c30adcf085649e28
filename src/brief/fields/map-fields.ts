// Maps a structured brief of any reasonable shape (JSON, YAML, front matter) onto the Brief's fields: common
// synonyms and shapes are read, each value is checked against the Brief contract, and whatever is not mapped is
// returned as text lines for the brief reader. Nothing is refused here and nothing is invented: an unknown
// stays absent (or null where the author wrote null).
import {
  Brief,
  type Budget,
  type BusinessModel,
  type Capacity,
  Company,
  type Goal,
  type Language,
  type Maturity,
  type Profile,
} from '../../../agents/brief.js';
import { competitorNames } from '../../offline/reader/competitors.js';
import { findMarkets } from '../../offline/reader/markets.js';
import { keyAsWords, normaliseKey } from './normalise-key.js';
import { assetFromText, assetKind, readAssets, readCommittedSpend } from './read-assets.js';
import { busyMonthsInConstraint, readBusyMonths, readDeadlines } from './read-calendar.js';
import { readChannels } from './read-channels.js';
import { goalFromRecord, goalFromText, horizonIn } from './read-goal.js';
import { type Money, periodFromValue, readMoney } from './read-money.js';
import { currencyIn, findNumbers } from './read-numbers.js';
import { offerOf } from './read-offer.js';
import { proseLines } from './render-prose.js';
import { type FieldName, fieldOfKey } from './synonyms.js';
import { type Fields, isRecord, listOf, splitList, text } from './values.js';

type CompanyField = 'name' | 'description' | 'offer' | 'sector' | 'businessModel' | 'markets' | 'stage';
const COMPANY_FIELDS = new Set<FieldName>([
  'name',
  'description',
  'offer',
  'sector',
  'businessModel',
  'markets',
  'stage',
]);

/** The Brief fields a document states, each valid against the contract; absent when the document is silent. */
export type StatedFields = {
  company?: Partial<Company>;
  audience?: string | null;
  goals?: Goal[];
  budget?: Budget | null;
  capacity?: Capacity | null;
  maturity?: Maturity | null;
  profile?: Profile | null;
  competitors?: string[];
  channels?: Brief['channels'];
  constraints?: string[];
  assets?: Brief['assets'];
  committedSpend?: Brief['committedSpend'];
  calendar?: Brief['calendar'];
  language?: Language;
  horizonMonths?: number;
};

export interface MappedBrief {
  stated: StatedFields;
  /** What was not mapped, as "label: value" lines, in the document's order. */
  leftovers: string[];
  /** Top-level keys mapped to a Brief field, in the document's order (for messages). */
  mappedKeys: string[];
}

/** A second amount added to a budget's first: "plus 15k", "+ 5 000 €", "on top of that", "en plus". */
const ADDED_AMOUNT = /(?:^|\s)(?:plus|\+|on top of that|en plus|in addition)\s/iu;

/** Where the money of a budget came from, to settle its currency and period once the whole document is read. */
interface PendingBudget {
  money: Money;
  defaultPeriod: number | null;
}

/** `language` is the brief's language, used only to pick a currency when the document names none. */
export function mapBriefFields(document: Fields, language: Language): MappedBrief {
  const state = new MappingState();
  for (const [key, value] of Object.entries(document)) state.read(key, value, false);
  return state.finish(document, language);
}

class MappingState {
  readonly stated: StatedFields = {};
  readonly company: Partial<Company> = {};
  readonly leftovers: string[] = [];
  readonly mappedKeys: string[] = [];
  budget: PendingBudget | null | undefined;
  currency: string | null = null;
  spendCurrency: string | null = null;
  people: number | null = null;
  hours: number | null = null;
  /** Market sentences, whose places are the markets, with the sentence kept as text for the reader. */
  readonly marketWords: string[] = [];

  read(key: string, value: unknown, inCompany: boolean): void {
    const field = fieldOfKey(key, normaliseKey(key));
    const label = inCompany ? `company — ${keyAsWords(key)}` : keyAsWords(key);
    if (field === 'metadata') return;
    if (field === null || (inCompany && field === 'company')) {
      this.leftovers.push(...proseLines(label, value));
      if (!inCompany) this.assetFromKey(key, value);
      return;
    }
    const mapped = this.map(field, value, label);
    if (mapped) {
      if (!inCompany) this.mappedKeys.push(key);
    } else this.leftovers.push(...proseLines(label, value));
  }

  /** True when the value was read as `field` (possibly with parts of it added to the leftovers). */
  private map(field: FieldName, value: unknown, label: string): boolean {
    if (COMPANY_FIELDS.has(field)) return this.companyField(field as CompanyField, value);
    switch (field) {
      case 'company':
        if (value === null) return true;
        if (isRecord(value)) {
          for (const [subKey, subValue] of Object.entries(value)) this.read(subKey, subValue, true);
          return true;
        }
        return this.companyField('name', value);
      case 'audience':
        return this.set('audience', value === null ? null : joined(value));
      case 'goals':
        return this.goals(value, label);
      case 'budget':
      case 'monthlyBudget':
      case 'yearlyBudget':
        return this.readBudget(field, value);
      case 'currency': {
        const code = text(value);
        this.currency = code
          ? (currencyIn(code) ?? (/^[A-Za-z]{3}$/.test(code) ? code.toUpperCase() : null))
          : null;
        return this.currency !== null;
      }
      case 'capacity':
        return this.readCapacity(value);
      case 'people':
        this.people = firstNumber(value);
        return this.people !== null;
      case 'hoursPerWeek':
        this.hours = firstNumber(value);
        return this.hours !== null;
      case 'maturity':
        return this.set('maturity', value === null ? null : maturityOf(value));
      case 'profile':
        return this.set('profile', value === null ? null : profileOf(value));
      case 'competitors':
        return this.competitors(value, label);
      case 'channels': {
        const { channels, rest } = readChannels(value);
        if (channels.length === 0 && value !== null) return false;
        this.leftovers.push(...rest.map((line) => `${label} — ${line}`));
        this.stated.channels = [...(this.stated.channels ?? []), ...channels];
        return true;
      }
      case 'constraints': {
        const lines = isRecord(value)
          ? Object.entries(value).map(([k, v]) => `${k}: ${joined(v) ?? ''}`)
          : listOf(value).map(joined);
        this.stated.constraints = [
          ...(this.stated.constraints ?? []),
          ...lines.filter((l): l is string => !!l),
        ];
        // "le secteur ne signe presque rien en août": a closed period is a busy month to plan around.
        const closed = lines.flatMap((l) => (l ? busyMonthsInConstraint(l) : []));
        if (closed.length > 0) this.calendarPart({ busyMonths: closed });
        return true;
      }
      case 'assets': {
        const assets = readAssets(value);
        if (assets.length === 0 && value !== null) return false;
        this.stated.assets = [...(this.stated.assets ?? []), ...assets];
        return true;
      }
      case 'committedSpend': {
        const { spend, currency, rest } = readCommittedSpend(value);
        this.spendCurrency ??= currency;
        this.leftovers.push(...rest.map((line) => `${label}: ${line}`));
        this.stated.committedSpend = [...(this.stated.committedSpend ?? []), ...spend];
        return spend.length > 0 || value === null;
      }
      case 'calendar':
        return this.calendar(value, label);
      case 'busyMonths': {
        const months = readBusyMonths(value);
        if (months.length === 0 && value !== null) return false;
        this.calendarPart({ busyMonths: months });
        return true;
      }
      case 'deadlines': {
        const deadlines = readDeadlines(value);
        if (deadlines.length === 0 && value !== null) return false;
        this.calendarPart({ deadlines });
        return true;
      }
      case 'language': {
        const language = languageOf(value);
        if (language) this.stated.language = language;
        return language !== null;
      }
      case 'horizonMonths': {
        const months = monthsOf(value);
        if (months !== null) this.stated.horizonMonths = months;
        return months !== null;
      }
      default:
        return false;
    }
  }

  /**
   * "parc installé: 900 presses", "newsletter: 3 000 contacts": a key naming something the company already has
   * is also read as an asset (the line stays text too, for the reader).
   */
  private assetFromKey(key: string, value: unknown): void {
    const words = keyAsWords(key);
    const kind = assetKind(words);
    if (kind === 'other' || kind === 'tool' || kind === 'content') return;
    const line = typeof value === 'number' ? String(value) : text(value);
    if (line === null) return;
    const asset = assetFromText(`${words}: ${line}`);
    if (asset) this.stated.assets = [...(this.stated.assets ?? []), { ...asset, name: words, kind }];
  }

  private set<K extends 'audience' | 'maturity' | 'profile'>(
    field: K,
    value: StatedFields[K] | undefined,
  ): boolean {
    if (value === undefined) return false;
    if (this.stated[field] !== undefined && this.stated[field] !== null) return false;
    this.stated[field] = value;
    return true;
  }

  private companyField(field: CompanyField, value: unknown): boolean {
    if (value === null) {
      if (field === 'name') return true;
      if (field === 'markets') this.company.markets ??= [];
      else this.company[field] ??= null;
      return true;
    }
    if (field === 'markets') {
      const markets = isRecord(value) ? Object.keys(value) : splitList(value);
      if (markets.length === 0) return false;
      // "B2B, companies of 500 to 10,000 employees in Germany, Austria…": a sentence names its markets as places,
      // read in finish() by the reader's place table; a list of names is the markets as written.
      if (markets.some((market) => market.split(/\s+/).length > 3)) {
        this.marketWords.push(markets.join(', '));
        this.company.markets ??= [];
        return true;
      }
      this.company.markets = [...(this.company.markets ?? []), ...markets];
      return true;
    }
    if (this.company[field] !== undefined && this.company[field] !== null) return false;
    if (field === 'businessModel') {
      const model = businessModelOf(value);
      if (model === null) return false;
      this.company.businessModel = model;
      return true;
    }
    if (field === 'stage') {
      const stage = stageOf(value);
      if (stage === null) return false;
      this.company.stage = stage;
      return true;
    }
    const words = field === 'name' ? text(value) : joined(value);
    if (words === null) return false;
    this.company[field] = words;
    return true;
  }

  private goals(value: unknown, label: string): boolean {
    const goals = this.stated.goals ?? [];
    // A goal keeps the id its author gave it unless another goal has it already; others get the next free one.
    const nextId = () => {
      let number = goals.length + 1;
      while (goals.some((goal) => goal.id === `G${number}`)) number += 1;
      return `G${number}`;
    };
    const push = (goal: Goal) =>
      goals.push(goals.some((other) => other.id === goal.id) ? { ...goal, id: nextId() } : goal);
    const items: [string | null, unknown][] =
      isRecord(value) && goalFromRecord(value, 'G0') === null
        ? Object.entries(value).map(([name, item]) => [name, item])
        : listOf(value).map((item) => [null, item]);
    for (const [name, item] of items) {
      if (isRecord(item)) {
        const read = goalFromRecord(
          name && !hasStatement(item) ? { statement: name, ...item } : item,
          nextId(),
        );
        if (read) {
          push(read.goal);
          this.leftovers.push(
            ...proseLines(`${label} — ${read.goal.id}`, Object.keys(read.rest).length > 0 ? read.rest : null),
          );
        } else {
          // "- faire venir les 18-30 ans : ils sont 6 % … viser 12 %": a list item with " : " parses as a one-key
          // map; its key and value are the goal's words.
          const said = oneKeyText(item);
          if (said !== null) push(goalFromText(said, nextId()));
          else this.leftovers.push(...proseLines(label, item));
        }
        continue;
      }
      const line = text(item);
      if (line === null) continue;
      push(goalFromText(name ? `${name}: ${line}` : line, nextId()));
    }
    if (goals.length === 0 && value !== null) return false;
    this.stated.goals = goals;
    return true;
  }

  private readBudget(field: 'budget' | 'monthlyBudget' | 'yearlyBudget', value: unknown): boolean {
    if (value === null) {
      this.budget ??= null;
      return true;
    }
    if (this.budget) return false;
    // A sentence that adds amounts ("45k for fairs already committed, plus maybe 15k for everything else") is left to
    // the free-text reader, which sums them and ties each to what it pays for; a field would keep the first alone.
    if (typeof value === 'string' && ADDED_AMOUNT.test(value)) return false;
    const money = readMoney(value);
    if (money === null) return false;
    this.budget = {
      money,
      defaultPeriod: field === 'monthlyBudget' ? 1 : field === 'yearlyBudget' ? 12 : null,
    };
    return true;
  }

  private readCapacity(value: unknown): boolean {
    if (value === null) {
      this.stated.capacity = null;
      return true;
    }
    if (typeof value === 'number') {
      // A bare number under "team" or "capacity" is ambiguous (people? hours?): the reader decides from the words.
      return false;
    }
    if (isRecord(value)) {
      let used = false;
      for (const [key, item] of Object.entries(value)) {
        const field = fieldOfKey(key, normaliseKey(key));
        if (field === 'people' || field === 'hoursPerWeek') {
          const count = firstNumber(item);
          if (count === null) continue;
          if (field === 'people') this.people = count;
          else this.hours = count;
          used = true;
        } else this.leftovers.push(...proseLines(`team — ${keyAsWords(key)}`, item));
      }
      return used;
    }
    // A team written as words ("two co-founders, 10 h a week between us") is the reader's: it counts people and time.
    return false;
  }

  private competitors(value: unknown, label: string): boolean {
    const names: string[] = [];
    if (isRecord(value) && !hasName(value)) {
      for (const [name, detail] of Object.entries(value)) {
        names.push(name);
        this.leftovers.push(...proseLines(`${label} — ${name}`, detail));
      }
    } else {
      for (const item of listOf(value)) {
        if (isRecord(item)) {
          const name = text(item.name ?? item.nom ?? item.company ?? item.entreprise);
          if (name === null) this.leftovers.push(...proseLines(label, item));
          else {
            names.push(name);
            const { name: _n, nom: _m, company: _c, entreprise: _e, ...rest } = item;
            this.leftovers.push(
              ...proseLines(`${label} — ${name}`, Object.keys(rest).length > 0 ? rest : null),
            );
          }
          // A stated list is read for names: kinds dropped, the names in brackets after a kind kept.
        } else names.push(...competitorNames(text(item) ?? ''));
      }
    }
    if (names.length === 0 && value !== null) return false;
    this.stated.competitors = [...(this.stated.competitors ?? []), ...names];
    return true;
  }

  private calendar(value: unknown, label: string): boolean {
    if (value === null) {
      this.calendarPart({});
      return true;
    }
    if (!isRecord(value)) {
      const months = readBusyMonths(value);
      if (months.length === 0) return false;
      this.calendarPart({ busyMonths: months });
      return true;
    }
    let used = false;
    for (const [key, item] of Object.entries(value)) {
      const field = fieldOfKey(key, normaliseKey(key));
      if (field === 'busyMonths') {
        this.calendarPart({ busyMonths: readBusyMonths(item) });
        used = true;
      } else if (field === 'deadlines') {
        this.calendarPart({ deadlines: readDeadlines(item) });
        used = true;
      } else this.leftovers.push(...proseLines(`${label} — ${keyAsWords(key)}`, item));
    }
    return used;
  }

  private calendarPart(part: Partial<Brief['calendar']>): void {
    const calendar = this.stated.calendar ?? { busyMonths: [], deadlines: [] };
    const busyMonths = [...new Set([...calendar.busyMonths, ...(part.busyMonths ?? [])])].sort(
      (a, b) => a - b,
    );
    this.stated.calendar = { busyMonths, deadlines: [...calendar.deadlines, ...(part.deadlines ?? [])] };
  }

  /**
   * A stated offer or description gives the offer by the reader's rules, or says it is unknown (null, which wins over
   * a guess in the notes): "Dermatologist-tested, vegan, B Corp application in progress" is no offer. A long offer's
   * words stay as the description when none is stated.
   */
  private readOffer(): void {
    const { offer, description, name } = this.company;
    if (offer === undefined && description === undefined) return;
    // An offer the brief states in its own field is the writer's words, kept whole (its pricing and tiers matter to the
    // agents); the drafters take a short head of it for titles. Without one, it is read from the description.
    if (offer) return;
    this.company.offer = offerOf(description ?? null, name ?? null);
  }

  finish(document: Fields, language: Language): MappedBrief {
    this.readOffer();
    for (const words of this.marketWords) {
      const places = findMarkets(words, language, null).map((found) => found.value.label);
      this.company.markets = [...new Set([...(this.company.markets ?? []), ...places])];
      this.leftovers.push(`markets: ${words}`);
    }
    if (Object.keys(this.company).length > 0) this.stated.company = this.company;
    if (this.people !== null || this.hours !== null) {
      // Hours alone are one person's; people alone are left to the reader with the words (their time is unsaid).
      if (this.hours !== null) this.stated.capacity = { people: this.people ?? 1, hoursPerWeek: this.hours };
      else this.leftovers.push(`team: ${this.people} people`);
    }
    if (this.budget === null) this.stated.budget = null;
    else if (this.budget) {
      const { money, defaultPeriod } = this.budget;
      const currency =
        money.currency ?? this.currency ?? this.spendCurrency ?? currencyOf(document, this.company, language);
      const horizon = this.stated.horizonMonths ?? 12;
      this.stated.budget = {
        amount: money.amount,
        currency,
        periodMonths: money.periodMonths ?? defaultPeriod ?? horizon,
      };
    }
    return {
      stated: validated(this.stated, this.leftovers),
      leftovers: this.leftovers,
      mappedKeys: this.mappedKeys,
    };
  }
}

/** Each stated field checked against the contract; a field that fails is turned back into text. */
function validated(stated: StatedFields, leftovers: string[]): StatedFields {
  const result: StatedFields = {};
  for (const [key, value] of Object.entries(stated) as [keyof StatedFields, unknown][]) {
    if (key === 'company') {
      const company: Partial<Company> = {};
      for (const [field, item] of Object.entries(value as Fields)) {
        const schema = Company.shape[field as keyof typeof Company.shape];
        if (schema?.safeParse(item).success) (company as Fields)[field] = item;
        else leftovers.push(...proseLines(`company — ${field}`, item));
      }
      if (Object.keys(company).length > 0) result.company = company;
      continue;
    }
    const schema = key === 'horizonMonths' ? Brief.shape.horizonMonths : Brief.shape[key];
    if (schema.safeParse(value).success) (result as Fields)[key] = value;
    else leftovers.push(...proseLines(keyAsWords(key), value));
  }
  return result;
}

function hasStatement(record: Fields): boolean {
  return goalFromRecord(record, 'G0') !== null;
}

function hasName(record: Fields): boolean {
  return Object.keys(record).some((key) =>
    ['name', 'nom', 'company', 'entreprise'].includes(normaliseKey(key)),
  );
}

/** A string, or a list of strings joined, or an object as "key: value" parts; null when there are no words. */
function joined(value: unknown): string | null {
  if (Array.isArray(value)) {
    const parts = value.map(joined).filter((part): part is string => part !== null);
    return parts.length > 0 ? parts.join('; ') : null;
  }
  if (isRecord(value)) {
    const parts = Object.entries(value).flatMap(([key, item]) => {
      const words = joined(item);
      return words === null ? [] : [`${keyAsWords(key)}: ${words}`];
    });
    return parts.length > 0 ? parts.join('; ') : null;
  }
  return text(value);
}

function firstNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  const line = text(value);
  if (line === null) return null;
  return findNumbers(line).find((n) => !n.isYear)?.value ?? null;
}

function businessModelOf(value: unknown): BusinessModel | null {
  const line = text(value);
  if (line === null) return null;
  const folded = line.toLowerCase();
  const found = new Set<BusinessModel>();
  for (const match of folded.matchAll(
    /\bb2b2c\b|\bb2b\b|\bb2c\b|\bb2g\b|\bd2c\b|\bdtc\b|marketplace|place de march[ée]|direct[- ]to[- ]consumer/g,
  )) {
    const word = match[0];
    if (word === 'b2b2c') found.add('B2B2C');
    else if (word === 'b2b') found.add('B2B');
    else if (word === 'b2g') found.add('B2G');
    else if (word.includes('march') || word === 'marketplace') found.add('marketplace');
    else found.add('B2C');
  }
  if (found.size === 1) return [...found][0] as BusinessModel;
  return normaliseKey(line) === 'other' || normaliseKey(line) === 'autre' ? 'other' : null;
}

function stageOf(value: unknown): Company['stage'] | null {
  const key = normaliseKey(text(value) ?? '');
  if (/^(?:idea|idee|concept|preseed|projet|project)$/.test(key)) return 'idea';
  if (
    /^(?:launch|lancement|prelaunch|early|earlystage|seed|startup|new|nouveau|demarrage|creation)$/.test(key)
  )
    return 'launch';
  if (/^(?:growth|croissance|scaleup|scale|scaling|developpement)$/.test(key)) return 'growth';
  if (/^(?:mature|maturite|established|etablie?|installee?)$/.test(key)) return 'mature';
  return null;
}

function maturityOf(value: unknown): Maturity | undefined {
  const key = normaliseKey(text(value) ?? '');
  if (/^(?:beginner|debutante?|novice|none|aucune?|low|faible|basic|basique)$/.test(key)) return 'beginner';
  if (/^(?:intermediate|intermediaire|medium|moyenne?|some)$/.test(key)) return 'intermediate';
  if (/^(?:advanced|avancee?|expert|experte|high|elevee?|confirmee?|mature)$/.test(key)) return 'advanced';
  return undefined;
}

function profileOf(value: unknown): Profile | undefined {
  const key = normaliseKey(text(value) ?? '');
  if (
    /^(?:executive|dirigeante?|ceo|founder|fondateur|fondatrice|direction|directeurgeneral|dg|president|presidente|gerante?|owner|boss|patron|patronne|cofounder|cofondateur|cofondatrice)$/.test(
      key,
    )
  )
    return 'executive';
  if (
    /^(?:cmo|marketing|headofmarketing|directeurmarketing|directricemarketing|marketingmanager|responsablemarketing|vpmarketing|marketinglead|marketingdirector)$/.test(
      key,
    )
  )
    return 'cmo';
  if (
    /^(?:smb|sme|pme|tpe|pmeindependant|independante?|freelance|freelancer|solo|solopreneur|artisan|commercante?|smallbusiness|petiteentreprise|autoentrepreneur|microentrepreneur)$/.test(
      key,
    )
  )
    return 'smb';
  return undefined;
}

function languageOf(value: unknown): Language | null {
  const key = normaliseKey(text(value) ?? '');
  if (/^(?:fr|french|francais|frfr|frbe|frch|frca)$/.test(key)) return 'fr';
  if (/^(?:en|english|anglais|enus|engb|enca|enau)$/.test(key)) return 'en';
  return null;
}

function monthsOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 && value <= 120 ? value : null;
  const line = text(value);
  if (line === null) return null;
  const bare = /^(\d{1,3})\s*(months?|mois|years?|ans?|année?s?)?$/i.exec(line);
  if (bare?.[1]) return Number(bare[1]) * (bare[2] && /^(?:y|an|ann)/i.test(bare[2]) ? 12 : 1) || null;
  const period = periodFromValue(line);
  if (period !== null && period > 0) return period;
  return horizonIn(line)?.months ?? horizonIn(`in ${line}`)?.months ?? null;
}

const MARKET_CURRENCIES: readonly [RegExp, string][] = [
  [
    /\b(?:uk|united kingdom|royaume[- ]uni|england|angleterre|london|londres|scotland|[ée]cosse|wales|britain)\b/i,
    'GBP',
  ],
  [/\b(?:switzerland|suisse|gen[eè]ve|geneva|zurich|lausanne)\b/i, 'CHF'],
  [/\b(?:canada|qu[ée]bec|montr[ée]al|toronto|vancouver)\b/i, 'CAD'],
  [/\b(?:australia|australie|sydney|melbourne)\b/i, 'AUD'],
  [/\b(?:usa|us|united states|[ée]tats[- ]unis|new york|california|texas)\b/i, 'USD'],
  [
    /\b(?:france|europe|eu|germany|allemagne|belgi(?:um|que)|spain|espagne|italy|italie|paris|lyon|nantes)\b/i,
    'EUR',
  ],
];

/** A budget's currency when its own words name none: any currency the document writes, its markets, its language. */
function currencyOf(document: Fields, company: Partial<Company>, language: Language): string {
  const words = proseLines('', document).join('\n');
  const written = currencyIn(words);
  if (written) return written;
  const places = [...(company.markets ?? []), company.description ?? ''].join(' ');
  for (const [pattern, code] of MARKET_CURRENCIES) if (pattern.test(places)) return code;
  return language === 'fr' ? 'EUR' : 'USD';
}

/** The words of a one-key map whose value is a sentence or a number ("goal : its figures"), else null. */
function oneKeyText(item: Fields): string | null {
  const entries = Object.entries(item);
  if (entries.length !== 1) return null;
  const [key, value] = entries[0] as [string, unknown];
  const said = typeof value === 'number' ? String(value) : text(value);
  return said === null ? null : `${key} : ${said}`;
}
