// Competitors the brief names: a "Concurrents" section or label, or "our competitors are…", "we're up against…".
//
// Rules. A competitor is a name: the head of each list item, before its aside in parentheses and before a
// description after a colon, a dash or a verb ("Superprof: huge tutor directory", "Datadog is what…").
// A kind of competitor ("les boulangeries de quartier", "direct-to-consumer brands", "quelques indépendants")
// is not a name and is left out; names given as its examples are kept ("les grands cabinets (Mercer, Deloitte)").
// A lower-case word counts as a name only alone, in a list about competitors ("mydentist").
import { type BriefDocument, withoutLabel } from './document.js';
import type { Found } from './found.js';
import { fold, lowerFirst, trimPhrase } from './text.js';

/** Introduces a list of competitors in a sentence. Matched on the sentence with its first letter lowered. */
const INTRO =
  /(?:concurrents?|concurrence|competitors?|competition|competes? with|compete against|(?:are |is |'re )?up against|rivals?|compétiteurs?|en concurrence avec|face à|alternatives?|autour de nous,? il y a|pr[eè]s de chez nous,? il y a|nearby,? there (?:is|are)|(?:firms?|companies|players|chains|brands|shops|stores|agencies|apps|sites|entreprises|enseignes|acteurs|marques|boutiques|cabinets|agences|applis?) (?:like|such as|comme|tels? que|telles? que))(?:\s+(?:principaux|principales|directs?|indirects?|directes?|main|direct|indirect|locaux|local|majeurs?|major|historiques?|sont|est|are|is|include|incluent|comprennent|comme|such as|like|notamment|to us|:|-))*[\s,:-]+/u;

/** A capitalised word of a name: "Cire", "L'Atelier", "Booking.com", "HubSpot", "Écouges". */
const CAP_WORD = `[A-ZÀ-ÖØ-ÞŒ0-9][A-Za-zÀ-ÖØ-öø-ɏ0-9'&.+-]*`;
/** A brand: capitalised words joined by short connectors ("Nature & Découvertes", "Les Chalets du Furon"). */
const BRAND = new RegExp(
  `^(${CAP_WORD}(?:\\s(?:(?:de|du|des|la|le|les|&|et|of|the|and)\\s){0,2}${CAP_WORD}){0,4})`,
  'u',
);
/** "les Chalets du Furon", "la Ferme des Écouges": a name written after a lower-case article. */
const ARTICLE_BEFORE_NAME = /^(?:les|le|la|l'|the)\s?(?=[A-ZÀ-ÖØ-ÞŒ])/u;
/** "l'association Lille Verte", "the app Calm": what kind of organisation it is, then its name. */
const KIND_BEFORE_NAME =
  /^(?:(?:les|le|la|l'|the|une?|an?)\s?)?(?:association|société|entreprise|cabinet|agence|boutique|marque|enseigne|startup|start-up|appli(?:cation)?|site|company|agency|brand|shop|firm|app|charity|groupe|group|réseau|network|chaîne|chain|cinéma|cinema|clinique|clinic)(?:\s(?:multiplexe|indépendante?|local|locale|régional|régionale|national|nationale))?\s(?=[A-ZÀ-ÖØ-ÞŒ])/iu;
/** "Other Pic Saint-Loup estates", "Several Lyon agencies": a quantifier opens a kind, whatever its capitals. */
const QUANTIFIER =
  /^(?:other|others|many|several|some|a few|most|autres|d'autres|plusieurs|quelques|certains|certaines|nombreux|nombreuses)\s/iu;
/** "Le groupe…", "Les chaînes d'animaleries…": a sentence's capitalised article is no brand. */
const ARTICLE_ONLY = /^(?:le|la|les|l'|the|un|une|a|an|des|du)$/iu;
/** "Rhône organics", "Lyon bakeries": a place word then a plural common noun names a kind of competitor. */
const PLACE_THEN_KIND =
  /^\s+(?!(?:is|has|was|does|remains|sells|offers|plus|as|us|its|this)\b)[a-zà-öø-ÿ-]{3,}s\b/u;

/** "L'École", "Les Fourmis": a capitalised article and one word. */
const ARTICLE_NOUN = /^(?:L'|Les\s|La\s|Le\s)[^\s']+$/u;
/** " des loisirs", " rouges": lower-case words that end the item, so they belong to the name. */
const LOWER_TAIL = /^\s(?:(?:des|de|du|la|le|les|aux?|en)\s|d')?[a-zà-öø-ÿ-]+(?:\s[a-zà-öø-ÿ-]+){0,2}\s*$/u;

/** What ends a name and opens its description: a colon, a dash, a verb ("X is…", "X propose…"). */
const DESCRIPTION =
  /\s*(?::|\s-\s)\s*|\s(?:is|are|was|has|have|offers?|sells?|does|est|sont|ont|propose|vend|fait|reste|remains)\s/u;

/** Words that open an item but are not part of it: "+ les…", "also…", "and…", "plus…". */
const LEAD_IN = /^(?:\+\s*|(?:also|aussi|plus|and|et|ou|or|enfin|finally)\s+)+/iu;

/** "a lot of independent cafés", "quelques indépendants", "les boulangeries de quartier": a kind, not a name. */
const KIND_OPENING =
  /^(?:a lot of|lots of|plenty of|many|several|a few|some|other|others|beaucoup d[e']|plein de|pas mal de|quelques|plusieurs|de nombreu(?:x|ses)|nombreu(?:x|ses)|d'autres|autres|les|le|la|l'|des|du|de la|the|une?|an?|tous les|all the)(?:\s+|(?<=')(?=\S))/iu;

const DROP_START = /^(?:qui|que|dont|mais|which|who|that|but|where|où|etc|and so on)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
const NOT_COMPETITORS = new Set(
  'nous we us notre our aucun none personne nobody etc internet also aussi'.split(' '),
);

interface Item {
  readonly text: string;
  /** Names in brackets after the item ("les grands cabinets (Mercer, Deloitte)"), examples of a kind. */
  readonly examples: string;
}

/** Splits a list into items at the top level; brackets stay with the item they follow. */
function items(list: string): Item[] {
  const out: Item[] = [];
  let depth = 0;
  let text = '';
  let examples = '';
  const push = () => {
    const t = trimPhrase(text) + (/\s(?:Co|Inc|Ltd|Corp|Cie)\.\s*$/u.test(text) ? '.' : '');
    if (t.length > 1) out.push({ text: t, examples });
    text = '';
    examples = '';
  };
  const cleaned = list.replace(/…|\.\.\.|\betc\.?/giu, ' ');
  // Separators at depth 0: commas, semicolons, slashes, "et", "and", "ou", "or", "ainsi que", "as well as".
  const tokens = cleaned.split(/([()]|\s*[,;/]\s*|\s+(?:et|and|ou|or|ainsi que|as well as)\s+)/u);
  for (const token of tokens) {
    if (token === '(') depth += 1;
    else if (token === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0) examples += token;
    else if (/^\s*[,;/]\s*$|^\s+(?:et|and|ou|or|ainsi que|as well as)\s+$/u.test(token)) push();
    else text += token;
  }
  push();
  return out;
}

/** The name an item opens with, or null when the item is a kind of competitor or a description. */
function nameOf(raw: string, dedicated: boolean): string | null {
  const item = raw.replace(LEAD_IN, '').replace(KIND_BEFORE_NAME, '');
  if (item === '' || DROP_START.test(item) || QUANTIFIER.test(item)) return null;
  const article = ARTICLE_BEFORE_NAME.exec(item);
  const bare = article ? item.slice(article[0].length) : item;
  const brand = BRAND.exec(bare)?.[1];
  const kindAfter =
    brand !== undefined && !brand.includes(' ') && PLACE_THEN_KIND.test(bare.slice(brand.length));
  // A name has a letter ("2 cliniques" is a count) and is more than an article ("Les chaînes…").
  if (brand !== undefined && (!/\p{L}/u.test(brand) || ARTICLE_ONLY.test(trimPhrase(brand)) || kindAfter))
    return null;
  if (brand !== undefined && ARTICLE_NOUN.test(brand)) {
    // "L'École des loisirs", "Les Fourmis rouges": an article and a common noun name a brand only with what follows.
    const tail = bare.slice(brand.length);
    if (LOWER_TAIL.test(tail)) return dedicated ? trimPhrase(`${brand}${tail}`) : null;
  }
  if (brand !== undefined) {
    // "Leeds Boiler Co." keeps its full stop; any other final full stop is the sentence's.
    const head = trimPhrase(brand) + (/\s(?:Co|Inc|Ltd|Corp|Cie)\.$/u.test(brand) ? '.' : '');
    const name = article ? `${capitalizeArticle(article[0])}${head}` : head;
    return NOT_COMPETITORS.has(name.toLowerCase()) ? null : name;
  }
  // A single lower-case word in a competitor list is a brand written that way ("mydentist").
  if (
    dedicated &&
    !KIND_OPENING.test(item) &&
    /^[a-z][a-z0-9.&-]+$/u.test(item.split(DESCRIPTION)[0] ?? '')
  ) {
    const name = item.split(DESCRIPTION)[0] ?? '';
    return NOT_COMPETITORS.has(name) ? null : name;
  }
  return null;
}

function capitalizeArticle(article: string): string {
  return article.charAt(0).toUpperCase() + article.slice(1);
}

/** A sentence that opens with a name and then describes it: one competitor, its head. */
function describedHead(text: string): string | null {
  const m = DESCRIPTION.exec(text);
  if (!m || m.index === 0) return null;
  const head = text.slice(0, m.index);
  // The head is a name only if nothing but the name stands before the description.
  const name = nameOf(head, true);
  return name !== null && fold(name) === fold(trimPhrase(head.replace(LEAD_IN, ''))) ? name : null;
}

/** Names in one list of competitors. */
function namesIn(list: string, dedicated: boolean): string[] {
  const chunks = list.split(/\s*;\s*/u);
  if (chunks.length > 1) return chunks.flatMap((chunk) => namesIn(chunk, dedicated));
  const head = describedHead(list);
  if (head !== null) return [head];
  return items(list).flatMap(({ text, examples }) => {
    const name = nameOf(text, dedicated);
    if (name !== null) return [name];
    // A kind with examples in brackets: the examples are the names.
    return examples === '' ? [] : items(examples).flatMap((e) => nameOf(e.text, false) ?? []);
  });
}

/** Names in one stated list of competitors (a JSON or YAML field): kinds dropped, bracketed examples kept. */
export function competitorNames(list: string): string[] {
  return namesIn(list, true);
}

/** Named competitors in order of first mention, each once, with the sentence naming them. */
export function findCompetitors(doc: BriefDocument): Array<Found<string>> {
  const out: Array<Found<string>> = [];
  const add = (name: string, from: string) => {
    if (!out.some((c) => fold(c.value) === fold(name))) out.push({ value: name, from });
  };
  for (const s of doc.sentences) {
    if (s.heading) continue;
    const intro = INTRO.exec(lowerFirst(s.text));
    if (s.section === 'competitors') {
      const list = intro ? s.text.slice(intro.index + intro[0].length) : withoutLabel(s.text);
      for (const name of namesIn(list, true)) add(name, s.text);
    } else if (intro) {
      for (const name of namesIn(s.text.slice(intro.index + intro[0].length), false)) add(name, s.text);
    }
  }
  return out;
}
