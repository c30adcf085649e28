// The JSON API under /api: drafts, runs, roadmaps, re-plans and reruns (the pages use nothing else).
import type { FastifyInstance } from 'fastify';
import { AGENT_IDS, type AgentId } from '../../../agents/outputs.js';
import { parseDraftRequest } from '../draft-request.js';
import { HttpError } from '../http-error.js';
import { parseReplanRequest, replanFromPage } from '../replan-run.js';
import { bodyObject, optionalBoolean, optionalChoice } from '../request-fields.js';
import { resolveRunDir } from '../run-ids.js';
import { type ApiRun, listRuns, readManifestFile, readRoadmapFile, readRun } from '../run-state.js';
import type { ServerContext } from '../server-context.js';

type RunParams = { Params: { run: string } };

export function registerApiRoutes(app: FastifyInstance, context: ServerContext): void {
  const { active } = context;

  app.post('/api/drafts', async (request, reply) => {
    const { source, provider, start } = await parseDraftRequest(
      request.body,
      context.drafter.providers,
      context.maxBriefChars,
    );
    const run = await context.jobs.startDraft(source, provider, start);
    return reply.code(202).send({ run, url: `/runs/${run}` });
  });

  app.get('/api/runs', async () => ({ runs: await listRuns(context.runsDir, (id) => active.isRunning(id)) }));

  app.get<RunParams>('/api/runs/:run', async (request) => {
    const id = request.params.run;
    const dir = await resolveRunDir(context.runsDir, id);
    const run = await readRun(id, dir, active.isRunning(id));
    if (run) return run;
    if (active.isRunning(id)) return startingRun(id);
    throw new HttpError(
      404,
      'run_not_found',
      `\`${id}\` holds no run.json: it is not a Boussole run folder.`,
    );
  });

  app.get<RunParams>('/api/runs/:run/roadmap', async (request) => {
    const dir = await resolveRunDir(context.runsDir, request.params.run);
    const roadmap = await readRoadmapFile(dir);
    if (!roadmap) {
      throw new HttpError(
        404,
        'no_roadmap',
        `Run \`${request.params.run}\` has no roadmap yet: its draft has not finished.`,
      );
    }
    return { roadmap };
  });

  app.post<RunParams>('/api/runs/:run/replan', async (request) => {
    const id = request.params.run;
    const dir = await resolveRunDir(context.runsDir, id);
    const replan = parseReplanRequest(bodyObject(request.body));
    if (replan.apply && active.isRunning(id)) {
      throw new HttpError(409, 'run_busy', `Run \`${id}\` is being drafted: save once it has finished.`);
    }
    return replanFromPage(dir, replan);
  });

  app.post<RunParams>('/api/runs/:run/rerun', async (request, reply) => {
    const id = request.params.run;
    const dir = await resolveRunDir(context.runsDir, id);
    const body = bodyObject(request.body);
    const agent = optionalChoice(body, 'agent', AGENT_IDS) as AgentId | undefined;
    if (!agent)
      throw new HttpError(400, 'usage', `Expected \`agent\` to be one of ${AGENT_IDS.join(', ')}.`, 'agent');
    const cascade = optionalBoolean(body, 'cascade');
    const manifest = await readManifestFile(dir);
    if (!manifest)
      throw new HttpError(
        404,
        'run_not_found',
        `\`${id}\` holds no run.json: it is not a Boussole run folder.`,
      );
    const providers = context.drafter.providers;
    const provider = providers.includes(manifest.provider) ? manifest.provider : (providers[0] as string);
    context.jobs.startRerun(id, dir, agent, cascade, provider);
    return reply.code(202).send({ run: id, agent, cascade });
  });
}

/** A draft accepted a moment ago whose run.json is not written yet. */
function startingRun(id: string): ApiRun {
  const agents = Object.fromEntries(
    AGENT_IDS.map((agent) => [
      agent,
      { status: 'pending', model: null, durationMs: null, tokens: 0, error: null },
    ]),
  ) as ApiRun['agents'];
  return {
    id,
    company: id,
    language: 'en',
    status: 'running',
    provider: '',
    startedAt: new Date().toISOString(),
    version: 0,
    durationMs: null,
    error: null,
    agents,
    files: [],
  };
}
