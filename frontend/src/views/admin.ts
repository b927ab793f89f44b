// Scenario administration: the list (archived included), export and import.
import {
  ApiError,
  adminScenarios,
  archiveScenario,
  describeError,
  exportScenarios,
  importScenarios,
  restoreScenario,
  type ScenarioSummary,
} from '../api';
import type { Ctx } from '../context';
import { download, h } from '../dom';
import { categoryLabel } from '../lib/format';
import { groupByDocument, type FieldError } from '../lib/fields';
import { parseImport } from '../lib/importFile';
import { href } from '../router';

export async function exportAll(status: HTMLElement): Promise<void> {
  try {
    const docs = await exportScenarios();
    download(
      `design-coach-scenarios-${new Date().toISOString().slice(0, 10)}.json`,
      JSON.stringify(docs, null, 2) + '\n',
      'application/json',
    );
    status.textContent = `Exported ${docs.length} scenarios.`;
  } catch (e) {
    status.textContent = describeError(e);
  }
}

export async function adminListView(ctx: Ctx): Promise<void> {
  ctx.setTitle('Scenario bank');
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'admin-status' });
  const body = h('tbody');
  const render = (all: ScenarioSummary[]) =>
    body.replaceChildren(
      ...all.map((sc) => {
        const toggle = h(
          'button',
          {
            type: 'button',
            class: 'secondary small',
            'data-testid': sc.archived ? 'restore-scenario' : 'archive-scenario',
          },
          sc.archived ? 'Restore' : 'Archive',
        );
        toggle.addEventListener('click', async () => {
          toggle.disabled = true;
          try {
            if (sc.archived) await restoreScenario(sc.slug);
            else await archiveScenario(sc.slug);
            status.textContent = `${sc.archived ? 'Restored' : 'Archived'} “${sc.title}”.`;
            render(await adminScenarios());
          } catch (e) {
            toggle.disabled = false;
            status.textContent = describeError(e);
          }
        });
        return h(
          'tr',
          { 'data-testid': 'admin-scenario-row', 'data-slug': sc.slug, class: sc.archived ? 'archived' : '' },
          h('th', { scope: 'row' }, h('a', { href: href.adminEdit(sc.slug) }, sc.title)),
          h('td', {}, h('code', {}, sc.slug)),
          h('td', {}, categoryLabel(sc.category)),
          h('td', {}, sc.difficulty),
          h('td', {}, sc.archived ? h('span', { class: 'badge archived' }, 'archived') : 'active'),
          h('td', {}, toggle),
        );
      }),
    );
  const exportButton = h(
    'button',
    { type: 'button', class: 'secondary', 'data-testid': 'export-scenarios' },
    'Export all (JSON)',
  );
  exportButton.addEventListener('click', () => void exportAll(status));
  const all = await adminScenarios();
  render(all);
  ctx.root.replaceChildren(
    h('h1', { tabindex: '-1' }, 'Scenario bank'),
    h(
      'div',
      { class: 'actions' },
      h('a', { class: 'button', href: href.adminNew(), 'data-testid': 'new-scenario' }, 'New scenario'),
      h('a', { class: 'button secondary', href: href.adminImport(), 'data-testid': 'import-scenarios' }, 'Import…'),
      exportButton,
      h(
        'a',
        { class: 'button secondary', href: href.judgeReports(), 'data-testid': 'nav-judge-reports' },
        'Judge report card',
      ),
    ),
    status,
    h(
      'div',
      { class: 'table-wrap card' },
      h(
        'table',
        { 'data-testid': 'admin-scenarios' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Title', 'Slug', 'Category', 'Difficulty', 'State', ''].map((t) => h('th', { scope: 'col' }, t)),
          ),
        ),
        body,
      ),
    ),
  );
}

