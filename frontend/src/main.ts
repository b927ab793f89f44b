import './style.css';
import { ApiError, listScenarios, login, logout, me, register, type Me } from './api';
import { el } from './dom';

const app = document.getElementById('app')!;

async function start() {
  const user = await me();
  if (user) await showScenarios(user); else showSignIn();
}

function showSignIn(message = '') {
  const username = el('input', { id: 'username', name: 'username', autocomplete: 'username', required: '' });
  const password = el('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: '' });
  const status = el('p', { class: 'status', role: 'status' }, message);
  const form = el('form', { class: 'card', 'aria-label': 'Sign in' },
    el('h1', {}, 'Design Coach'),
    el('p', {}, 'Practise GenAI and ML system-design interviews.'),
    el('label', { for: 'username' }, 'Username'), username,
    el('label', { for: 'password' }, 'Password'), password,
    el('div', { class: 'actions' },
      el('button', { type: 'submit' }, 'Sign in'),
      el('button', { type: 'button', id: 'register', class: 'secondary' }, 'Create account')),
    status);
  const submit = async (creating: boolean) => {
    const name = username.value.trim();
    try {
      if (creating) await register(name, password.value);
      await showScenarios(await login(name, password.value));
    } catch (e) {
      status.textContent = e instanceof ApiError ? describe(e) : 'The service is unreachable.';
    }
  };
  form.addEventListener('submit', (event) => { event.preventDefault(); void submit(false); });
  form.querySelector('#register')!.addEventListener('click', () => void submit(true));
  app.replaceChildren(form);
}

function describe(error: ApiError): string {
  const fields = error.problem.errors?.map((e) => `${e.field}: ${e.message}`).join('; ');
  return fields ? `${error.message} (${fields})` : error.message;
}

async function showScenarios(user: Me) {
  const list = el('ul', { class: 'scenarios' });
  const search = el('input', { id: 'q', type: 'search', placeholder: 'Search scenarios' });
  const signOut = el('button', { type: 'button', class: 'secondary' }, 'Sign out');
  signOut.addEventListener('click', async () => { await logout(); showSignIn('Signed out.'); });
  const render = async () => {
    const scenarios = await listScenarios(search.value.trim());
    list.replaceChildren(...scenarios.map((s) => el('li', { class: 'card' },
      el('h2', {}, s.title),
      el('p', {}, s.summary),
      el('p', { class: 'meta' }, `${s.category} · ${s.difficulty} · ${s.durationMinutes} min`))));
  };
  search.addEventListener('input', () => void render());
  app.replaceChildren(
    el('header', {}, el('h1', {}, 'Scenarios'), el('span', {}, `Signed in as ${user.username}`), signOut),
    el('label', { for: 'q', class: 'visually-hidden' }, 'Search scenarios'), search, list);
  await render();
}

void start();
