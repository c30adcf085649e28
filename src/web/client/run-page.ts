/// <reference lib="dom" />
// The run page: progress while drafting, then re-plan controls, reruns and (when available) decisions and reviews.
import { uiLabels } from '../labels/ui-labels.js';
import { postJson, showError } from './api.js';
import type { PageData } from './page-data.js';
import { initReplanControls } from './replan-controls.js';
import { followProgress } from './run-progress.js';
import { initSteering } from './steering.js';

export function initRunPage(data: PageData): void {
  const t = uiLabels(data.lang);
  const runId = data.run;
  if (!runId) return;
  if (data.status === 'running') followProgress(runId, t);
  initReplanControls(data, t, () => window.location.reload());
  if (data.steering) initSteering(runId, t, data.currency ?? 'EUR');

  const rerun = document.getElementById('rerun-form') as HTMLFormElement | null;
  rerun?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const fields = new FormData(rerun);
    const result = await postJson(
      `/api/runs/${encodeURIComponent(runId)}/rerun`,
      { agent: fields.get('agent'), cascade: fields.get('cascade') === 'on' },
      t,
    );
    if (result.ok) window.location.reload();
    else showError(rerun, result.error, 'agent');
  });
}
