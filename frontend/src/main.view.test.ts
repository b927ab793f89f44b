// @vitest-environment happy-dom
// The app shell: who is signed in decides between the sign-in form and the views, the
// header and its navigation, and what a wrong address or a failed request shows.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { admin, candidate, scenario, summary } from './testing/fixtures';
import { byTestId, fakeApi, problem, type Routes } from './testing/fakeApi';

const page = () => document.getElementById('app')!;
const header = () => document.getElementById('top')!;

// Each test starts the app afresh; the window listeners of the ones before are taken away,
// or a change of address would wake them too.
const listeners: [string, EventListenerOrEventListenerObject][] = [];

/** Loads the app afresh, as a browser does, at `hash`. */
async function start(hash: string, routes: Routes) {
  history.replaceState(null, '', hash || location.pathname);
  document.body.innerHTML = '<button id="skip"></button><header id="top"></header><main id="app"></main>';
  const api = fakeApi({ 'GET /api/framework': { body: { steps: [] } }, ...routes });
  const add = window.addEventListener.bind(window);
  vi.spyOn(window, 'addEventListener').mockImplementation((name, listener, options) => {
    if (listener) listeners.push([name, listener]);
    add(name, listener, options);
  });
  vi.resetModules();
  await import('./main');
  return api;
}

afterEach(() => {
  for (const [name, listener] of listeners.splice(0)) window.removeEventListener(name, listener);
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the app shell', () => {
  it('asks a visitor to sign in, then shows the scenarios; signing out forgets the drafts', async () => {
    let user: unknown = null;
    localStorage.setItem('design-coach:draft:7:answer:framing', '{"text":"x","baseVersion":0,"at":1}');
    const api = await start('', {
      'GET /api/me': () => (user ? { body: user } : problem(401, 'Unauthorized')),
      'POST /api/auth/login': () => {
        user = candidate;
        return { body: candidate };
      },
      'POST /api/auth/logout': () => {
        user = null;
        return { status: 204 };
      },
      'GET /api/scenarios?': { body: [summary] },
      'GET /api/interviews': { body: [] },
    });

    await vi.waitFor(() => expect(page().querySelector('#username')).not.toBeNull());
    expect(header().children).toHaveLength(0);
    page().querySelector<HTMLInputElement>('#username')!.value = 'alice';
    page().querySelector<HTMLInputElement>('#password')!.value = 'correct horse battery';
    byTestId<HTMLButtonElement>(page(), 'sign-in').click();

    await vi.waitFor(() => expect(byTestId(page(), 'scenario-count').textContent).toBe('1 scenario'));
    expect(location.hash).toBe('#/scenarios');
    expect(byTestId(header(), 'current-user').textContent).toBe('alice');
    expect(byTestId(header(), 'nav-scenarios').getAttribute('aria-current')).toBe('page');
    expect(header().querySelector('[data-testid=nav-admin]')).toBeNull();

    byTestId<HTMLButtonElement>(header(), 'sign-out').click();
    await vi.waitFor(() => expect(byTestId(page(), 'auth-message').textContent).toBe('Signed out.'));
    expect(api.to('POST', '/api/auth/logout')).toHaveLength(1);
    expect(localStorage.getItem('design-coach:draft:7:answer:framing')).toBeNull();
    expect(header().children).toHaveLength(0);
  });

  it('shows an admin the admin link, and a page that does not exist as such', async () => {
    await start('#/no/such/page', { 'GET /api/me': { body: admin } });

    await vi.waitFor(() => expect(page().querySelector('h1')?.textContent).toBe('Page not found'));
    expect(byTestId(header(), 'current-user').textContent).toBe('admin');
    expect(byTestId(header(), 'nav-admin').getAttribute('href')).toBe('#/admin/scenarios');
  });

  it('keeps a candidate out of the admin pages', async () => {
    const api = await start('#/admin/scenarios', { 'GET /api/me': { body: candidate } });

    await vi.waitFor(() => expect(page().querySelector('h1')?.textContent).toBe('Administrators only'));
    expect(header().querySelector('[data-testid=nav-admin]')).toBeNull();
    expect(api.to('GET', '/api/admin/scenarios')).toHaveLength(0);
  });

  it('says what went wrong when a view cannot load', async () => {
    await start('#/scenarios/gone', {
      'GET /api/me': { body: candidate },
      'GET /api/framework': { body: { steps: [] } },
      'GET /api/scenarios/gone': problem(404, 'Not Found', `No scenario gone; try ${scenario.slug}.`),
    });

    await vi.waitFor(() => expect(page().querySelector('h1')?.textContent).toBe('Something went wrong'));
    expect(page().querySelector('[role=alert]')?.textContent).toBe(`No scenario gone; try ${scenario.slug}.`);
  });
});
