// The only place that talks HTTP. It follows CONTRACT.md: session cookie plus the
// XSRF-TOKEN cookie echoed in X-XSRF-TOKEN on every state-changing request.

export interface Me { username: string; roles: string[] }
export interface ScenarioSummary {
  id: number; slug: string; title: string; category: string; difficulty: string;
  summary: string; durationMinutes: number; tags: string[];
}
export interface Problem { status: number; title: string; detail?: string; errors?: { field: string; message: string }[] }

export class ApiError extends Error {
  constructor(readonly problem: Problem) { super(problem.detail ?? problem.title); }
}

export function readCookie(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const token = readCookie(document.cookie, 'XSRF-TOKEN');
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => ({ status: response.status, title: response.statusText }));
  if (!response.ok) throw new ApiError(payload as Problem);
  return payload as T;
}

/** Any GET makes the server set the XSRF-TOKEN cookie; a 401 is the expected answer when signed out. */
export async function me(): Promise<Me | null> {
  try { return await call<Me>('GET', '/api/me'); }
  catch (e) { if (e instanceof ApiError && e.problem.status === 401) return null; throw e; }
}
export const login = (username: string, password: string) => call<Me>('POST', '/api/auth/login', { username, password });
export const register = (username: string, password: string) => call<Me>('POST', '/api/auth/register', { username, password });
export const logout = () => call<void>('POST', '/api/auth/logout');
export function listScenarios(q = '', category = '', difficulty = ''): Promise<ScenarioSummary[]> {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (category) params.set('category', category);
  if (difficulty) params.set('difficulty', difficulty);
  return call<ScenarioSummary[]>('GET', `/api/scenarios?${params}`);
}
