import './style.css';
import {
  describeError,
  framework as loadFramework,
  logout,
  me,
  setUnauthorizedHandler,
  type Framework,
  type Me,
} from './api';
import { drafts } from './lib/drafts';
import { isAdmin, type Ctx } from './context';
import { h } from './dom';
import { navigate, parseRoute, type Route } from './router';
import { adminImportView, adminListView } from './views/admin';
import { accountView } from './views/account';
import { adminEditorView } from './views/adminEditor';
import { feedbackView } from './views/feedback';
import { historyView } from './views/history';
import { interviewView } from './views/interview';
import { judgeReportsView } from './views/judgeReports';
import { scenarioView, scenariosView } from './views/scenarios';
import { signInView } from './views/signin';

const app = document.getElementById('app')!;
const topbar = document.getElementById('top')!;

let user: Me | null = null;
let frameworkCache: Promise<Framework> | null = null;
let cleanups: (() => void)[] = [];
let renderCount = 0;
let afterSignIn = '#/scenarios';
let signInMessage = '';

function framework(): Promise<Framework> {
  frameworkCache ??= loadFramework().catch((e) => {
    frameworkCache = null;
    throw e;
  });
  return frameworkCache;
}

function header(route: Route): void {
  if (!user) {
    topbar.replaceChildren();
    return;
  }
  const section = route.name.startsWith('admin')
    ? 'admin'
    : route.name === 'history' || route.name === 'feedback'
      ? 'history'
      : 'scenarios';
  const link = (to: string, label: string, name: string) =>
    h('a', { href: to, 'aria-current': section === name ? 'page' : null, 'data-testid': `nav-${name}` }, label);
  const signOut = h('button', { type: 'button', class: 'secondary small', 'data-testid': 'sign-out' }, 'Sign out');
  signOut.addEventListener('click', async () => {
    drafts.clearAll(); // a shared computer keeps no one's unsaved answers
    try {
      await logout();
    } catch {
      /* signed out anyway */
    }
    user = null;
    frameworkCache = null;
    await me().catch(() => null); // fresh XSRF cookie for the next sign-in
    signInMessage = 'Signed out.';
    afterSignIn = '#/scenarios';
    if (location.hash === '#/signin') void render();
    else navigate('#/signin');
  });
  topbar.replaceChildren(
    h(
      'div',
      { class: 'topbar-inner' },
      h('a', { href: '#/scenarios', class: 'brand' }, 'Design Coach'),
      h(
        'nav',
        { 'aria-label': 'Main' },
        link('#/scenarios', 'Scenarios', 'scenarios'),
        link('#/history', 'History', 'history'),
        isAdmin(user) ? link('#/admin/scenarios', 'Admin', 'admin') : null,
      ),
      h(
        'a',
        { href: '#/account', class: 'who', 'data-testid': 'current-user', title: 'Account and password' },
        user.username,
      ),
      signOut,
    ),
  );
}

async function view(route: Route, ctx: Ctx): Promise<void> {
  if (route.name.startsWith('admin') && !isAdmin(ctx.user)) {
    ctx.root.replaceChildren(
      h('h1', { tabindex: '-1' }, 'Administrators only'),
      h('p', {}, 'This page is for administrators.'),
    );
    return;
  }
  switch (route.name) {
    case 'scenarios':
      return scenariosView(ctx);
    case 'scenario':
      return scenarioView(ctx, route.slug);
    case 'interview':
      return interviewView(ctx, route.id);
    case 'feedback':
      return feedbackView(ctx, route.id);
    case 'history':
      return historyView(ctx);
    case 'account':
      return accountView(ctx);
    case 'admin-list':
      return adminListView(ctx);
    case 'admin-import':
      return adminImportView(ctx);
    case 'admin-new':
      return adminEditorView(ctx, null);
    case 'admin-edit':
      return adminEditorView(ctx, route.id);
    case 'admin-judge-reports':
      return judgeReportsView(ctx);
    case 'signin':
      navigate(afterSignIn, true);
      return;
    case 'not-found':
      ctx.root.replaceChildren(
        h('h1', { tabindex: '-1' }, 'Page not found'),
        h('p', {}, h('a', { href: '#/scenarios' }, 'Go to the scenarios')),
      );
  }
}

async function render(): Promise<void> {
  for (const fn of cleanups) {
    try {
      fn();
    } catch {
      /* keep going */
    }
  }
  cleanups = [];
  const id = ++renderCount;
  const route = parseRoute(location.hash);
  const root = h('div', { class: 'view' });
  app.replaceChildren(root);
  header(route);
  if (!user) {
    if (route.name !== 'signin') afterSignIn = location.hash || '#/scenarios';
    signInView(root, signInMessage, (signedIn) => {
      user = signedIn;
      signInMessage = '';
      const target = afterSignIn === '#/signin' ? '#/scenarios' : afterSignIn;
      if (location.hash === target) void render();
      else navigate(target, route.name === 'signin');
    });
    return;
  }
  const mine: (() => void)[] = [];
  cleanups = mine;
  const ctx: Ctx = {
    root,
    user,
    framework,
    onCleanup: (fn) => {
      if (id === renderCount) mine.push(fn);
      else fn();
    },
    isCurrent: () => id === renderCount,
    setTitle: (title) => {
      if (id === renderCount) document.title = `${title} · Design Coach`;
    },
  };
  root.append(h('p', { class: 'meta', role: 'status' }, 'Loading…'));
  try {
    await view(route, ctx);
  } catch (e) {
    if (id !== renderCount) return;
    const notFound = describeError(e);
    root.replaceChildren(
      h('h1', { tabindex: '-1' }, 'Something went wrong'),
      h('p', { class: 'status', role: 'alert' }, notFound),
      h('p', {}, h('a', { href: '#/scenarios' }, 'Go to the scenarios')),
    );
  }
  if (id === renderCount && renderCount > 1)
    (root.querySelector('h1') as HTMLElement | null)?.focus({ preventScroll: true });
}

setUnauthorizedHandler(() => {
  if (!user) return;
  user = null;
  signInMessage = 'Your session has ended. Sign in again.';
  void render();
});

document.getElementById('skip')?.addEventListener('click', () => {
  const target = (app.querySelector('h1') as HTMLElement | null) ?? app;
  target.focus();
});
window.addEventListener('hashchange', () => void render());

async function start(): Promise<void> {
  try {
    user = await me();
  } catch {
    user = null;
    signInMessage = 'The service is unreachable. Try again in a moment.';
  }
  await render();
}
void start();
