// The pages: new draft, runs, one run, evals; rendered from the same run files the API reads.
import { readFile } from 'node:fs/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AGENTS, isAgentId } from '../../../agents/index.js';
import type { EvalReport } from '../../../evals/runner/report.js';
import { type UiLanguage, uiLabels } from '../../web/labels/ui-labels.js';
import type { PageFrame } from '../../web/render-pages.js';
import { evalsView } from '../../web/view/evals-view.js';
import { addMonths, formatDate, monthOfIso, shortMonth } from '../../web/view/format.js';
import { providerChoiceLabel, providerName } from '../../web/view/provider-label.js';
import { roadmapView } from '../../web/view/roadmap-view.js';
import {
  actionChoices,
  agentChoices,
  agentsView,
  controlsView,
  filesView,
} from '../../web/view/run-page-view.js';
import { HttpError } from '../http-error.js';
import { pickLanguage } from '../page-language.js';
import { resolveRunDir } from '../run-ids.js';
import { listRuns, readRoadmapFile, readRun } from '../run-state.js';
import type { ServerContext } from '../server-context.js';
import { readVersions } from '../versions.js';

type Query = { Querystring: { lang?: string; mode?: string } };

export function registerPageRoutes(app: FastifyInstance, context: ServerContext): void {
  const frame = (
    lang: UiLanguage,
    title: string,
    page: PageFrame['page'],
    pageData: Record<string, unknown>,
  ): PageFrame => ({
    t: uiLabels(lang),
    title,
    page,
    csrfToken: context.csrfToken,
    assetVersion: context.assets.version,
    pageData: { page, lang, ...pageData },
  });
  const html = (reply: FastifyReply, body: string) => reply.type('text/html; charset=utf-8').send(body);
  const language = (request: FastifyRequest, brief: UiLanguage | null = null) =>
    pickLanguage(request.query, brief, request.headers['accept-language']);

  app.get<Query>('/', async (request, reply) => {
    const lang = language(request);
    const t = uiLabels(lang);
    const models = context.drafter.models ?? [];
    const providers = context.drafter.providers.map((id) => ({
      id,
      label: providerChoiceLabel(id, models, t),
    }));
    const thisMonth = new Date().toISOString().slice(0, 7);
    const view = {
      guided: request.query.mode === 'guided',
      offlineOnly: context.drafter.providers.every((id) => id === 'offline'),
      providers,
      defaultStart: thisMonth,
      defaultCurrency: lang === 'fr' ? 'EUR' : 'USD',
      goalRows: [1, 2, 3],
      monthChoices: Array.from({ length: 12 }, (_, index) => ({
        value: index + 1,
        label: shortMonth(addMonths('2001-01', index), lang).replace(/ \d+$/, ''),
      })),
    };
    return html(reply, context.pages.page('newDraft', frame(lang, t.newTitle, 'new', {}), view));
  });

  app.get<Query>('/runs', async (request, reply) => {
    const lang = language(request);
    const t = uiLabels(lang);
    const runs = (await listRuns(context.runsDir, (id) => context.active.isRunning(id))).map((run) => ({
      ...run,
      provider: providerName(run.provider, t),
      date: formatDate(run.startedAt, lang),
      statusLabel: t.status[run.status],
    }));
    return html(reply, context.pages.page('runs', frame(lang, t.runsTitle, 'runs', {}), { runs }));
  });

  app.get<{ Params: { run: string }; Querystring: { lang?: string } }>(
    '/runs/:run',
    async (request, reply) => {
      const id = request.params.run;
      const dir = await resolveRunDir(context.runsDir, id);
      const running = context.active.isRunning(id);
      const run = await readRun(id, dir, running);
      const roadmap = await readRoadmapFile(dir);
      const lang = language(request, run?.language ?? null);
      const t = uiLabels(lang);
      if (!run && !running) throw new HttpError(404, 'run_not_found', t.notFound);
      const status = run?.status ?? 'running';
      const fallbackStart = run ? monthOfIso(run.startedAt) : null;
      // While a job runs here the page shows its progress only, and reloads when it ends: a roadmap written a
      // moment before the job's end (or the one a rerun replaces) would be steered, then wiped by that reload.
      const shown = running ? null : roadmap;
      const steering = shown !== null;
      const view = shown ? roadmapView(shown, t, { fallbackStart, steering }) : null;
      const firstMonth = roadmap?.start ?? fallbackStart ?? '';
      const page = {
        run: run ?? { id, company: id, provider: '', version: 0, status },
        statusLabel: t.status[status],
        providerLabel: providerName(run?.provider ?? '', t),
        showProgress: status !== 'complete' || shown === null,
        agents: run ? agentsView(run, t) : agentsView({ ...emptyRun(id), status }, t),
        failure: status === 'failed' ? { message: run?.error?.message ?? '', dir } : null,
        roadmapHtml: view ? context.pages.fragment('roadmap', view) : '',
        controls: shown ? controlsView(shown, t, firstMonth) : null,
        steering,
        actionChoices: shown ? actionChoices(shown) : [],
        agentChoices: agentChoices(t),
        files: filesView(run?.files ?? [], t),
        versions: shown ? await readVersions(dir, shown, t.changeKinds) : [],
      };
      const pageData = {
        run: id,
        status,
        fallbackStart,
        steering,
        constraints: roadmap?.constraints ?? null,
        currency: roadmap?.currency ?? null,
      };
      return html(reply, context.pages.page('run', frame(lang, run?.company ?? id, 'run', pageData), page));
    },
  );

  app.get<Query>('/evals', async (request, reply) => {
    const lang = language(request);
    const t = uiLabels(lang);
    const report = await readEvalReport(context.evalReport);
    const view = report
      ? evalsView(report, context.evalReport ?? '', (agent) =>
          isAgentId(agent)
            ? [`prompts/${AGENTS[agent].prompts.system}.hbs`, `prompts/${AGENTS[agent].prompts.user}.hbs`]
            : [],
        )
      : null;
    return html(
      reply,
      context.pages.page('evals', frame(lang, t.evalsTitle, 'evals', {}), {
        report: view,
        message: t.evalsEmpty,
      }),
    );
  });
}

async function readEvalReport(path: string | null): Promise<EvalReport | null> {
  if (!path) return null;
  try {
    const report = JSON.parse(await readFile(path, 'utf8')) as EvalReport;
    return Array.isArray(report.suites) ? report : null;
  } catch {
    return null;
  }
}

function emptyRun(id: string) {
  return { id, company: id, provider: '', version: 0, error: null, agents: {}, files: [] };
}
