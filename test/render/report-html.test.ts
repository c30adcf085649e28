// report.html: one self-contained, printable page with the roadmap's sections and an SVG timeline.
import { describe, expect, it } from 'vitest';
import { createReportHtmlRenderer, renderReportHtml } from '../../src/render/index.js';
import { buildAnalyses } from './analyses-builder.js';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, tagsOf } from './html-inspect.js';
import { buildRoadmap } from './roadmap-builder.js';

const bars = (html: string) =>
  tagsOf(html).filter((t) => t.name === 'rect' && !t.closing && /\bbar\b/.test(attr(t, 'class') ?? ''));
const attr = (tag: ReturnType<typeof tagsOf>[number], name: string) =>
  tag.attributes.find((a) => a.name === name)?.value;
const numberAttr = (tag: ReturnType<typeof tagsOf>[number], name: string) => Number(attr(tag, name));

describe.each(['fr', 'en'] as const)('renderReportHtml (%s)', (language) => {
  const roadmap = buildRoadmap(language);
  const html = renderReportHtml(roadmap, buildAnalyses(language));

  it('is a complete page in the brief’s language with every section', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`<html lang="${language}">`);
    const ids = tagsOf(html)
      .filter((t) => t.name === 'section' && !t.closing)
      .map((t) => attr(t, 'id'));
    for (const id of [
      'summary',
      'schedule',
      'horizon-now',
      'horizon-next',
      'horizon-later',
      'not-now',
      'left-out',
    ]) {
      expect(ids).toContain(id);
    }
    for (const id of [
      'goals',
      'kpis',
      'assumptions',
      'warnings',
      'analyses',
      'swot',
      'personas',
      'positioning',
      'journeys',
    ]) {
      expect(ids).toContain(id);
    }
    const headings =
      language === 'fr'
        ? [
            '<h2>Synthèse</h2>',
            '<h2>Pas maintenant</h2>',
            '<h2>Délibérément écartées</h2>',
            '<h3>Parcours clients</h3>',
          ]
        : [
            '<h2>Summary</h2>',
            '<h2>Not now</h2>',
            '<h2>Deliberately left out</h2>',
            '<h3>Customer journeys</h3>',
          ];
    for (const heading of headings) expect(html).toContain(heading);
    expect(html).toContain(
      language === 'fr' ? '9 000 € sur 18 000 € disponibles (50 %)' : '€9,000 of €18,000 available (50%)',
    );
  });

  it('needs no network: inline CSS, no script, no external resource, a CSP that forbids them', () => {
    const tags = tagsOf(html);
    expect(tags.filter((t) => t.name === 'script' || t.name === 'link' || t.name === 'img')).toEqual([]);
    expect(tags.flatMap((t) => t.attributes).filter((a) => a.name === 'src')).toEqual([]);
    for (const a of tags.flatMap((t) => t.attributes).filter((x) => x.name === 'href'))
      expect(a.value).toMatch(/^#/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(tags.every((t) => ALLOWED_TAGS.has(t.name))).toBe(true);
    const attributes = tags.filter((t) => t.name !== '!doctype').flatMap((t) => t.attributes);
    expect(attributes.filter((a) => !ALLOWED_ATTRIBUTES.has(a.name.toLowerCase()))).toEqual([]);
  });

  it('is well formed: every element closed, in order', () => {
    const open: string[] = [];
    for (const tag of tagsOf(html)) {
      if (tag.name === '!doctype' || tag.name === 'meta') continue;
      if (!tag.closing) open.push(tag.name);
      else expect(open.pop()).toBe(tag.name);
    }
    expect(open).toEqual([]);
  });

  it('is printable', () => {
    expect(html).toMatch(/@media print \{[^}]*@page/);
  });

  it('draws one timeline bar per scheduled action, inside its horizon’s band', () => {
    const scheduled = roadmap.horizons.flatMap((h) => h.actions.map((a) => ({ id: a.id, horizon: h.id })));
    const drawn = bars(html);
    expect(drawn.map((b) => attr(b, 'data-action'))).toEqual(scheduled.map((s) => s.id));
    const bands = tagsOf(html).filter(
      (t) => t.name === 'rect' && !t.closing && /\bband\b/.test(attr(t, 'class') ?? ''),
    );
    expect(bands).toHaveLength(roadmap.horizons.length);
    drawn.forEach((bar, i) => {
      const band = bands[roadmap.horizons.findIndex((h) => h.id === scheduled[i]!.horizon)]!;
      expect(numberAttr(bar, 'x')).toBeGreaterThanOrEqual(numberAttr(band, 'x'));
      expect(numberAttr(bar, 'x') + numberAttr(bar, 'width')).toBeLessThanOrEqual(
        numberAttr(band, 'x') + numberAttr(band, 'width'),
      );
    });
  });

  it('is deterministic, and a reused renderer gives the same bytes as a one-off call', () => {
    const render = createReportHtmlRenderer();
    expect(render(structuredClone(roadmap), buildAnalyses(language))).toBe(html);
    expect(render(roadmap, buildAnalyses(language))).toBe(html);
  });
});

describe('report labels and edge cases', () => {
  it('shows the offline label as a banner', () => {
    const html = renderReportHtml({ ...buildRoadmap('en'), draftKind: 'offline' }, {});
    expect(html).toMatch(/<p class="banner">Offline draft: /);
  });

  it('draws no bar for an empty roadmap and still renders every section', () => {
    const roadmap = buildRoadmap('fr');
    roadmap.horizons = roadmap.horizons.map((h) => ({ ...h, actions: [], budgetUsed: 0, capacityUsed: 0 }));
    const html = renderReportHtml(roadmap, {});
    expect(bars(html)).toEqual([]);
    expect(html).toContain('Aucune action dans cet horizon.');
    expect(html).toContain('Pas encore produit.');
  });

  it('keeps a huge plan drawable: bounded ticks and bars, no NaN', () => {
    const roadmap = buildRoadmap('en');
    roadmap.constraints.horizonMonths = 1e9;
    roadmap.horizons[2] = { ...roadmap.horizons[2]!, endMonth: 1e9 };
    const html = renderReportHtml(roadmap, {});
    expect(tagsOf(html).filter((t) => t.name === 'line' && !t.closing).length).toBeLessThanOrEqual(30);
    expect(bars(html)).toHaveLength(4);
    expect(html).not.toMatch(/NaN|Infinity/);
  });
});
