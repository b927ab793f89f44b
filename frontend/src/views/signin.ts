import { ApiError, login, me, register, type Me } from '../api';
import { h } from '../dom';

/** Sign in or create an account; calls `done` with the signed-in user. */
export function signInView(root: HTMLElement, message: string, done: (user: Me) => void): void {
  document.title = 'Sign in · Design Coach';
  const usernameError = h('p', { class: 'field-error', id: 'username-error' });
  const passwordError = h('p', { class: 'field-error', id: 'password-error' });
  const username = h('input', {
    id: 'username',
    name: 'username',
    autocomplete: 'username',
    required: true,
    'aria-describedby': 'username-error username-hint',
    autocapitalize: 'none',
    spellcheck: 'false',
  });
  const password = h('input', {
    id: 'password',
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
    'aria-describedby': 'password-error password-hint',
  });
  const status = h('p', { class: 'status', role: 'alert', 'data-testid': 'auth-message' }, message);
  const signIn = h('button', { type: 'submit', id: 'sign-in', 'data-testid': 'sign-in' }, 'Sign in');
  const create = h(
    'button',
    { type: 'button', id: 'register', class: 'secondary', 'data-testid': 'create-account' },
    'Create account',
  );
  const form = h(
    'form',
    { class: 'card auth', 'aria-labelledby': 'auth-title', novalidate: true },
    h('h1', { id: 'auth-title', tabindex: '-1' }, 'Design Coach'),
    h('p', {}, 'Practise GenAI and ML system-design interviews, step by step, with feedback on every step.'),
    h('label', { for: 'username' }, 'Username'),
    username,
    h('p', { class: 'hint', id: 'username-hint' }, '3 to 32 characters: a–z, 0–9, dot, underscore or dash.'),
    usernameError,
    h('label', { for: 'password' }, 'Password'),
    password,
    h('p', { class: 'hint', id: 'password-hint' }, 'At least 10 characters for a new account.'),
    passwordError,
    h('div', { class: 'actions' }, signIn, create),
    status,
  );

  const submit = async (creating: boolean) => {
    const name = username.value.trim().toLowerCase();
    usernameError.textContent = '';
    passwordError.textContent = '';
    username.removeAttribute('aria-invalid');
    password.removeAttribute('aria-invalid');
    if (!name || !password.value) {
      status.textContent = 'Enter a username and a password.';
      (name ? password : username).focus();
      return;
    }
    signIn.disabled = create.disabled = true;
    status.textContent = creating ? 'Creating your account…' : 'Signing in…';
    try {
      if (creating) {
        await register(name, password.value);
        password.autocomplete = 'new-password';
      }
      const user = await login(name, password.value);
      await me(); // picks up the fresh XSRF cookie of the new session
      done(user);
    } catch (e) {
      if (e instanceof ApiError) {
        for (const err of e.problem.errors ?? []) {
          if (err.field === 'username') {
            usernameError.textContent = err.message;
            username.setAttribute('aria-invalid', 'true');
          } else if (err.field === 'password') {
            passwordError.textContent = err.message;
            password.setAttribute('aria-invalid', 'true');
          }
        }
        const fieldErrors = (e.problem.errors ?? []).some(
          (err) => err.field === 'username' || err.field === 'password',
        );
        status.textContent = fieldErrors
          ? 'Check the highlighted field.'
          : e.status === 401
            ? 'Wrong username or password.'
            : e.status === 409
              ? 'That username is taken; choose another or sign in.'
              : e.status === 429
                ? 'Too many failed attempts; wait a moment and try again.'
                : e.message;
      } else {
        status.textContent = 'The service is unreachable. Check your connection and try again.';
      }
    } finally {
      signIn.disabled = create.disabled = false;
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit(false);
  });
  create.addEventListener('click', () => void submit(true));
  root.replaceChildren(form);
  username.focus();
}
