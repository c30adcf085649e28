/// <reference lib="dom" />
// The New draft page: tabs, paste or drop a brief, or the guided form; errors appear next to their field.
import { uiLabels } from '../labels/ui-labels.js';
import { type ApiFailure, postJson, showError } from './api.js';
import { buildGuidedBrief } from './guided-brief.js';
import type { PageData } from './page-data.js';

/** Matches the server's intake limit closely enough to answer at once; the server still decides. */
const MAX_FILE_BYTES = 1024 * 1024;

export function initDraftPage(data: PageData): void {
  const t = uiLabels(data.lang);
  const paste = document.getElementById('paste-panel') as HTMLFormElement | null;
  const guided = document.getElementById('guided-panel') as HTMLFormElement | null;
  if (!paste || !guided) return;
  let fileName: string | null = null;

  for (const tab of document.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
    tab.addEventListener('click', () => {
      for (const other of document.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
        other.setAttribute('aria-selected', String(other === tab));
      }
      paste.hidden = tab.id !== 'tab-paste';
      guided.hidden = tab.id !== 'tab-guided';
    });
  }

  const textarea = document.getElementById('brief') as HTMLTextAreaElement;
  const dropName = document.getElementById('drop-name') as HTMLElement;
  const zone = document.getElementById('dropzone') as HTMLElement;
  const load = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      showError(paste, {
        status: 413,
        code: 'brief_too_large',
        message: `The brief file ${file.name} is ${file.size} bytes, more than this page accepts (1 MiB): shorten it.`,
        field: 'brief',
      });
      return;
    }
    textarea.value = await file.text();
    fileName = file.name;
    dropName.textContent = `${t.dropped} ${file.name}`;
    dropName.hidden = false;
    showError(paste, null);
  };
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file) void load(file);
  });
  (document.getElementById('brief-file') as HTMLInputElement).addEventListener('change', (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) void load(file);
  });
  textarea.addEventListener('input', () => {
    fileName = null;
    dropName.hidden = true;
  });

  paste.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit(paste, { brief: textarea.value, fileName });
  });

  // A message goes away as soon as its field is edited.
  for (const form of [paste, guided]) {
    form.addEventListener('input', (event) => {
      const field = event.target as HTMLElement;
      if (field.getAttribute('aria-invalid') !== 'true') return;
      field.removeAttribute('aria-invalid');
      const slot = form.querySelector<HTMLElement>(
        `[data-error-for="${CSS.escape(field.getAttribute('name') ?? '')}"]`,
      );
      if (slot) slot.textContent = '';
    });
  }

  guided.addEventListener('submit', (event) => {
    event.preventDefault();
    const form = new FormData(guided);
    try {
      const brief = buildGuidedBrief(form, t, String(form.get('lang') ?? '') as 'fr' | 'en' | '');
      void submit(guided, { brief: JSON.stringify(brief, null, 2), fileName: 'brief.json' });
    } catch (error) {
      showError(guided, error as ApiFailure);
      (guided.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus();
    }
  });

  async function submit(form: HTMLFormElement, body: { brief: string; fileName: string | null }) {
    const fields = new FormData(form);
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    const label = button?.textContent ?? '';
    if (button) {
      button.disabled = true;
      button.textContent = t.drafting;
    }
    const result = await postJson<{ run: string; url: string }>(
      '/api/drafts',
      {
        brief: body.brief,
        fileName: body.fileName ?? undefined,
        provider: fields.get('provider') || undefined,
        start: fields.get('start') || undefined,
        lang: fields.get('lang') || undefined,
      },
      t,
    );
    if (result.ok) {
      window.location.assign(result.data.url);
      return;
    }
    showError(form, result.error, 'form');
    if (button) {
      button.disabled = false;
      button.textContent = label;
    }
  }
}
