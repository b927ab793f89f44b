// The account page: who is signed in, and a password change that signs out every other
// browser at once while this one stays signed in.
import { ApiError, changePassword } from '../api';
import type { Ctx } from '../context';
import { h } from '../dom';

export function accountView(ctx: Ctx): void {
  ctx.setTitle('Account');
  const field = (id: string, label: string, autocomplete: string) => {
    const input = h('input', {
      id,
      name: id,
      type: 'password',
      autocomplete,
      required: true,
      'aria-describedby': `${id}-error`,
    });
    const error = h('p', { class: 'field-error', id: `${id}-error` });
    return { input, error, node: h('div', { class: 'field' }, h('label', { for: id }, label), input, error) };
  };
  const current = field('current-password', 'Current password', 'current-password');
  const next = field('new-password', 'New password (10 to 128 characters)', 'new-password');
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'password-status' });
  const save = h('button', { type: 'submit', 'data-testid': 'change-password' }, 'Change password');
  const form = h(
    'form',
    { class: 'card', novalidate: true, 'aria-labelledby': 'password-title' },
    h('h2', { id: 'password-title' }, 'Change your password'),
    h(
      'p',
      { class: 'meta' },
      'Every other browser signed in to this account is signed out at once; this one stays signed in.',
    ),
    current.node,
    next.node,
    h('div', { class: 'actions' }, save),
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    for (const f of [current, next]) {
      f.error.textContent = '';
      f.input.removeAttribute('aria-invalid');
    }
    save.disabled = true;
    status.textContent = 'Changing your password…';
    try {
      await changePassword(current.input.value, next.input.value);
      current.input.value = next.input.value = '';
      status.textContent = 'Password changed. Other browsers have been signed out.';
    } catch (e) {
      if (e instanceof ApiError) {
        for (const err of e.problem.errors ?? []) {
          const f = err.field === 'currentPassword' ? current : err.field === 'newPassword' ? next : null;
          if (f) {
            f.error.textContent = err.message;
            f.input.setAttribute('aria-invalid', 'true');
          }
        }
        status.textContent = e.problem.errors?.length ? 'Check the highlighted field.' : e.message;
      } else status.textContent = 'The service is unreachable. Check your connection and try again.';
    } finally {
      save.disabled = false;
    }
  });
  ctx.root.replaceChildren(
    h('h1', { tabindex: '-1' }, 'Account'),
    h('p', {}, 'Signed in as ', h('strong', { 'data-testid': 'account-name' }, ctx.user.username), '.'),
    form,
  );
}