export async function adminImportView(ctx: Ctx): Promise<void> {
  ctx.setTitle('Import scenarios');
  const existing = new Set((await adminScenarios()).map((sc) => sc.slug));
  const file = h('input', {
    id: 'import-file',
    type: 'file',
    accept: 'application/json,.json',
    'data-testid': 'import-file',
  });
  const upsert = h('input', { id: 'import-upsert', type: 'checkbox', 'data-testid': 'import-upsert' });
  const go = h(
    'button',
    { type: 'button', class: 'primary', disabled: true, 'data-testid': 'import-submit' },
    'Import',
  );
  const preview = h('div', { 'data-testid': 'import-preview' });
  const result = h('div', { role: 'alert', 'data-testid': 'import-result' });
  let docs: unknown[] = [];
  let errors = new Map<number, FieldError[]>();

  const renderPreview = (note = '') => {
    const field = (d: unknown, k: string) => {
      const value = d && typeof d === 'object' ? (d as Record<string, unknown>)[k] : undefined;
      return typeof value === 'string' ? value : value == null ? '' : JSON.stringify(value); // never "[object Object]"
    };
    preview.replaceChildren(
      note ? h('p', { class: 'meta' }, note) : '',
      h('p', {}, `${docs.length} document(s) in the file. Nothing is written unless every document is valid.`),
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['#', 'Slug', 'Title', 'Steps', 'Will', 'Problems'].map((t) => h('th', { scope: 'col' }, t)),
            ),
          ),
          h(
            'tbody',
            {},
            docs.map((d, i) => {
              const slug = field(d, 'slug');
              const steps =
                d &&
                typeof d === 'object' &&
                (d as { steps?: unknown }).steps &&
                typeof (d as { steps: unknown }).steps === 'object'
                  ? Object.keys((d as { steps: object }).steps).length
                  : 0;
              const action = existing.has(slug)
                ? upsert.checked
                  ? 'update (new version)'
                  : 'fail: slug taken'
                : 'create';
              const errs = errors.get(i) ?? [];
              return h(
                'tr',
                { 'data-testid': 'import-row', class: errs.length ? 'invalid' : '' },
                h('td', {}, String(i)),
                h('td', {}, h('code', {}, slug)),
                h('td', {}, field(d, 'title')),
                h('td', {}, `${steps} / 7`),
                h('td', {}, action),
                h(
                  'td',
                  {},
                  errs.length
                    ? h(
                        'ul',
                        { class: 'errors' },
                        errs.map((e) => h('li', {}, h('code', {}, e.field || '(document)'), `: ${e.message}`)),
                      )
                    : '',
                ),
              );
            }),
          ),
        ),
      ),
      errors.has(-1)
        ? h(
            'ul',
            { class: 'errors' },
            errors.get(-1)!.map((e) => h('li', {}, `${e.field}: ${e.message}`)),
          )
        : '',
    );
  };

  let note = '';
  file.addEventListener('change', async () => {
    result.textContent = '';
    errors = new Map();
    docs = [];
    go.disabled = true;
    const f = file.files?.[0];
    if (!f) {
      preview.replaceChildren();
      return;
    }
    try {
      ({ docs, note } = parseImport(await f.text()));
      renderPreview(note);
      go.disabled = docs.length === 0;
    } catch (e) {
      preview.replaceChildren(h('p', { class: 'status' }, `Cannot read ${f.name}: ${(e as Error).message}`));
    }
  });
  upsert.addEventListener('change', () => {
    if (docs.length) renderPreview(note);
  });
  go.addEventListener('click', async () => {
    go.disabled = true;
    result.textContent = 'Importing…';
    try {
      const r = await importScenarios(docs, upsert.checked);
      errors = new Map();
      renderPreview(note);
      result.replaceChildren(
        h('p', { class: 'ok' }, `Imported: ${r.created} created, ${r.updated} updated.`),
        h('a', { href: href.adminList() }, 'Back to the scenario bank'),
      );
      docs.forEach((d) => {
        if (d && typeof d === 'object') existing.add(String((d as { slug?: unknown }).slug));
      });
    } catch (e) {
      go.disabled = false;
      if (e instanceof ApiError && e.problem.errors?.length) {
        errors = groupByDocument(e.problem.errors);
        renderPreview(note);
        result.replaceChildren(
          h(
            'p',
            { class: 'status' },
            `Nothing was imported: ${e.problem.errors.length} problem(s), listed next to their documents below.`,
          ),
        );
      } else result.replaceChildren(h('p', { class: 'status' }, `Nothing was imported: ${describeError(e)}`));
    }
  });

  ctx.root.replaceChildren(
    h('p', {}, h('a', { href: href.adminList() }, '← Scenario bank')),
    h('h1', { tabindex: '-1' }, 'Import scenarios'),
    h(
      'section',
      { class: 'card form' },
      h(
        'p',
        {},
        'Choose a JSON file holding an array of scenario documents (the export format). You get a preview first.',
      ),
      h('label', { for: 'import-file' }, 'JSON file'),
      file,
      h(
        'div',
        { class: 'check' },
        upsert,
        h(
          'label',
          { for: 'import-upsert' },
          'Update scenarios whose slug already exists (new version) instead of failing',
        ),
      ),
      preview,
      h('div', { class: 'actions' }, go),
      result,
    ),
  );
}
