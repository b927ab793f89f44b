// A fake `fetch` that answers the API the way CONTRACT.md says, and records every call.
import { vi } from 'vitest';
import type { Ctx } from '../context';
import type { Framework, Me } from '../api';
import { candidate, framework as defaultFramework } from './fixtures';

export interface Call {
  method: string;
  path: string;
  body: unknown;
  headers: Record<string, string>;
}
export interface Answer {
  status?: number;
  body?: unknown;
}
/** Answers by "METHOD /path?query" (or "METHOD /path" for any query); a function may answer differently each time. */
export type Routes = Record<string, Answer | ((call: Call) => Answer)>;

export const problem = (
  status: number,
  title: string,
  detail?: string,
  errors?: { field: string; message: string }[],
) => ({
  status,
  body: { status, title, detail, errors },
});

export function fakeApi(routes: Routes) {
  const calls: Call[] = [];
  const fetch = vi.fn((input: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const path = input;
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const call: Call = { method, path, body, headers: (init.headers ?? {}) as Record<string, string> };
    calls.push(call);
    const route = routes[`${method} ${path}`] ?? routes[`${method} ${path.replace(/\?.*$/, '')}`];
    const answer: Answer = !route
      ? problem(404, 'Not Found', `no fake answer for ${method} ${path}`)
      : typeof route === 'function'
        ? route(call)
        : route;
    const status = answer.status ?? 200;
    return Promise.resolve(
      status === 204
        ? new Response(null, { status })
        : new Response(JSON.stringify(answer.body ?? null), {
            status,
            headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
          }),
    );
  });
  vi.stubGlobal('fetch', fetch);
  return {
    calls,
    /** The calls made to `method path` (query included when given). */
    to: (method: string, path: string) =>
      calls.filter((c) => c.method === method && (c.path === path || c.path.replace(/\?.*$/, '') === path)),
  };
}

/** A view's context on a fresh container in the page; `cleanup` runs what the view registered. */
export function viewContext(opts: { user?: Me; framework?: Framework } = {}) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const cleanups: (() => void)[] = [];
  const ctx: Ctx = {
    root,
    user: opts.user ?? candidate,
    framework: () => Promise.resolve(opts.framework ?? defaultFramework),
    onCleanup: (fn) => cleanups.push(fn),
    isCurrent: () => true,
    setTitle: (title) => {
      document.title = title;
    },
  };
  return { ctx, root, cleanup: () => cleanups.splice(0).forEach((fn) => fn()) };
}

/** The element for a data-testid, failing the test when it is missing. */
export function byTestId<E extends Element = HTMLElement>(root: ParentNode, id: string): E {
  const found = root.querySelector<E>(`[data-testid="${id}"]`);
  if (!found) throw new Error(`no [data-testid="${id}"] in ${(root as Element).outerHTML?.slice(0, 2000) ?? 'root'}`);
  return found;
}

/** Types into an input or textarea the way a person does: the value, then an input event. */
export function type(control: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  control.value = text;
  control.dispatchEvent(new Event('input', { bubbles: true }));
}
