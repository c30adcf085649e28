// Starting drafts and reruns in the background: a fresh run folder, progress into the active-runs log, a final event.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AgentId } from '../../agents/outputs.js';
import type { BriefSource } from '../brief/index.js';
import type { RunOutcome } from '../pipeline/draft.js';
import { type ActiveRuns, progressToEvent } from './active-runs.js';
import { HttpError } from './http-error.js';
import type { Scrub } from './scrub-secrets.js';
import type { Drafter, DraftJob } from './server-options.js';

export interface RunJobs {
  startDraft(source: BriefSource, provider: string, start: string | null): Promise<string>;
  startRerun(id: string, dir: string, agent: AgentId, cascade: boolean, provider: string): void;
}

/** A sortable stamp like the CLI's run folders (`name-20270105-143000`). */
function timestamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

export function createRunJobs(
  runsDir: string,
  drafter: Drafter,
  active: ActiveRuns,
  scrub: Scrub,
  log: (line: string) => void,
): RunJobs {
  const run = (id: string, controller: AbortController, work: (job: DraftJob) => Promise<RunOutcome>) => {
    const job: DraftJob = {
      provider: '',
      start: null,
      signal: controller.signal,
      onProgress: (event) => active.emit(id, progressToEvent(event, scrub)),
    };
    void work(job).then(
      (outcome) => {
        const status = outcome.manifest.status === 'completed' ? 'complete' : 'failed';
        const message = outcome.manifest.error ? scrub(outcome.manifest.error.message) : null;
        log(`run ${id}: ${status}${message ? ` — ${message}` : ''}`);
        active.emit(id, { type: 'run-end', status, message });
      },
      (error: unknown) => {
        const message = scrub(error instanceof Error ? error.message : String(error));
        log(`run ${id}: failed — ${message}`);
        active.emit(id, { type: 'run-end', status: 'failed', message });
      },
    );
  };

  return {
    async startDraft(source, provider, start) {
      await mkdir(runsDir, { recursive: true });
      const base = `${source.name}-${timestamp()}`;
      // Claimed with an exclusive mkdir: two drafts in the same second never share a folder.
      for (let n = 1; n < 100; n += 1) {
        const id = n === 1 ? base : `${base}-${n}`;
        try {
          await mkdir(join(runsDir, id));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
          throw error;
        }
        const controller = active.start(id);
        if (!controller) continue;
        log(`run ${id}: drafting with ${provider}`);
        run(id, controller, (job) => drafter.draft(source, join(runsDir, id), { ...job, provider, start }));
        return id;
      }
      throw new HttpError(500, 'run_dir', `Could not claim a run folder for ${base} in ${runsDir}.`);
    },
    startRerun(id, dir, agent, cascade, provider) {
      const controller = active.start(id);
      if (!controller)
        throw new HttpError(
          409,
          'run_busy',
          `Run \`${id}\` is already being drafted: wait for it to finish.`,
        );
      log(`run ${id}: rerunning ${agent}${cascade ? ' and its dependants' : ''}`);
      run(id, controller, (job) => drafter.rerun(dir, agent, cascade, { ...job, provider }));
    },
  };
}
