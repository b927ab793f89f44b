// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { byTestId, fakeApi, problem, viewContext } from '../testing/fakeApi';
import { accountView } from './account';

afterEach(() => vi.unstubAllGlobals());

function render() {
  const { ctx, root } = viewContext();
  accountView(ctx);
  const input = (id: string) => root.querySelector<HTMLInputElement>(`#${id}`)!;
  return { root, input };
}

describe('the account view', () => {
  it('names the signed-in user and offers a password change', () => {
    const { root, input } = render();
    expect(root.querySelector('h1')?.textContent).toBe('Account');
    expect(byTestId(root, 'account-name').textContent).toBe('alice');
    expect(input('current-password').type).toBe('password');
    expect(input('new-password').autocomplete).toBe('new-password');
    expect(byTestId(root, 'change-password').textContent).toBe('Change password');
    expect(document.title).toBe('Account');
  });

  it('changes the password and clears both fields', async () => {
    const api = fakeApi({ 'PUT /api/me/password': { status: 204 } });
    const { root, input } = render();
    input('current-password').value = 'old password 1';
    input('new-password').value = 'new password 22';
    byTestId<HTMLButtonElement>(root, 'change-password').click();

    await vi.waitFor(() =>
      expect(byTestId(root, 'password-status').textContent).toBe(
        'Password changed. Other browsers have been signed out.',
      ),
    );
    expect(api.to('PUT', '/api/me/password')[0].body).toEqual({
      currentPassword: 'old password 1',
      newPassword: 'new password 22',
    });
    expect(input('current-password').value).toBe('');
    expect(input('new-password').value).toBe('');
  });

  it('shows a wrong current password under its field', async () => {
    fakeApi({
      'PUT /api/me/password': problem(400, 'Bad Request', 'Invalid request', [
        { field: 'currentPassword', message: 'is not your current password' },
      ]),
    });
    const { root, input } = render();
    input('current-password').value = 'guess';
    input('new-password').value = 'new password 22';
    byTestId<HTMLButtonElement>(root, 'change-password').click();

    await vi.waitFor(() => expect(byTestId(root, 'password-status').textContent).toBe('Check the highlighted field.'));
    expect(root.querySelector('#current-password-error')?.textContent).toBe('is not your current password');
    expect(input('current-password').getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#new-password-error')?.textContent).toBe('');
  });
});
