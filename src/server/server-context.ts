// What every route shares: the options, the run log, the jobs, the secret scrubber, the token, the assets and pages.
import type { PageRenderer } from '../web/render-pages.js';
import type { ActiveRuns } from './active-runs.js';
import type { ClientAssets } from './client-assets.js';
import type { RunJobs } from './run-jobs.js';
import type { Scrub } from './scrub-secrets.js';
import type { Drafter } from './server-options.js';

export interface ServerContext {
  runsDir: string;
  drafter: Drafter;
  active: ActiveRuns;
  jobs: RunJobs;
  scrub: Scrub;
  csrfToken: string;
  assets: ClientAssets;
  pages: PageRenderer;
  maxBriefChars: number;
  evalReport: string | null;
  log: (line: string) => void;
}
