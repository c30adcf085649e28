// What a brief file already says, as init's starting answers: a structured brief as written, a text brief as
// the offline reader reads it with the fields it states laid over (each answer is then confirmed by the person).
import type { Language } from '../../agents/brief.js';
import { readBriefSource } from '../brief/index.js';
import { readBriefWithSources } from '../offline/reader/index.js';
import { applyFrontMatter } from '../pipeline/front-matter.js';
import type { InitBrief } from './init-brief.js';

export async function briefFromFile(path: string, lang: Language | undefined): Promise<InitBrief> {
  const source = await readBriefSource(path, { lang });
  if (source.structured) return source.structured;
  const reading = readBriefWithSources(source.body, { language: source.language });
  const brief = applyFrontMatter(reading.brief, source.frontMatter);
  const stated = (source.frontMatter as { company?: { name?: string } } | null)?.company?.name;
  // A name the reader made up ("Unnamed business") or built from a description is not an answer to confirm.
  const madeUp = stated === undefined && reading.notes.has('company.name');
  return { ...brief, company: { ...brief.company, name: madeUp ? null : brief.company.name } };
}
