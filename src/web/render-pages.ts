// Server-side page rendering: the Handlebars templates, compiled once per server, wrapped in the layout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { UiLabels } from './labels/ui-labels.js';
import {
  PAGE_FILES,
  PARTIAL_FILES,
  type PageName,
  TEMPLATE_OPTIONS,
  TEMPLATES_DIR,
} from './template-files.js';

export interface PageFrame {
  t: UiLabels;
  title: string;
  page: 'new' | 'runs' | 'run' | 'evals' | 'error';
  csrfToken: string;
  assetVersion: string;
  /** Data for the page's script, serialised into a non-executable JSON block. */
  pageData: Record<string, unknown>;
}

export interface PageRenderer {
  /** A whole page: `view` rendered by `name`'s template, inside the layout. */
  page(name: Exclude<PageName, 'layout'>, frame: PageFrame, view: object): string;
  /** The roadmap fragment alone (also what the browser redraws). */
  fragment(name: 'roadmap', view: object): string;
}

/** JSON that is safe inside <script type="application/json">: no `<` can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function createPageRenderer(dir = TEMPLATES_DIR): PageRenderer {
  const handlebars = Handlebars.create();
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  for (const [name, file] of Object.entries(PARTIAL_FILES)) {
    handlebars.registerPartial(name, handlebars.compile(read(file), TEMPLATE_OPTIONS));
  }
  const templates = Object.fromEntries(
    Object.entries(PAGE_FILES).map(([name, file]) => [
      name,
      handlebars.compile(read(file), TEMPLATE_OPTIONS),
    ]),
  ) as Record<PageName, HandlebarsTemplateDelegate>;
  return {
    page(name, frame, view) {
      const body = templates[name]({ ...view, t: frame.t });
      return templates.layout({
        t: frame.t,
        title: frame.title,
        page: frame.page,
        csrfToken: frame.csrfToken,
        assetVersion: frame.assetVersion,
        navNew: frame.page === 'new',
        navRuns: frame.page === 'runs' || frame.page === 'run',
        navEvals: frame.page === 'evals',
        body,
        pageData: scriptJson(frame.pageData),
      });
    },
    fragment(name, view) {
      return templates[name](view);
    },
  };
}
