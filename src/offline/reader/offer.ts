// What the company is and sells: the description sentence, the offer as a short clean noun phrase, and what the
// writer says they are ("je suis avocate en droit du travail") for naming a brief that names no company.
import { READER_TERMS } from '../../knowledge/reader/reader-terms.js';
import { READING_LIMITS } from '../../knowledge/reader/reading-limits.js';
import type { BriefDocument, Sentence } from './document.js';
import { bodySentences } from './document.js';
import type { Found } from './found.js';
import { hasAnyKeyword } from './keyword-match.js';
import { isMetaLine, isTitleLine } from './meta-lines.js';
import { nounPhrase, phraseAfter } from './phrase.js';
import { clip, fold, lowerFirst, trimPhrase } from './text.js';

const OFFER_LABEL =
  /^(?:offre|offres|nos offres|produits?|services?|offer|offering|offers|products?|ce que nous vendons|ce que je vends|what we sell|what we do|ce que nous faisons|activité|activity)\s*:\s*/iu;

const SELL_VERBS =
  /(?:^|[^A-Za-zÀ-ÖØ-öø-ɏ])(?:nous vendons|nous faisons(?!\s+(?:du marketing|de la pub|peu|pas|rien|beaucoup|tout|le point|appel|confiance|face|partie|ça|cela)(?![A-Za-zÀ-ÖØ-öø-ɏ]))|on vend|je vends|nous proposons|on propose|je propose|nous fabriquons|on fabrique|je fabrique|nous éditons|nous développons|nous concevons|nous produisons|nous distribuons|nous installons|nous louons|we sell|I sell|we offer|I offer|we provide|I provide|we make|I make|we build|we develop|we design|we produce|we manufacture|we distribute|we install|we rent|we do(?!\s+(?:not|it|this|that|everything|all|a lot|our|the|marketing|most|some|well|so)\b)|(?:notre|our) (?:association|entreprise|société|company|business|cabinet|agence|studio|atelier) (?:gère|propose|vend|organise|fabrique|runs|offers|sells|makes|provides))\s+/u;

/** "On brasse des bières artisanales": a trade's own verb says what is made (reading-limits.yaml makeVerbs). */
const MAKE_VERBS = new RegExp(
  `(?:^|[^A-Za-zÀ-ÖØ-öø-ɏ])(?:${READING_LIMITS.makeVerbs.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+`,
  'iu',
);

