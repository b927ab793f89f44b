// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { byTestId, fakeApi, problem } from '../testing/fakeApi';
import { signInView } from './signin';

function render(message = '') {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const done = vi.fn();
  signInView(root, message, done);
  const input = (id: string) => root.querySelector<HTMLInputElement>(`#${id}`)!;
  const fill = (username: string, password: string) => {
    input('username').value = username;
    input('password').value = password;
  };
  return { root, done, input, fill };
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

describe('the sign-in view', () => {
  it('shows the form with the message it was given', () => {
    const { root, input } = render('Signed out.');
    expect(root.querySelector('h1')?.textContent).toBe('Design Coach');
    expect(input('username')).not.toBeNull();
    expect(input('password').type).toBe('password');
    expect(byTestId(root, 'sign-in').textContent).toBe('Sign in');
    expect(byTestId(root, 'create-account').textContent).toBe('Create account');
    expect(byTestId(root, 'auth-message').textContent).toBe('Signed out.');
    expect(document.title).toBe('Sign in · Design Coach');
  });

  it('signs in with the lower-cased name and the XSRF token, then hands over the user', async () => {
    document.cookie = 'XSRF-TOKEN=tok-123';
    const api = fakeApi({
      'POST /api/auth/login': { body: { username: 'alice', roles: ['CANDIDATE'] } },
      'GET /api/me': { body: { username: 'alice', roles: ['CANDIDATE'] } },
    });
    const { root, done, fill } = render();
    fill('  Alice ', 'correct horse battery');
    byTestId<HTMLButtonElement>(root, 'sign-in').click();

    await vi.waitFor(() => expect(done).toHaveBeenCalledWith({ username: 'alice', roles: ['CANDIDATE'] }));
    const [login] = api.to('POST', '/api/auth/login');
    expect(login.body).toEqual({ username: 'alice', password: 'correct horse battery' });
    expect(login.headers['X-XSRF-TOKEN']).toBe('tok-123');
    expect(api.to('GET', '/api/me')).toHaveLength(1);
  });

  it('says so when the password is wrong, and stays on the form', async () => {
    fakeApi({ 'POST /api/auth/login': problem(401, 'Unauthorized', 'Bad credentials') });
    const { root, done, fill } = render();
    fill('alice', 'wrong password');
    byTestId<HTMLButtonElement>(root, 'sign-in').click();

    await vi.waitFor(() => expect(byTestId(root, 'auth-message').textContent).toBe('Wrong username or password.'));
    expect(done).not.toHaveBeenCalled();
    expect(byTestId<HTMLButtonElement>(root, 'sign-in').disabled).toBe(false);
  });

  it('puts validation errors from registration next to their field', async () => {
    const api = fakeApi({
      'POST /api/auth/register': problem(400, 'Bad Request', 'Invalid request', [
        { field: 'password', message: 'size must be between 10 and 128' },
      ]),
    });
    const { root, done, input, fill } = render();
    fill('bob', 'short');
    byTestId<HTMLButtonElement>(root, 'create-account').click();

    await vi.waitFor(() => expect(byTestId(root, 'auth-message').textContent).toBe('Check the highlighted field.'));
    expect(root.querySelector('#password-error')?.textContent).toBe('size must be between 10 and 128');
    expect(input('password').getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#username-error')?.textContent).toBe('');
    expect(api.to('POST', '/api/auth/register')[0].body).toEqual({ username: 'bob', password: 'short' });
    expect(api.to('POST', '/api/auth/login')).toHaveLength(0);
    expect(done).not.toHaveBeenCalled();
  });

  it('asks for both fields before calling the service', () => {
    const api = fakeApi({});
    const { root } = render();
    byTestId<HTMLButtonElement>(root, 'sign-in').click();
    expect(byTestId(root, 'auth-message').textContent).toBe('Enter a username and a password.');
    expect(api.calls).toHaveLength(0);
  });
});
