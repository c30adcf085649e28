/// <reference lib="dom" />
// Budget, capacity, horizon and profile: each change previews a re-plan at once; "Save as a new version" writes it.
import type { Roadmap } from '../../arbiter/roadmap.js';
import type { UiLabels } from '../labels/ui-labels.js';
import { formatMoney } from '../view/format.js';
import { postJson, showError } from './api.js';
import type { PageData } from './page-data.js';
import { renderRoadmap } from './roadmap-render.js';

/** Sliders fire on every pixel: wait this long after the last move before asking the server. */
const DEBOUNCE_MS = 120;

export function initReplanControls(data: PageData, t: UiLabels, onSaved: () => void): void {
  const form = document.getElementById('replan-form') as HTMLFormElement | null;
  const target = document.getElementById('roadmap');
  if (!form || !target || !data.run) return;
  const runId = data.run;
  const save = document.getElementById('save-version') as HTMLButtonElement;
  const reset = document.getElementById('reset-controls') as HTMLButtonElement;
  const note = document.getElementById('preview-note') as HTMLElement;
  const budgetOut = document.getElementById('c-budget-out') as HTMLOutputElement;
  const initial = new FormData(form);
  let timer: number | undefined;
  /** Bumped by every request: only the newest answer is drawn. */
  let sequence = 0;
  /** The positions last asked for: a `change` after its own `input` asks nothing twice. */
  let asked = JSON.stringify(values(form));
  let saving = false;

  const send = async (apply: boolean) => {
    window.clearTimeout(timer);
    const body = values(form);
    asked = JSON.stringify(body);
    const mine = ++sequence;
    form.setAttribute('aria-busy', 'true');
    if (apply) {
      saving = true;
      save.disabled = true;
      reset.disabled = true;
    }
    // postJson always settles (answer, error, network failure or timeout), so the form is never left busy.
    const result = await postJson<{ roadmap: Roadmap }>(
      `/api/runs/${encodeURIComponent(runId)}/replan`,
      { ...body, apply },
      t,
    );
    if (apply) saving = false;
    // A slower answer to an older position must not overwrite a newer one.
    if (mine !== sequence) return;
    form.removeAttribute('aria-busy');
    if (!result.ok) {
      showError(form, result.error);
      asked = ''; // The same position may be asked again: a timeout or a lost server is not an answer.
      // The preview still on screen can be saved again (or reset) once the failure is read.
      save.disabled = target.dataset.preview !== 'preview';
      reset.disabled = false;
      return;
    }
    showError(form, null);
    renderRoadmap(target, result.data.roadmap, t, data.fallbackStart ?? null, data.steering === true);
    target.dataset.preview = apply ? 'saved' : 'preview';
    note.hidden = apply;
    save.disabled = apply;
    reset.disabled = apply;
    if (apply) onSaved();
  };

  const changed = () => {
    const budget = form.elements.namedItem('budget') as HTMLInputElement;
    if (data.currency) budgetOut.value = formatMoney(Number(budget.value), data.currency, t.lang);
    window.clearTimeout(timer);
    // A save in flight is what the page is waiting for: a preview started now would hide its answer.
    if (saving || JSON.stringify(values(form)) === asked) return;
    timer = window.setTimeout(() => void send(false), DEBOUNCE_MS);
  };
  // `input` while a slider moves or a number is typed; `change` for whatever commits a value without one.
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', (event) => event.preventDefault());
  save.addEventListener('click', () => void send(true));
  reset.addEventListener('click', () => {
    for (const [name, value] of initial) {
      const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (field) field.value = String(value);
    }
    changed();
  });
}

/** The controls as the replan API reads them; a disabled budget (the brief has none) is not sent. */
function values(form: HTMLFormElement) {
  const fields = new FormData(form);
  const budgetInput = form.elements.namedItem('budget') as HTMLInputElement;
  return {
    budget: budgetInput.disabled ? undefined : fields.get('budget'),
    capacityDays: fields.get('capacityDays') || undefined,
    horizonMonths: fields.get('horizonMonths') || undefined,
    profile: fields.get('profile') || undefined,
  };
}
