// The living roadmap from the page: decisions (pin, veto, lock, set, undo), reviews of actual results, versions
// and scenario comparison — each a thin call to src/living, which owns the rules.
import type { FastifyInstance } from 'fastify';
import type { HorizonId } from '../../arbiter/index.js';
import {
  ActualsError,
  applyDecision,
  type DecisionRequest,
  listDecisions,
  previewReplan,
  reviewRun,
} from '../../living/index.js';
import { HttpError } from '../http-error.js';
import { type Body, bodyObject, optionalChoice, optionalNumber, optionalString } from '../request-fields.js';
import { resolveRunDir } from '../run-ids.js';
import { readRoadmapFile } from '../run-state.js';
import type { ServerContext } from '../server-context.js';
import { readVersions } from '../versions.js';

type RunParams = { Params: { run: string } };

const KINDS = ['pin', 'veto', 'lock', 'set', 'undo'] as const;
const HORIZONS = ['now', 'next', 'later'] as const;
/** The longest list of actual rows one review takes (twelve months of fifty actions, and then some). */
const MAX_ACTUAL_ROWS = 2000;

export function parseDecision(body: Body): DecisionRequest {
  const kind = optionalChoice(body, 'kind', KINDS);
  if (!kind) throw new HttpError(400, 'usage', `Expected \`kind\` to be one of ${KINDS.join(', ')}.`, 'kind');
  const actionId = optionalString(body, 'actionId', 40)?.trim();
  if (!actionId)
    throw new HttpError(400, 'usage', 'Expected `actionId`, the id of an action (e.g. A3).', 'actionId');
  const why = optionalString(body, 'why', 500)?.trim() || null;
  switch (kind) {
    case 'undo':
      return { kind, actionId };
    case 'pin':
      return { kind, actionId, why };
    case 'veto':
      if (!why)
        throw new HttpError(
          400,
          'usage',
          'Say why this action is left out: the reason is kept with the decision.',
          'why',
        );
      return { kind, actionId, why };
    case 'lock': {
      const horizon = optionalChoice(body, 'horizon', HORIZONS) as HorizonId | undefined;
      if (!horizon)
        throw new HttpError(
          400,
          'usage',
          `Expected \`horizon\` to be one of ${HORIZONS.join(', ')}.`,
          'horizon',
        );
      return { kind, actionId, horizon, why };
    }
    case 'set': {
      const fields = typeof body.set === 'object' && body.set !== null ? (body.set as Body) : {};
      const set = {
        cost: optionalNumber(fields, 'cost', 0),
        effortDays: optionalNumber(fields, 'effortDays', 0),
        target: optionalNumber(fields, 'target', 0),
      };
      const given = Object.fromEntries(Object.entries(set).filter(([, value]) => value !== undefined));
      if (Object.keys(given).length === 0) {
        throw new HttpError(
          400,
          'usage',
          'Expected `set` with at least one of cost, effortDays, target.',
          'estimate',
        );
      }
      return { kind, actionId, set: given, why };
    }
  }
}

export function registerSteeringRoutes(app: FastifyInstance, context: ServerContext): void {
  const dirOf = async (id: string, writing: boolean) => {
    const dir = await resolveRunDir(context.runsDir, id);
    if (writing && context.active.isRunning(id)) {
      throw new HttpError(409, 'run_busy', `Run \`${id}\` is being drafted: wait for it to finish.`);
    }
    return dir;
  };

  app.get<RunParams>('/api/runs/:run/decisions', async (request) => {
    const { decisions } = await listDecisions(await dirOf(request.params.run, false));
    return { decisions };
  });

  app.post<RunParams>('/api/runs/:run/decisions', async (request) => {
    const dir = await dirOf(request.params.run, true);
    const decision = parseDecision(bodyObject(request.body));
    const result = await applyDecision(dir, decision, new Date().toISOString());
    return {
      roadmap: result.roadmap,
      decisions: result.decisions,
      version: result.version,
      changed: result.changed,
    };
  });

  app.post<RunParams>('/api/runs/:run/review', async (request) => {
    const dir = await dirOf(request.params.run, true);
    const body = bodyObject(request.body);
    const rows = body.actuals;
    if (!Array.isArray(rows) || rows.length === 0 || rows.length > MAX_ACTUAL_ROWS) {
      throw new HttpError(
        400,
        'actuals_invalid',
        `Expected \`actuals\`: a list of 1 to ${MAX_ACTUAL_ROWS} rows {month, action, value, spend, note}.`,
        'actuals',
      );
    }
    try {
      const result = await reviewRun(dir, JSON.stringify(rows), 'json', {
        currentMonth: new Date().toISOString().slice(0, 7),
      });
      return {
        roadmap: result.roadmap,
        accepted: result.accepted,
        version: result.version,
        changed: result.changed,
      };
    } catch (error) {
      if (error instanceof ActualsError) {
        throw new HttpError(400, error.code, error.message, 'actuals');
      }
      throw error;
    }
  });

  app.get<RunParams>('/api/runs/:run/versions', async (request) => {
    const dir = await dirOf(request.params.run, false);
    const roadmap = await readRoadmapFile(dir);
    return { versions: roadmap ? await readVersions(dir, roadmap) : [] };
  });

  app.post<RunParams>('/api/runs/:run/compare', async (request) => {
    const dir = await dirOf(request.params.run, false);
    const scenarios = optionalString(bodyObject(request.body), 'scenarios', 500)?.trim();
    if (!scenarios) {
      throw new HttpError(
        400,
        'usage',
        'Expected `scenarios`, e.g. "budget=-20%,budget=+20%,capacity=+50%".',
        'compare',
      );
    }
    const preview = await previewReplan(dir, scenarios);
    return {
      current: preview.current,
      scenarios: preview.scenarios,
      unlock: preview.unlock,
      markdown: preview.markdown,
    };
  });
}
