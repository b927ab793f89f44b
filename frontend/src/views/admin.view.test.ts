// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioSummary } from '../api';
import { MARKUP, admin, summary } from '../testing/fixtures';
import { byTestId, fakeApi, problem, viewContext } from '../testing/fakeApi';
import { adminImportView, adminListView } from './admin';

const archived: ScenarioSummary = {
  ...summary,
  id: 2,
  slug: 'old-search',
  title: `Old search ${MARKUP}`,
  category: 'data-platform',
  archived: true,
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the scenario bank', () => {
  it('lists every scenario, archived ones marked, with the admin actions', async () => {
    fakeApi({ 'GET /api/admin/scenarios': { body: [summary, archived] } });
    const { ctx, root } = viewContext({ user: admin });
    await adminListView(ctx);

    expect(root.querySelector('h1')?.textContent).toBe('Scenario bank');
    const active = root.querySelector<HTMLElement>('[data-testid=admin-scenario-row][data-slug=rag-chatbot]')!;
    expect(active.classList.contains('archived')).toBe(false);
    expect(active.querySelector('th a')?.getAttribute('href')).toBe('#/admin/scenarios/rag-chatbot');
    expect([...active.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      'rag-chatbot',
      'LLM application',
      'medium',
      'active',
      'Archive',
    ]);
    const old = root.querySelector<HTMLElement>('[data-testid=admin-scenario-row][data-slug=old-search]')!;
    expect(old.classList.contains('archived')).toBe(true);
    expect(old.querySelector('th')?.textContent).toBe(`Old search ${MARKUP}`);
    expect(byTestId(old, 'restore-scenario').textContent).toBe('Restore');
    expect(root.querySelector('img')).toBeNull();

    expect(byTestId(root, 'new-scenario').getAttribute('href')).toBe('#/admin/scenarios/new');
    expect(byTestId(root, 'import-scenarios').getAttribute('href')).toBe('#/admin/scenarios/import');
    expect(byTestId(root, 'nav-judge-reports').getAttribute('href')).toBe('#/admin/judge-reports');
    expect(byTestId(root, 'export-scenarios').textContent).toBe('Export all (JSON)');
  });

  it('archives a scenario and shows the list again', async () => {
    let list = [summary, archived];
    const api = fakeApi({
      'GET /api/admin/scenarios': () => ({ body: list }),
      'DELETE /api/admin/scenarios/rag-chatbot': () => {
        list = [{ ...summary, archived: true }, archived];
        return { status: 204 };
      },
    });
    const { ctx, root } = viewContext({ user: admin });
    await adminListView(ctx);
    byTestId<HTMLButtonElement>(root, 'archive-scenario').click();

    await vi.waitFor(() => expect(byTestId(root, 'admin-status').textContent).toBe(`Archived “${summary.title}”.`));
    expect(api.to('DELETE', '/api/admin/scenarios/rag-chatbot')).toHaveLength(1);
    const row = root.querySelector('[data-testid=admin-scenario-row][data-slug=rag-chatbot]')!;
    expect(row.classList.contains('archived')).toBe(true);
    expect(root.querySelectorAll('[data-testid=archive-scenario]')).toHaveLength(0);
  });

  it('exports the whole bank as a JSON file', async () => {
    const docs = [{ slug: 'rag-chatbot' }, { slug: 'old-search', archived: true }];
    fakeApi({ 'GET /api/admin/scenarios': { body: [summary] }, 'GET /api/admin/scenarios/export': { body: docs } });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:export';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const stay = (e: Event) => e.preventDefault(); // no navigation to the download
    document.addEventListener('click', stay);
    const { ctx, root } = viewContext({ user: admin });
    await adminListView(ctx);
    byTestId<HTMLButtonElement>(root, 'export-scenarios').click();

    await vi.waitFor(() => expect(byTestId(root, 'admin-status').textContent).toBe('Exported 2 scenarios.'));
    document.removeEventListener('click', stay);
    expect(JSON.parse(await blobs[0].text())).toEqual(docs);
  });
});

describe('the import page', () => {
  const file = [
    { slug: 'rag-chatbot', title: 'Chatbot, second edition', steps: { framing: {}, evaluation: {} } },
    { slug: 'Not A Slug', title: `Bad ${MARKUP}`, steps: {} },
  ];

  async function choose() {
    const { ctx, root } = viewContext({ user: admin });
    await adminImportView(ctx);
    const input = root.querySelector<HTMLInputElement>('#import-file')!;
    Object.defineProperty(input, 'files', {
      value: [new File([JSON.stringify(file)], 'bank.json', { type: 'application/json' })],
    });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid=import-row]')).toHaveLength(2));
    const cells = (i: number) =>
      [...root.querySelectorAll('[data-testid=import-row]')[i].querySelectorAll('td')].map((td) => td.textContent);
    return { root, cells };
  }

  it('previews the file before anything is sent', async () => {
    const api = fakeApi({ 'GET /api/admin/scenarios': { body: [summary] } });
    const { root, cells } = await choose();

    expect(byTestId(root, 'import-preview').textContent).toContain('2 document(s) in the file.');
    expect(cells(0)).toEqual(['0', 'rag-chatbot', 'Chatbot, second edition', '2 / 7', 'fail: slug taken', '']);
    expect(cells(1)).toEqual(['1', 'Not A Slug', `Bad ${MARKUP}`, '0 / 7', 'create', '']);
    expect(root.querySelector('img')).toBeNull();
    expect(byTestId<HTMLButtonElement>(root, 'import-submit').disabled).toBe(false);

    const upsert = byTestId<HTMLInputElement>(root, 'import-upsert');
    upsert.checked = true;
    upsert.dispatchEvent(new Event('change'));
    expect(cells(0)[4]).toBe('update (new version)');
    expect(api.calls.filter((c) => c.method !== 'GET')).toHaveLength(0);
  });

  it('shows the rejected documents with their problems, and imports nothing', async () => {
    const api = fakeApi({
      'GET /api/admin/scenarios': { body: [summary] },
      'POST /api/admin/scenarios/import': problem(400, 'Bad Request', 'Invalid import', [
        { field: '[1].slug', message: 'must be 3 to 80 of a-z, 0-9 and dashes' },
      ]),
    });
    const { root, cells } = await choose();
    byTestId<HTMLButtonElement>(root, 'import-submit').click();

    await vi.waitFor(() =>
      expect(byTestId(root, 'import-result').textContent).toBe(
        'Nothing was imported: 1 problem(s), listed next to their documents below.',
      ),
    );
    expect(api.to('POST', '/api/admin/scenarios/import')[0].body).toEqual(file);
    const rows = root.querySelectorAll('[data-testid=import-row]');
    expect(rows[0].classList.contains('invalid')).toBe(false);
    expect(rows[1].classList.contains('invalid')).toBe(true);
    expect(cells(1)[5]).toBe('slug: must be 3 to 80 of a-z, 0-9 and dashes');
  });

  it('imports with upsert and says what it did', async () => {
    const api = fakeApi({
      'GET /api/admin/scenarios': { body: [summary] },
      'POST /api/admin/scenarios/import?upsert=true': { body: { created: 1, updated: 1 } },
    });
    const { root } = await choose();
    byTestId<HTMLInputElement>(root, 'import-upsert').checked = true;
    byTestId<HTMLButtonElement>(root, 'import-submit').click();

    await vi.waitFor(() =>
      expect(byTestId(root, 'import-result').querySelector('p')?.textContent).toBe('Imported: 1 created, 1 updated.'),
    );
    expect(api.to('POST', '/api/admin/scenarios/import?upsert=true')).toHaveLength(1);
  });
});
