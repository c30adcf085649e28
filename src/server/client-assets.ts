// The browser's script and stylesheet, bundled by esbuild in memory when the server starts: nothing from a CDN.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'esbuild';
import Handlebars from 'handlebars';
import { projectPath } from '../paths.js';
import { PAGE_FILES, TEMPLATE_OPTIONS, TEMPLATES_DIR } from '../web/template-files.js';
import { MAX_TIMELINE_MONTHS } from '../web/view/roadmap-view.js';

export interface ClientAssets {
  script: string;
  style: string;
  /** Changes when either file does: pages ask for `app.js?v=…` so a browser never mixes versions. */
  version: string;
}

const CLIENT_ENTRY = projectPath('src', 'web', 'client', 'main.ts');
const STYLE_FILE = projectPath('src', 'web', 'styles', 'app.css');
/** The module name client code imports the precompiled roadmap template from. */
const TEMPLATES_MODULE = 'boussole:templates';

/** Precompiled templates need no `eval` in the browser, so the CSP's `script-src 'self'` holds. */
function templatesPlugin(): Plugin {
  return {
    name: 'boussole-templates',
    setup(build) {
      build.onResolve({ filter: /^boussole:templates$/ }, () => ({
        path: TEMPLATES_MODULE,
        namespace: 'templates',
      }));
      build.onLoad({ filter: /.*/, namespace: 'templates' }, () => {
        const source = readFileSync(join(TEMPLATES_DIR, PAGE_FILES.roadmap), 'utf8');
        const spec = Handlebars.precompile(source, TEMPLATE_OPTIONS);
        return {
          contents: `import Handlebars from 'handlebars/runtime';\nconst runtime = Handlebars.create();\nexport const roadmapTemplate = runtime.template(${spec});\n`,
          resolveDir: projectPath(),
          loader: 'js',
        };
      });
    },
  };
}

/** Timeline placement as classes (the CSP forbids inline styles): a column count and a start and end per bar. */
function timelineRules(): string {
  const rules: string[] = [];
  for (let n = 1; n <= MAX_TIMELINE_MONTHS; n += 1) {
    rules.push(`.timeline.cols-${n}{--tl-cols:${n}}`);
    rules.push(`.tl-bar.s${n - 1}{grid-column-start:${n + 1}}`);
    rules.push(`.tl-bar.e${n}{grid-column-end:${n + 2}}`);
  }
  return rules.join('\n');
}

export async function buildClientAssets(): Promise<ClientAssets> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [CLIENT_ENTRY],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    minify: true,
    legalComments: 'none',
    plugins: [templatesPlugin()],
    logLevel: 'silent',
  });
  const script = result.outputFiles[0]?.text ?? '';
  const style = `${readFileSync(STYLE_FILE, 'utf8')}\n${timelineRules()}\n`;
  const version = createHash('sha256').update(script).update(style).digest('hex').slice(0, 12);
  return { script, style, version };
}
