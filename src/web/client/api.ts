/// <reference lib="dom" />
// Calls to the JSON API as a page makes them: the page's CSRF token, same origin, errors shown next to their field.

export interface ApiFailure {
  status: number;
  code: string;
  message: string;
  field: string | null;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiFailure };

const csrfToken = () => document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';

export async function postJson<T>(url: string, body: unknown, networkMessage: string): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken() },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, error: { status: 0, code: 'network', message: networkMessage, field: null } };
  }
  const data = (await response.json().catch(() => null)) as { error?: Partial<ApiFailure> } | null;
  if (response.ok) return { ok: true, data: data as T };
  return {
    ok: false,
    error: {
      status: response.status,
      code: data?.error?.code ?? 'http',
      message: data?.error?.message ?? `HTTP ${response.status}`,
      field: data?.error?.field ?? null,
    },
  };
}

/** Clears a form's messages, then puts `error` next to its field (or at the form's foot). */
export function showError(form: HTMLElement, error: ApiFailure | null, fallbackField = 'form'): void {
  for (const slot of form.querySelectorAll<HTMLElement>('[data-error-for]')) slot.textContent = '';
  for (const field of form.querySelectorAll('[aria-invalid="true"]')) field.removeAttribute('aria-invalid');
  if (!error) return;
  const slot =
    (error.field && form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(error.field)}"]`)) ||
    form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(fallbackField)}"]`) ||
    form.querySelector<HTMLElement>('[data-error-for]');
  if (slot) slot.textContent = error.message;
  if (error.field)
    form.querySelector(`[name="${CSS.escape(error.field)}"]`)?.setAttribute('aria-invalid', 'true');
}
