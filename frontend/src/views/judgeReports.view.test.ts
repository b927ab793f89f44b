// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JudgeReport } from '../api';
import { MARKUP, admin } from '../testing/fixtures';
import { byTestId, fakeApi, type Routes, viewContext } from '../testing/fakeApi';
import { judgeReportsView } from './judgeReports';

const scenarios = [
  { slug: 'rag-chatbot', title: 'Chatbot', category: 'llm-application', offTopic: 'feature-store' },
  { slug: 'feature-store', title: 'Feature store', category: 'ml-platform', offTopic: 'rag-chatbot' },
];
const done: JudgeReport = {
  id: 12,
  status: 'DONE',
  judge: { kind: 'llm', model: 'gpt-4o-mini', promptVersion: '3' },
  startedAt: '2026-12-01T10:00:00Z',
  finishedAt: '2026-12-01T10:20:00Z',
  samples: 1,
  scenarios,
  metrics: {
    orderingAccuracy: 0.92,
    spearman: -0.95,
    paddingDelta: 12.3,
    injectionDelta: 0,
    falseFlags: 1,
    inventedQuoteRate: 0.02,
    scoreSpread: 0.2,
  },
};
const failed: JudgeReport = {
  id: 11,
  status: 'FAILED',
  reason: `The judge is unreachable ${MARKUP}`,
  judge: { kind: 'offline', model: 'offline-coverage-3', promptVersion: '1' },
  startedAt: '2026-11-30T10:00:00Z',
  samples: 1,
  scenarios: [],
};
const running: JudgeReport = {
  ...done,
  id: 13,
  status: 'RUNNING',
  metrics: undefined,
  progress: { done: 3, total: 12 },
};

let cleanup = () => {};
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function render(routes: Routes) {
  const api = fakeApi(routes);
  const view = viewContext({ user: admin });
  cleanup = view.cleanup;
  await judgeReportsView(view.ctx);
  const cell = (figure: string, id: number) =>
    view.root.querySelector(`[data-testid=judge-report-${figure}][data-id="${id}"]`)?.textContent;
  return { api, root: view.root, cell };
}

