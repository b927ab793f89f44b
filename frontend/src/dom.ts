// Builds elements from text only: user-supplied strings never become HTML.

export type Child = Node | string | number | null | undefined | false;
export type Props = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

function apply(node: Element, props: Props): void {
  for (const [name, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (typeof value === 'function') node.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'value' && 'value' in node) (node as HTMLInputElement).value = String(value);
    else if (name === 'checked' && 'checked' in node) (node as HTMLInputElement).checked = Boolean(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(node: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  apply(node, props);
  append(node, children);
  return node;
}

/** Kept for older call sites. */
export const el = h;

export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Child | Child[])[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  apply(node, props);
  append(node, children);
  return node;
}

/** Downloads text as a file. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A modal confirmation built on <dialog>; resolves true when confirmed. */
export function confirmDialog(opts: {
  title: string;
  body: string;
  confirm: string;
  confirmTestId?: string;
  danger?: boolean;
}): Promise<boolean> {
  return new Promise((resolve) => {
    const ok = h(
      'button',
      { type: 'button', class: opts.danger ? 'danger' : '', 'data-testid': opts.confirmTestId ?? 'confirm-dialog-ok' },
      opts.confirm,
    );
    const cancel = h(
      'button',
      { type: 'button', class: 'secondary', 'data-testid': 'confirm-dialog-cancel' },
      'Cancel',
    );
    const dialog = h(
      'dialog',
      { class: 'dialog', 'aria-labelledby': 'dialog-title', 'data-testid': 'confirm-dialog' },
      h('h2', { id: 'dialog-title' }, opts.title),
      h('p', {}, opts.body),
      h('div', { class: 'actions' }, ok, cancel),
    );
    const finish = (value: boolean) => {
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    ok.addEventListener('click', () => finish(true));
    cancel.addEventListener('click', () => finish(false));
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      finish(false);
    });
    document.body.appendChild(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
