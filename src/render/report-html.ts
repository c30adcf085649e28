// Renders report.html: the roadmap and analyses as one self-contained, printable page with an SVG timeline.
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { AgentOutputs } from '../../agents/outputs.js';
import type { Roadmap } from '../arbiter/roadmap.js';
import { projectPath } from '../paths.js';
import { reportDocument } from './build-document.js';
import { type ReportView, reportView } from './html-view.js';

const TEMPLATE_PATH = projectPath('src', 'render', 'report.html.hbs');

export type ReportHtmlRenderer = (roadmap: Roadmap, analyses: Partial<AgentOutputs>) => string;

/**
 * Compiles the report template once and returns a renderer to call as often as needed (a replan loop, a test suite).
 * The Handlebars instance is isolated and keeps HTML escaping on: brief and model text only ever arrive as data,
 * are never compiled, and `strict` + `knownHelpersOnly` make a typo in the template fail instead of printing nothing.
 */
export function createReportHtmlRenderer(
  templateSource: string = readFileSync(TEMPLATE_PATH, 'utf8'),
): ReportHtmlRenderer {
  const handlebars = Handlebars.create();
  const template = handlebars.compile<ReportView>(templateSource, {
    strict: true,
    knownHelpersOnly: true,
    preventIndent: true,
  });
  return (roadmap, analyses) => template(reportView(reportDocument(roadmap, analyses)));
}

/** One-off rendering: compiles the template on each call (a few milliseconds), keeping no state between calls. */
export function renderReportHtml(roadmap: Roadmap, analyses: Partial<AgentOutputs>): string {
  return createReportHtmlRenderer()(roadmap, analyses);
}