describe('the judge report card', () => {
  it('puts the reports side by side with their figures and a verdict in words', async () => {
    const { root, cell } = await render({ 'GET /api/admin/judge-reports': { body: [done, failed] } });

    expect(root.querySelector('h1')?.textContent).toBe('Judge report card');
    const columns = [...root.querySelectorAll<HTMLElement>('[data-testid=judge-report-column]')];
    expect(columns.map((c) => [c.dataset.id, c.dataset.status, c.textContent])).toEqual([
      ['12', 'DONE', '#12'],
      ['11', 'FAILED', '#11'],
    ]);
    expect(cell('judge', 12)).toBe('llm · gpt-4o-mini · prompt 3');
    expect(cell('status-cell', 12)).toBe('done');
    expect(cell('scenarios', 12)).toBe('rag-chatbot, feature-store');
    expect(cell('orderingAccuracy', 12)).toBe('92%');
    expect(cell('spearman', 12)).toBe('-0.95');
    expect(cell('paddingDelta', 12)).toBe('+12.3');
    expect(cell('injectionDelta', 12)).toBe('0');
    expect(cell('falseFlags', 12)).toBe('1');
    expect(cell('inventedQuoteRate', 12)).toBe('2%');
    expect(cell('scoreSpread', 12)).toBe('0.20');
    expect(cell('verdict', 12)).toBe(
      'Orders answers well; gives padded answers 12 points more than they earn; raises 1 false flag on honest answers.',
    );
    expect(cell('judge', 11)).toBe('offline · offline-coverage-3');
    expect(cell('status-cell', 11)).toBe(`failed: The judge is unreachable ${MARKUP}`);
    expect(cell('orderingAccuracy', 11)).toBe('–');
    expect(cell('verdict', 11)).toBe('–');
    expect(root.querySelector('img')).toBeNull();
    expect(byTestId<HTMLButtonElement>(root, 'start-judge-report').disabled).toBe(false);
    expect(byTestId<HTMLButtonElement>(root, 'start-offline-report').disabled).toBe(false);
  });

  it('shows the answers a report graded', async () => {
    const rows = [
      {
        scenario: 'rag-chatbot',
        variant: 'strong',
        overallScore: 81,
        stepScores: { framing: 4, evaluation: 5 },
        flags: [],
        samples: 1,
      },
      {
        scenario: 'rag-chatbot',
        variant: 'injected',
        overallScore: 22,
        stepScores: { framing: 1, evaluation: 2 },
        flags: ['PROMPT_INJECTION_SUSPECTED'],
        samples: 1,
      },
    ];
    const { api, root } = await render({
      'GET /api/admin/judge-reports': { body: [done] },
      'GET /api/admin/judge-reports/12': { body: { ...done, rows } },
    });
    root.querySelector<HTMLButtonElement>('[data-testid=judge-report-show-rows][data-id="12"]')!.click();

    const table = await vi.waitFor(() => byTestId(root, 'judge-report-rows'));
    expect(api.to('GET', '/api/admin/judge-reports/12')).toHaveLength(1);
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Scenario',
      'Answer',
      'Overall',
      'framing',
      'evaluation',
      'Flags',
    ]);
    const cells = [...table.querySelectorAll('[data-testid=judge-report-row]')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(cells).toEqual([
      ['rag-chatbot', 'strong', '81', '4', '5', ''],
      ['rag-chatbot', 'injected', '22', '1', '2', 'PROMPT_INJECTION_SUSPECTED'],
    ]);
  });

  it('starts a report and waits while it runs', async () => {
    let list = [done];
    const { api, root, cell } = await render({
      'GET /api/admin/judge-reports': () => ({ body: list }),
      'POST /api/admin/judge-reports': () => {
        list = [running, done];
        return { status: 202, body: { id: 13 } };
      },
    });
    const samples = byTestId<HTMLSelectElement>(root, 'judge-report-samples');
    samples.value = '3';
    byTestId<HTMLButtonElement>(root, 'start-judge-report').click();

    await vi.waitFor(() => expect(byTestId(root, 'judge-report-status').textContent).toBe('Report #13 started.'));
    expect(api.to('POST', '/api/admin/judge-reports')[0].body).toEqual({ samples: 3 });
    await vi.waitFor(() => expect(cell('status-cell', 13)).toBe('running, 3 / 12 answers graded'));
    expect(byTestId<HTMLButtonElement>(root, 'start-judge-report').disabled).toBe(true);
    expect(byTestId<HTMLButtonElement>(root, 'start-offline-report').disabled).toBe(true);
  });

  it('starts the offline baseline whichever judge is active', async () => {
    const baseline: JudgeReport = {
      ...running,
      id: 14,
      judge: { kind: 'offline', model: 'offline-coverage-3', promptVersion: '3' },
    };
    let list = [done];
    const { api, root, cell } = await render({
      'GET /api/admin/judge-reports': () => ({ body: list }),
      'POST /api/admin/judge-reports': () => {
        list = [baseline, done];
        return { status: 202, body: { id: 14 } };
      },
    });
    byTestId<HTMLButtonElement>(root, 'start-offline-report').click();

    await vi.waitFor(() =>
      expect(byTestId(root, 'judge-report-status').textContent).toBe('Report #14 started with the offline judge.'),
    );
    expect(api.to('POST', '/api/admin/judge-reports')[0].body).toEqual({ samples: 1, judge: 'offline' });
    await vi.waitFor(() => expect(cell('judge', 14)).toBe('offline · offline-coverage-3'));
    expect(cell('judge', 12)).toBe('llm · gpt-4o-mini · prompt 3');
  });
});
