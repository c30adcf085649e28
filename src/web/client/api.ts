/// <reference lib="dom" />
// Calls to the JSON API as a page makes them: the page's CSRF token, same origin, errors shown next to their field.

export interface ApiFailure {
  status: number;
  code: string;
  message: string;
  field: string | null;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiFailure };

/** What a page says when the server is gone, or answers nothing in time. */
export interface ApiMessages {
  networkError: string;
  requestTimeout: string;
}

/**
 * A request the server never answers must not leave a page busy for ever (a spinner, a disabled button, a test
 * waiting on it): past this, it is abandoned and the page says so.
 */
export const REQUEST_TIMEOUT_MS = 30_000;

const csrfToken = () => document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';

/** Always settles: with the answer, the server's error, a network failure or a timeout (never hangs). */
export async function postJson<T>(
  url: string,
  body: unknown,
  messages: ApiMessages,
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<ApiResult<T>> {
  const controller = new AbortController();
  const timer = window.setTimeout(() => controller.abort(), timeoutMs);
  const failure = (code: 'network' | 'timeout'): ApiResult<T> => ({
    ok: false,
    error: {
      status: 0,
      code,
      message: code === 'timeout' ? messages.requestTimeout : messages.networkError,
      field: null,
    },
  });
  let response: Response;
  let data: { error?: Partial<ApiFailure> } | null;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken() },
      body: JSON.stringify(body),
      credentials: 'same-origin',
      signal: controller.signal,
    });
    // The body is read under the same deadline: headers alone do not end the wait.
    data = (await response.json().catch((error: unknown) => {
      if (controller.signal.aborted) throw error;
      return null;
    })) as { error?: Partial<ApiFailure> } | null;
  } catch {
    return failure(controller.signal.aborted ? 'timeout' : 'network');
  } finally {
    window.clearTimeout(timer);
  }
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
