// Hash routes, so the server needs no fallback route: #/scenarios, #/interviews/12, ...

export type Route =
  | { name: 'signin' }
  | { name: 'scenarios' }
  | { name: 'scenario'; slug: string }
  | { name: 'interview'; id: string }
  | { name: 'feedback'; id: string }
  | { name: 'history' }
  | { name: 'account' }
  | { name: 'admin-list' }
  | { name: 'admin-new' }
  | { name: 'admin-import' }
  | { name: 'admin-edit'; id: string }
  | { name: 'admin-judge-reports' }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\?.*$/, '');
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  const [a, b, c, d] = parts;
  if (parts.length === 0) return { name: 'scenarios' };
  if (a === 'signin' && !b) return { name: 'signin' };
  if (a === 'scenarios' && !b) return { name: 'scenarios' };
  if (a === 'scenarios' && b && !c) return { name: 'scenario', slug: b };
  if (a === 'interviews' && b && !c) return { name: 'interview', id: b };
  if (a === 'interviews' && b && c === 'feedback' && !d) return { name: 'feedback', id: b };
  if (a === 'history' && !b) return { name: 'history' };
  if (a === 'account' && !b) return { name: 'account' };
  if (a === 'admin' && b === 'judge-reports' && !c) return { name: 'admin-judge-reports' };
  if (a === 'admin' && b === 'scenarios') {
    if (!c) return { name: 'admin-list' };
    if (c === 'new' && !d) return { name: 'admin-new' };
    if (c === 'import' && !d) return { name: 'admin-import' };
    if (!d) return { name: 'admin-edit', id: c };
  }
  return { name: 'not-found', path };
}

export const href = {
  scenarios: () => '#/scenarios',
  scenario: (slug: string) => `#/scenarios/${encodeURIComponent(slug)}`,
  interview: (id: string | number) => `#/interviews/${encodeURIComponent(String(id))}`,
  feedback: (id: string | number) => `#/interviews/${encodeURIComponent(String(id))}/feedback`,
  history: () => '#/history',
  account: () => '#/account',
  adminList: () => '#/admin/scenarios',
  adminNew: () => '#/admin/scenarios/new',
  adminImport: () => '#/admin/scenarios/import',
  adminEdit: (id: string | number) => `#/admin/scenarios/${encodeURIComponent(String(id))}`,
  judgeReports: () => '#/admin/judge-reports',
};

export function navigate(hash: string, replace = false): void {
  if (replace) location.replace(hash);
  else location.hash = hash;
}