/** What the writer says the business or they are: "je suis avocate…", "I run a bike repair workshop…". */
const IDENTITY =
  /(?:^|[^A-Za-zÀ-ÖØ-öø-ɏ])(?:je suis|j'suis|i'm|i am|nous sommes|on est|we are|we're|je tiens|je dirige|j'ai|i run|i own|we run|je gère|c'est|it's|this is)\s+(?:[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+,\s+)?(?:(?:un|une|a|an|the|le|la|notre|our|mon|ma|my)\s+|l')?(?:(?:petit|petite|small|little|tiny|jeune|young|solo|independent|indépendante?|freelance|self-employed|auto-entrepreneuse?)\s+){0,2}/iu;

/** A credential written as initials after a trade ("ostéopathe D.O.", "MBA", "Ph.D."): never part of a name. */
const CREDENTIAL =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:[A-Z][a-z]?\.){2,}(?![A-Za-z])|\s(?:MBA|PhD|DO|RN)(?=[\s,.;]|$)/gu;

const MAKER_OF =
  /(?:^|[\s:])(?:manufacturers?|makers?|producers?|fabricants?|producteurs?|éditeurs?|editeurs?)\s+(?:of|de|d'|des|du)\s*/iu;

/** A phrase opening on a place or a channel ("sur notre site", "on Etsy", "in Lyon") says where, not what. */
const WHERE = /^(?:sur|on|via|à|a|au|aux|en|in|at|through|par|dans|from|depuis)\s/iu;

/** Words no clean offer holds: people speaking, numbers of things owned, time. */
const NOT_CLEAN =
  /(?:^|[\s'])(?:je|j|nous|on|vous|i|we|you|my|our|mon|ma|mes|notre|nos|votre|vos|leur|their|is|are|est|sont|was|were|qui|que|that|which|depuis|since|\d[\d.,]*)(?=\s|$)/iu;

/** A participle that only tied the phrase to a place it no longer holds ("bougies fabriquées [à Lyon]"). */
const DANGLING =
  /\s(?:(?:fabriqu|conçu|congu|cré|bas|install|situ|implant)(?:é|ée|és|ées|e|es)?|made|designed|based|located|built)$/iu;

/** A short noun phrase fit for a title ("réparation de vélos", "B2B scheduling SaaS"), or null. */
export function cleanPhrase(text: string | null, maxWords = 8): string | null {
  if (text === null) return null;
  // "HR platform for companies of 200 to 2,000 employees": the figures are detail, the head is the phrase.
  const phrase = trimPhrase(
    text
      .replace(/\([^)]*\)?/g, ' ')
      .replace(/\s(?:of|de|from|between|entre|with|avec)\s\d.*$/u, '')
      .replace(/^\d+\s+/, ''),
  )
    .replace(DANGLING, '')
    .trim();
  const head = headOf(phrase, maxWords);
  if (head === null) return null;
  const words = head.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > maxWords || head.length > Math.max(70, maxWords * 8)) return null;
  if (NOT_CLEAN.test(head) || WHERE.test(`${head} `)) return null;
  if (hasAnyKeyword(fold(head), READING_LIMITS.documentWords)) return null;
  return head;
}

/** The phrase ends on a connector or a quantifier ("bougies et", "repair of", "pour les plus"): it was cut mid-way. */
function endsOpen(phrase: string): boolean {
  const folded = ` ${fold(phrase).replace(/\s+/g, ' ').trim()}`;
  return READING_LIMITS.openEnds.some((w) => folded.endsWith(` ${w}`) || folded.endsWith(`'${w}`));
}

/**
 * The phrase whole when it is short and closed; else its head before a qualifier ("agence de voyages organisés
 * [pour les plus de 60 ans]", "presses hydrauliques [pour l'emboutissage et le formage des métaux]"); else null.
 */
function headOf(phrase: string, maxWords: number): string | null {
  if (phrase.split(/\s+/).length <= maxWords && !endsOpen(phrase)) return phrase;
  const folded = fold(phrase);
  let cut = -1;
  for (const q of READING_LIMITS.qualifiers) {
    const at = folded.indexOf(` ${q} `);
    if (at > 0 && (cut < 0 || at < cut)) cut = at;
  }
  if (cut < 0) return null;
  const head = trimPhrase(phrase.slice(0, cut));
  return head.split(/\s+/).length >= 2 && !endsOpen(head) ? head : null;
}

function isPlain(s: Sentence): boolean {
  return !s.heading && !isMetaLine(s.text) && s.section !== 'goals' && s.section !== 'competitors';
}

/** After the name: "X est une…", "X is a…", "X, a…", "X - …", "X vend…". */
function predicateAfterName(sentence: string, name: string): string | null {
  const end = nameEnd(sentence, name);
  if (end === null) return null;
  const rest = sentence
    .slice(end)
    .replace(/^\s*\([^)]*\)/, '')
    // "Martel fabrique depuis 1962 des presses…": the founding date is not part of what it makes.
    .replace(/^(\s[a-zà-ÿ]+)\s+(?:depuis|since)\s+(?:19|20)\d\d(?=\s)/u, '$1');
  const m =
    /^\s*(?:,[^,]{1,100},\s*)?(?:(?:est|is|was)\s+(?:(?:une?|an?|the|la|le|notre|our)\s+|l')?|,\s*(?:(?:une?|an?|the|la|le|notre|our)\s+|l')|\s-\s|\s(?:vend|propose|fabrique|conçoit|produit|développe|édite|sells|offers|makes|builds|develops|designs|manufactures|produces|provides)(?:\s(?:et|and)\s[a-zé]+)?\s+)/u.exec(
      rest,
    );
  return m ? nounPhrase(rest.slice(m[0].length), 10) : null;
}

/**
 * Where the name ends in the sentence: as written, else one of its words with an initial capital ("PRESSES MARTEL"
 * → "Martel fabrique…"); a name word written as a common noun in lower case ("presses") is not the name.
 */
function nameEnd(sentence: string, name: string): number | null {
  const at = sentence.indexOf(name);
  if (at >= 0) return at + name.length;
  for (const word of name.split(/\s+/).filter((w) => w.length >= 4 && /^[A-ZÀ-ÖØ-Þ]/u.test(w))) {
    const proper = word.charAt(0) + word.slice(1).toLowerCase();
    const m = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ɏ])${proper}(?![A-Za-zÀ-ÖØ-öø-ɏ])`, 'u').exec(sentence);
    if (m) return m.index + m[0].length;
  }
  return null;
}

/** What the company sells, as a clean noun phrase, or null. Labels win, then "we sell…", then what the name's sentence says. */
export function findOffer(doc: BriefDocument, name: Found<string> | null): Found<string> | null {
  const body = bodySentences(doc).filter(isPlain);
  for (const s of body) {
    const m = OFFER_LABEL.exec(s.text);
    const phrase = m ? cleanPhrase(nounPhrase(s.text.slice(m[0].length), 10)) : null;
    if (phrase !== null) return { value: phrase, from: s.text };
  }
  // "Manufacturer of industrial pumps…", "Fabricant de poêles à bois": what follows the maker's noun is the offer.
  for (const s of body.slice(0, 6)) {
    const phrase = cleanPhrase(phraseAfter(s.text, MAKER_OF, 10, [/\s(?:for|pour)\s/iu]), 8);
    if (phrase !== null) return { value: phrase, from: s.text };
  }
  // "pain au levain, farines bio, viennoiseries pur beurre": an inventory with no verb is what is sold.
  const listed = body.find(isProductList);
  if (listed) return { value: productListOffer(listed.text), from: listed.text };
  if (name !== null) {
    // A title or addressee line naming the company ("notes pour… — Fromagerie Dupré — Louis D.") says who writes.
    const sentences = [name.from, ...body.slice(0, 6).map((s) => s.text)].filter(
      (t) => !isMetaLine(t) && !isTitleLine(t),
    );
    for (const text of sentences) {
      const phrase = cleanPhrase(predicateAfterName(text, name.value));
      if (phrase !== null) return { value: phrase, from: text };
    }
  }
  for (const verbs of [SELL_VERBS, MAKE_VERBS]) {
    for (const s of body) {
      const phrase = cleanPhrase(phraseAfter(lowerFirst(s.text), verbs, 12), 12);
      if (phrase !== null && phrase.split(/\s+/).length >= 2) return { value: phrase, from: s.text };
    }
  }
  return null;
}

/** What the writer says they or their business are, holding a word for a trade or a kind of business, or null. */
export function findIdentity(doc: BriefDocument, name: Found<string> | null): Found<string> | null {
  const candidates: Array<{ text: string; phrase: string | null }> = [];
  // A greeting may open the sentence that says what the writer is ("Hi, I'm Maya, a yoga teacher").
  for (const s of bodySentences(doc)
    .filter((s) => s.section !== 'goals' && s.section !== 'competitors')
    .slice(0, 8)) {
    // "ostéopathe D.O., installée seule à Rennes": a credential and what follows the comma are not what they are.
    const text = s.text.replace(CREDENTIAL, '');
    candidates.push({ text: s.text, phrase: phraseAfter(text, IDENTITY, 9, [/,\s/u]) });
  }
  // "I'm Maya, I teach yoga in Bristol": what the writer teaches makes them its teacher.
  for (const s of bodySentences(doc).slice(0, 4)) {
    const en = /(?:^|[\s,])i teach\s+([a-z][a-z-]{2,})(?![a-z])/iu.exec(s.text);
    const fr =
      /(?:j'enseigne|je donne des cours)\s+(?:le |la |l'|les |de |d')?([a-zà-öø-ÿ][a-zà-öø-ÿ-]{2,})/iu.exec(
        s.text,
      );
    if (en?.[1]) candidates.push({ text: s.text, phrase: `${en[1].toLowerCase()} teacher` });
    else if (fr?.[1]) candidates.push({ text: s.text, phrase: `professeur de ${fr[1].toLowerCase()}` });
  }
  // "Avocate en droit du travail à Nantes, je conseille…": a brief opening on what the writer is.
  const opening = bodySentences(doc)[0]?.text;
  const head = opening?.split(/[,;:(]|\s-\s/u)[0] ?? '';
  if (opening && hasAnyKeyword(fold(head.split(/\s+/)[0] ?? ''), READER_TERMS.company.kinds))
    candidates.unshift({ text: opening, phrase: nounPhrase(head, 7) });
  if (name !== null) {
    // "Atelier Rayon Libre - réparation de vélos à Grenoble": what follows the name says what it is.
    for (const text of [
      name.from,
      ...bodySentences(doc)
        .slice(0, 3)
        .map((s) => s.text),
    ])
      candidates.push({ text, phrase: predicateAfterName(text, name.value) });
  }
  for (const { text, phrase } of candidates) {
    const clean = cleanPhrase(phrase, 7);
    if (clean !== null && hasAnyKeyword(fold(clean), READER_TERMS.company.kinds))
      return { value: clean, from: text };
  }
  return null;
}

/** A line that says it is the description ("Description: …", "À propos : …"), as a structured brief's key writes it. */
const DESCRIPTION_LABEL =
  /^(?:description|company description|description de l'entreprise|présentation|presentation|à propos|a propos|about|about us|qui sommes-nous|who we are|overview|activité|activity)\s*:\s*/iu;
/** A line that only names the company ("Entreprise: Cabinet Berthier & Associés"). */
const NAME_LABEL =
  /^(?:entreprise|société|societe|company|business|nom|name|raison sociale|marque|brand)\s*:\s*/iu;

/**
 * The sentence saying what the company is: a line labelled as the description (all of it), else the one naming it,
 * else the first descriptive sentence; never a "label: name" line, and never with its label pasted in.
 */
export function findDescription(doc: BriefDocument, name: Found<string> | null): Found<string> | null {
  const labelled = doc.sentences.find((s) => !s.heading && DESCRIPTION_LABEL.test(s.text));
  if (labelled !== undefined) {
    const line = doc.sentences.filter((s) => s.line === labelled.line && !s.heading).map((s) => s.text);
    const text = line.join(' ').replace(DESCRIPTION_LABEL, '');
    return { value: clip(trimPhrase(text), 300), from: labelled.text };
  }
  if (
    name !== null &&
    !isMetaLine(name.from) &&
    !isTitleLine(name.from) &&
    !NAME_LABEL.test(name.from) &&
    name.from.split(/\s+/).length >= 5
  )
    return { value: clip(name.from, 300), from: name.from };
  const sections = ['goals', 'budget', 'team', 'channels', 'competitors', 'constraints', 'calendar'];
  const first = doc.sentences.find(
    (s) =>
      !s.heading &&
      (s.section === null || !sections.includes(s.section)) &&
      s.text.split(/\s+/).length >= 5 &&
      !NAME_LABEL.test(s.text) &&
      !isMetaLine(s.text) &&
      !isTitleLine(s.text),
  );
  return first ? { value: clip(trimPhrase(first.text), 300), from: first.text } : null;
}

/** What a trade sells, from what the writer says they are: "wedding florist" → "wedding flowers", "ostéopathe" → "ostéopathie". */
export function offerFromIdentity(identity: Found<string> | null): Found<string> | null {
  if (identity === null) return null;
  const words = identity.value.split(/\s+/);
  const at = words.findIndex((w) => READER_TERMS.company.trades[fold(w).replace(/s$/u, '')] !== undefined);
  if (at < 0) return null;
  const sells = READER_TERMS.company.trades[fold(words[at] ?? '').replace(/s$/u, '')] ?? '';
  const phrase = [...words.slice(0, at), sells, ...words.slice(at + 1)]
    .filter((w) => !/^(?:freelance|independent|indépendante?|solo|self-employed)$/iu.test(w))
    .join(' ');
  return { value: lowerFirst(phrase), from: identity.from };
}

/** Sections where a bare list of things is not what the company sells (clients, channels, rivals…). */
const NOT_OFFER_SECTIONS: ReadonlyArray<Sentence['section']> = [
  'goals',
  'budget',
  'team',
  'channels',
  'competitors',
  'constraints',
  'audience',
  'market',
];

/** Words that open a clause, not a product: articles, pronouns, first-person subjects. Folded. */
const NOT_A_PRODUCT =
  /^(?:le|la|les|l'|un|une|des|du|de|nos|notre|mes|mon|ma|je|j'|nous|on|il|elle|ils|the|a|an|our|my|we|i|it|they|pas|no|not)(?:\s|$)/iu;

/**
 * A bullet or sentence listing what is sold, without a verb: three or more short items, none opening on an article,
 * a subject or a figure, no amounts and no label.
 */
function isProductList(s: Sentence): boolean {
  if (s.heading || NOT_OFFER_SECTIONS.includes(s.section) || /[:=?!%€$£]/u.test(s.text)) return false;
  if (isMetaLine(s.text)) return false;
  const items = listItems(s.text);
  return (
    items.length >= 3 &&
    items.every((item) => {
      const words = item.split(/\s+/);
      // "2 boutiques à Lyon" counts places; "comté affiné 24 mois" may hold a figure after its noun.
      // "Site web refait en 2022, en français et en anglais": a year or a place word says when or where, not what.
      return (
        words.length <= 6 &&
        !NOT_A_PRODUCT.test(item) &&
        !/^\d/u.test(item) &&
        !WHERE.test(`${item} `) &&
        !/(?:^|\s)(?:19|20)\d\d(?:\s|$)/u.test(item)
      );
    })
  );
}

function listItems(text: string): string[] {
  return trimPhrase(text)
    .split(/\s*,\s*|\s+(?:et|and|\+)\s+|\s*\+\s*/u)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** The first three items of a product list: enough to say what is sold, short enough for a title. */
function productListOffer(text: string): string {
  return clip(listItems(text).slice(0, 3).join(', '), 160);
}
