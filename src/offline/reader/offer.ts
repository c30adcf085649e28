// What the company is and sells: the description sentence and the offer ("nous vendons…", "we sell…", "Offre :").
import type { BriefDocument, Sentence } from './document.js';
import { bodySentences } from './document.js';
import { isMetaLine, isTitleLine } from './meta-lines.js';
import { nounPhrase, phraseAfter } from './phrase.js';
import { clip, lowerFirst, trimPhrase } from './text.js';

const OFFER_LABEL =
  /^(?:offre|offres|nos offres|produits?|services?|offer|offering|offers|products?|ce que nous vendons|ce que je vends|what we sell|catalogue|gammes?|(?:growth |product |business )?lines|lignes de produits|what we do|ce que nous faisons)\s*:\s*/iu;

const SELL_VERBS =
  /(?:^|[^A-Za-zÀ-ÖØ-öø-ɏ])(?:nous vendons|on vend|je vends|nous proposons|on propose|je propose|nous fabriquons|on fabrique|je fabrique|nous commercialisons|nous éditons|nous développons|nous concevons|nous produisons|nous créons|je crée|nous distribuons|nous installons|nous organisons|j'organise|nous louons|we sell|I sell|we offer|I offer|we provide|I provide|we make|I make|we build|we develop|we design|we produce|we run|we distribute|we install|we rent|we organi[sz]e|(?<!(?:what|how|when|why|where|that|if|as|than) )we do(?!\s+(?:not|it|this|that|everything|all|a lot|our|the|marketing|most|some|well|so)\b)|nous faisons(?=\s+(?:de la|du|des)\s)|(?:notre|our|l'|the)\s?(?:association|entreprise|société|company|business|firm|cabinet|agence|agency|studio|atelier|charity)\s(?:gère|propose|vend|organise|fabrique|runs|offers|sells|makes|provides|operates)|(?:je gère|nous gérons|j'exploite|nous exploitons|we operate|we run|I run|I operate)(?=\s+(?:\d+|deux|trois|quatre|cinq|six|two|three|four|five|six|une?|an?)\s))\s+/u;

/** A phrase opening on a place or a channel ("sur notre site", "on Etsy", "in Lyon") says where, not what. */
const WHERE = /^(?:sur|on|via|à|a|au|aux|en|in|at|through|par|dans|from|depuis)\s/iu;

/** "We sell two ways: online subscriptions…": what follows the colon is the offer. */
const SELL_WAYS =
  /(?:sell|vendons|vend|vends)\s(?:in\s|de\s)?(?:two|three|four|\d+|deux|trois|quatre)\s(?:ways|façons|manières)\s*:\s*/iu;

const DOCUMENT_WORDS =
  /^(?:notes?|brief|memo|mémo|demande|request|update|mise à jour|plan|compte rendu|summary|résumé|draft|brouillon)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;

/** After the name: "X est une…", "X is a…", "X vend…", "X sells…". */
function predicateAfterName(sentence: string, name: string): string | null {
  const at = sentence.indexOf(name);
  if (at < 0) return null;
  const rest = sentence.slice(at + name.length).replace(/^\s*\([^)]*\)/, '');
  const m =
    /^\s*(?:,[^,]{1,100},\s*)?(?:(?:est|is|was|sera|will be)\s+(?:(?:une?|an?|the|la|le|notre|our)\s+|l')?|,\s*(?:(?:une?|an?|the|la|le|notre|our)\s+|l')|\s-\s)/u.exec(
      rest,
    );
  // "Association X - note pour notre bénévole": after a title's dash, the kind of document, not the company.
  if (m) {
    const phrase = nounPhrase(rest.slice(m[0].length), 16);
    return phrase !== null && DOCUMENT_WORDS.test(phrase) ? null : phrase;
  }
  const verb =
    /^\s*(?:vend|propose|fabrique|conçoit|développe|produit|distribue|installe|sells|offers|makes|builds|develops|designs|produces|distributes|installs|provides|fournit)\s+/u.exec(
      rest,
    );
  return verb ? nounPhrase(rest.slice(verb[0].length), 16) : null;
}

/** What the company sells, or null. Labels win, then "we sell…" verbs, then what the name's sentence says it is. */
export function findOffer(
  doc: BriefDocument,
  name: string | null,
  nameSentence: string | null,
): string | null {
  const body = bodySentences(doc);
  for (const s of body) {
    const m = OFFER_LABEL.exec(s.text);
    if (m) {
      const rest = trimPhrase(s.text.slice(m[0].length));
      if (rest.length > 0) return clip(rest, 160);
    }
  }
  for (const s of body) {
    const phrase = phraseAfter(s.text, SELL_WAYS, 16);
    if (phrase !== null) return phrase;
  }
  for (const s of body) {
    if (s.section === 'goals' || s.section === 'competitors') continue;
    const phrase = phraseAfter(lowerFirst(s.text), SELL_VERBS, 16);
    // "Nous vendons aussi sur Etsy", "on vend sur notre site" say where, not what.
    if (phrase !== null && phrase.split(/\s+/).length >= 2 && !WHERE.test(phrase)) return phrase;
  }
  const listed = body.find(isProductList);
  if (listed) return productListOffer(listed.text);
  if (name === null) return null;
  if (nameSentence !== null && !isMetaLine(nameSentence) && !isTitleLine(nameSentence))
    return predicateAfterName(nameSentence, name);
  // A name found in the title or a label: the first sentence opening on it may say what it is.
  for (const s of body.slice(0, 8)) {
    if (!s.text.startsWith(name)) continue;
    const phrase = predicateAfterName(s.text, name);
    if (phrase !== null) return phrase;
  }
  return null;
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
 * A bullet or sentence that lists what is sold, without a verb: "pain au levain, farines bio du Moulin
 * Marion, viennoiseries pur beurre, pâtisserie…". Three or more short items, none opening on an article, a
 * subject or a figure, no amounts, no label: an inventory, which is the offer even when no "we sell" introduces it.
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
      return words.length >= 1 && words.length <= 6 && !NOT_A_PRODUCT.test(item) && !/^\d/u.test(item);
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

function isDescriptive(s: Sentence): boolean {
  const sections = ['goals', 'budget', 'team', 'channels', 'competitors', 'constraints'];
  return (
    !s.heading &&
    (s.section === null || !sections.includes(s.section)) &&
    s.text.split(/\s+/).length >= 5 &&
    !isMetaLine(s.text) &&
    !isTitleLine(s.text)
  );
}

/**
 * The sentence that says what the company is: the one naming it, else the first descriptive sentence. A
 * title, addressee or greeting line ("notes pour le consultant - Maison Fournier", "Prepared by…") is not one.
 */
export function findDescription(doc: BriefDocument, nameSentence: string | null): string | null {
  if (nameSentence !== null && !isMetaLine(nameSentence) && !isTitleLine(nameSentence))
    return clip(nameSentence, 300);
  const first = doc.sentences.find(isDescriptive);
  return first ? clip(first.text, 300) : null;
}
