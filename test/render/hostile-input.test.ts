// Hostile text from a brief or a model shows as text in report.html and roadmap.md, and can never run or link.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../agents/brief.js';
import type { AgentOutputs } from '../../agents/outputs.js';
import type { Roadmap } from '../../src/arbiter/roadmap.js';
import {
  createReportHtmlRenderer,
  renderAnalysesMarkdown,
  renderFullPlanMarkdown,
  renderRoadmapMarkdown,
} from '../../src/render/index.js';
import { buildAnalyses } from './analyses-builder.js';
import { parseGantt } from './gantt-parse.js';
import { HOSTILE_PAYLOADS, poison } from './hostile.js';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, angleBrackets, tagsOf } from './html-inspect.js';
import { buildRoadmap } from './roadmap-builder.js';

const renderHtml = createReportHtmlRenderer();
/** Each profile draws other sections (memo, checklist) from the same data: every one must stay inert. */
const PROFILES = ['executive', 'cmo', 'smb'] as const;
const cleanFor = (profile: Profile) => ({
  roadmap: buildRoadmap('en', profile),
  analyses: buildAnalyses('en'),
});
const clean = cleanFor('smb');
const cleanMarkdown = renderRoadmapMarkdown(clean.roadmap, clean.analyses);
const cleanFullPlan = renderFullPlanMarkdown(clean.roadmap, clean.analyses);

function poisoned(payload: string, profile: Profile = 'smb'): { roadmap: Roadmap; analyses: AgentOutputs } {
  const base = cleanFor(profile);
  return { roadmap: poison(base.roadmap, payload), analyses: poison(base.analyses, payload) };
}

/** Everything a browser would execute or fetch is markup; markup only ever comes from the template. */
function expectInertHtml(html: string): void {
  const tags = tagsOf(html);
  expect(tags).toHaveLength(angleBrackets(html));
  expect(tags.filter((t) => !ALLOWED_TAGS.has(t.name)).map((t) => t.name)).toEqual([]);
  const attributes = tags.filter((t) => t.name !== '!doctype').flatMap((t) => t.attributes);
  expect(attributes.filter((a) => !ALLOWED_ATTRIBUTES.has(a.name.toLowerCase()))).toEqual([]);
  expect(attributes.filter((a) => a.name === 'href' && !a.value.startsWith('#'))).toEqual([]);
  expect(tags.filter((t) => t.name === 'style' && !t.closing)).toHaveLength(1);
  expect(html.match(/<\/style>/g)).toHaveLength(1);
  expect(html.match(/<\/title>/g)?.length).toBe(tags.filter((t) => t.name === 'title' && !t.closing).length);
}

const unescaped = (pattern: string) => new RegExp(`(^|[^\\\\])${pattern}`, 'm');

/** Markdown keeps its structure: same headings and table rows as the clean render; no HTML, link or image. */
function expectInertMarkdown(markdown: string, reference: string): void {
  const lines = markdown.split('\n');
  const headings = (text: string) => text.split('\n').filter((l) => /^#{1,6} /.test(l)).length;
  expect(headings(markdown)).toBe(headings(reference));
  expect(lines.filter((l) => l.startsWith('|')).length).toBe(
    reference.split('\n').filter((l) => l.startsWith('|')).length,
  );
  expect(markdown).not.toMatch(unescaped('<'));
  expect(markdown).not.toMatch(unescaped('\\]\\('));
  expect(markdown).not.toMatch(unescaped('!\\['));
  // The gantt block is code, and its own ` :` separator follows a title ending in any word: checked by parseGantt.
  const prose = markdown.replace(/```mermaid\n[\s\S]*?\n```/, '');
  expect(prose).not.toMatch(/(javascript|vbscript|data)\s*:/i);
  if (prose !== markdown) {
    for (const task of parseGantt(markdown).sections.flatMap((x) => x.tasks))
      expect(task.title).not.toMatch(/[:<>#%;"`]/);
  }
  expect(markdown).not.toMatch(/^```(?!mermaid$)./m);
  // Every table row has as many unescaped pipes as its header: no cell split a row.
  let columns = -1;
  for (const line of lines) {
    if (!line.startsWith('|')) {
      columns = -1;
      continue;
    }
    const pipes = (line.match(/(?<!\\)\|/g) ?? []).length;
    if (columns === -1) columns = pipes;
    expect(pipes).toBe(columns);
  }
}

describe.each(PROFILES)('for the %s profile', (profile) => {
  const reference = renderRoadmapMarkdown(cleanFor(profile).roadmap, clean.analyses);

  it.each(HOSTILE_PAYLOADS)('hostile text %j stays text in report.html and roadmap.md', (payload) => {
    const { roadmap, analyses } = poisoned(payload, profile);
    expectInertHtml(renderHtml(roadmap, analyses));
    expectInertMarkdown(renderRoadmapMarkdown(roadmap, analyses), reference);
  });
});

describe.each(HOSTILE_PAYLOADS)('hostile text %j', (payload) => {
  const { roadmap, analyses } = poisoned(payload);

  it('shows as text in report.html and cannot run', () => {
    const html = renderHtml(roadmap, analyses);
    expectInertHtml(html);
    expect(html).toContain('Brûlerie Nord');
    if (payload.startsWith('<script>')) expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    if (payload.startsWith('{{'))
      expect(html).toContain('{{&gt; brief}} {{{constructor.constructor &quot;alert(1)&quot;}}}');
    if (payload.startsWith('$')) {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text a hostile brief contains.
      expect(html).toContain('${process.env.OPENAI_API_KEY}');
    }
  });

  it('stays one bar per action in the SVG timeline, with the text escaped', () => {
    const html = renderHtml(roadmap, analyses);
    const barTags = tagsOf(html).filter(
      (t) => t.name === 'rect' && !t.closing && t.attributes.some((a) => a.value.startsWith('bar ')),
    );
    expect(barTags).toHaveLength(roadmap.horizons.reduce((n, h) => n + h.actions.length, 0));
  });

  it('cannot break roadmap.md or draft.md', () => {
    expectInertMarkdown(renderRoadmapMarkdown(roadmap, analyses), cleanMarkdown);
    expectInertMarkdown(renderFullPlanMarkdown(roadmap, analyses), cleanFullPlan);
    expectInertMarkdown(renderAnalysesMarkdown(analyses, 'en'), renderAnalysesMarkdown(clean.analyses, 'en'));
  });

  it('cannot break the Mermaid gantt block', () => {
    const gantt = parseGantt(renderFullPlanMarkdown(roadmap, analyses));
    expect(gantt.sections).toHaveLength(3);
    const ids = gantt.sections.flatMap((s) => s.tasks.map((t) => t.id));
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('any text at all', () => {
  const fragments = [
    '<',
    '>',
    '"',
    "'",
    '`',
    '|',
    '\n',
    '&',
    '#',
    '[',
    ']',
    '(',
    ')',
    '!',
    '{{',
    '}}',
    ':',
    '-',
    '*',
    '_',
    'javascript:',
    'script',
    'a',
    ' ',
  ];
  const hostileText = fc.oneof(
    fc.string({ unit: fc.constantFrom(...fragments), maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
  );

  it('never yields markup in the report nor structure in the Markdown', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const { roadmap, analyses } = poisoned(text);
        expectInertHtml(renderHtml(roadmap, analyses));
        expectInertMarkdown(renderRoadmapMarkdown(roadmap, analyses), cleanMarkdown);
      }),
      { numRuns: 150 },
    );
  });
});
