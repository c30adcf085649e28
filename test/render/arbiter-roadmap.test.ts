// The renderers on the arbiter's real output: what `boussole draft` will write, including from hostile answers.
import { describe, expect, it } from 'vitest';
import { arbitrate } from '../../src/arbiter/index.js';
import { createReportHtmlRenderer, renderFullPlanMarkdown } from '../../src/render/index.js';
import { buildAnalyses } from './analyses-builder.js';
import { parseGantt } from './gantt-parse.js';
import { HOSTILE_PAYLOADS, poison } from './hostile.js';
import { ALLOWED_TAGS, angleBrackets, tagsOf } from './html-inspect.js';

const renderHtml = createReportHtmlRenderer();

describe.each(['fr', 'en'] as const)('a roadmap from the arbiter (%s)', (language) => {
  const analyses = buildAnalyses(language);
  const roadmap = arbitrate({ ...analyses, draftKind: 'offline' });
  const markdown = renderFullPlanMarkdown(roadmap, analyses);
  const html = renderHtml(roadmap, analyses);

  it('renders every scheduled action once in the gantt and once in the timeline', () => {
    const scheduled = roadmap.horizons.flatMap((h) => h.actions.map((a) => a.id));
    expect(scheduled.length).toBeGreaterThan(0);
    const gantt = parseGantt(markdown);
    expect(gantt.sections).toHaveLength(roadmap.horizons.filter((h) => h.actions.length > 0).length);
    expect(gantt.sections.flatMap((s) => s.tasks)).toHaveLength(scheduled.length);
    const bars = tagsOf(html).filter(
      (t) => t.name === 'rect' && !t.closing && t.attributes.some((a) => a.value.startsWith('bar ')),
    );
    expect(bars.map((b) => b.attributes.find((a) => a.name === 'data-action')?.value)).toEqual(scheduled);
  });

  it('labels the offline draft and prints every not-now action with its reason', () => {
    expect(markdown).toContain(language === 'fr' ? '> **Brouillon hors ligne' : '> **Offline draft');
    for (const action of [...roadmap.deferred, ...roadmap.excluded])
      expect(markdown).toContain(`| ${action.id} · `);
    expect(markdown).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('hostile model answers through the arbiter', () => {
  it.each(HOSTILE_PAYLOADS)('%j ends as text in report.html', (payload) => {
    const analyses = poison(buildAnalyses('en'), payload);
    const html = renderHtml(arbitrate({ ...analyses, draftKind: 'llm' }), analyses);
    const tags = tagsOf(html);
    expect(tags).toHaveLength(angleBrackets(html));
    expect(tags.filter((t) => !ALLOWED_TAGS.has(t.name))).toEqual([]);
    expect(tags.flatMap((t) => t.attributes).filter((a) => /^on/i.test(a.name) || a.name === 'src')).toEqual(
      [],
    );
  });
});
