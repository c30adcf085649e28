// company_named: the roadmap is titled by the company's own name, or, when the brief names none, by what it is: never a placeholder.

import { defineHonestyCheck } from './define-check.js';
import { type DraftView, roadmapActions } from './draft-view.js';
import { verdict } from './honesty-check.js';
import { containsWords } from './normalise-text.js';
import { FILLER_WORDS, mentionsAny, words } from './word-match.js';

const PLACEHOLDERS = [
  'votre entreprise',
  'entreprise sans nom',
  'societe sans nom',
  'your company',
  'your business',
  'unnamed',
  'sans nom',
  'company without a name',
  'business without a name',
  'nameless',
];

// Only nouns that can stand for nothing but the company: "your shop" or "votre atelier" may be the place itself.
const NOUNS = 'business company firm software brand'.split(' ');
const NOMS = 'activite entreprise societe marque logiciel'.split(' ');
/** "your firm", "votre activité": a generic noun standing for a company the brief names. */
const GENERIC_POSSESSIVES = [
  ...NOUNS.map((n) => `your ${n}`),
  ...NOMS.flatMap((n) => [`votre ${n}`, `vos ${n}`]),
];

/** The name as people shorten it: "SunRidge Solar" → "SunRidge", "Rosie Blake Photography" → "Rosie Blake". */
function nameForms(name: string): string[] {
  const all = words(name);
  const forms: string[] = [];
  for (let end = all.length; end >= 1; end -= 1) {
    const form = all.slice(0, end);
    if (form.some((w) => w.length >= 4 && !FILLER_WORDS.has(w))) forms.push(form.join(' '));
  }
  return forms;
}

/** The document's title: its first heading, else roadmap.json's company. */
function title(draft: DraftView): string {
  const heading = (draft.roadmapMd ?? '').split('\n').find((line) => /^#\s/u.test(line));
  if (heading) return heading;
  const company = (draft.roadmapJson as { company?: unknown } | null)?.company;
  return typeof company === 'string' ? company : '';
}

export const companyNamed = defineHonestyCheck({
  name: 'company_named',
  column: null,
  catches:
    'a roadmap not titled by the company the brief names, or a placeholder ("Votre entreprise", "Entreprise sans nom") for it',
  plantedFault: null,
  run: (draft) => {
    const problems: string[] = [];
    const name = draft.stated.company;
    const heading = title(draft);
    if (name !== null && !nameForms(name).some((form) => containsWords(heading, form)))
      problems.push(`the roadmap is titled "${heading.trim()}", not by ${name}`);
    const texts = [heading, ...roadmapActions(draft.roadmapJson).map((a) => a.title)];
    const generic = texts.find((t) => mentionsAny(t, PLACEHOLDERS));
    if (generic !== undefined)
      problems.push(`a placeholder stands for the company: "${generic.trim().slice(0, 90)}"`);
    // With a name in the brief, "your firm" / "votre activité" in a title is a placeholder too; without one it is the honest noun.
    const possessive = name === null ? undefined : texts.find((t) => mentionsAny(t, GENERIC_POSSESSIVES));
    if (possessive !== undefined)
      problems.push(`"${possessive.trim().slice(0, 90)}" says "your …" where the brief names ${name}`);
    return verdict(
      texts.length,
      problems,
      name === null ? 'titled by what the business is' : `titled ${name}`,
    );
  },
});
