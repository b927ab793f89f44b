// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GradedFeedback, InterviewSummary, PracticePlan, ScenarioSummary } from '../api';
import { MARKUP, STEP_KEYS, frameworkSteps, summary } from '../testing/fixtures';
import { byTestId, fakeApi, viewContext } from '../testing/fakeApi';
import { historyView } from './history';

const featureStore: ScenarioSummary = {
  id: 11,
  slug: 'feature-store',
  title: 'Design a feature store',
  category: 'ml-platform',
  difficulty: 'easy',
  summary: 'Features for training and serving.',
  durationMinutes: 30,
  tags: [],
};
const images: ScenarioSummary = {
  ...featureStore,
  id: 12,
  slug: 'images',
  title: 'Images',
  category: 'generative-media',
  difficulty: 'hard',
};

function past(id: number, status: string, day: number, overallScore: number | null): InterviewSummary {
  return {
    id,
    status,
    mode: 'full',
    scenario: { id: 1, slug: summary.slug, title: `${summary.title} ${MARKUP}` },
    startedAt: `2026-11-${day}T09:00:00Z`,
    submittedAt: status === 'IN_PROGRESS' ? null : `2026-11-${day}T09:45:00Z`,
    overtime: false,
    overallScore,
    verdict: overallScore == null ? null : 'LEAN_NO_HIRE',
  };
}

/** Graded feedback where evaluation scored `evaluation` and every other step 3 or 4. */
function graded(evaluation: number, overallScore: number): GradedFeedback {
  return {
    status: 'GRADED',
    judge: { kind: 'offline', model: 'offline-coverage-3', promptVersion: '1' },
    overallScore,
    verdict: 'LEAN_NO_HIRE',
    flags: [],
    steps: STEP_KEYS.map((key, i) => ({
      key,
      title: '',
      score: key === 'evaluation' ? evaluation : 3 + (i % 2),
      rationale: '',
      evidence: [],
      coveredKeyPoints: [],
      missedKeyPoints: [],
      suggestions: [],
      referenceAnswer: '',
    })),
  };
}

const plan: PracticePlan = {
  due: [
    {
      stepKey: 'evaluation',
      stepTitle: 'Evaluation (offline and online)',
      box: 1,
      dueAt: new Date().toISOString(),
      lastScore: 1,
      scenarioId: 11,
      scenarioSlug: 'feature-store',
      scenarioTitle: 'Design a feature store',
      reason: 'Scored 1 last time: back to box 1.',
      focus: [],
    },
  ],
  upcoming: [],
};

afterEach(() => {
  vi.unstubAllGlobals();
  location.hash = '';
});

describe('the history view', () => {
  it('lists past interviews and shows the weakest step, the trends and what to practise next', async () => {
    const drill = { ...past(6, 'IN_PROGRESS', 29, null), mode: 'drill' as const, steps: ['evaluation'] };
    fakeApi({
      'GET /api/interviews': { body: [drill, past(5, 'GRADED', 28, 41), past(3, 'GRADED', 20, 52)] },
      'GET /api/interviews/5/feedback': { body: graded(1, 41) },
      'GET /api/interviews/3/feedback': { body: graded(2, 52) },
      'GET /api/me/practice-plan': { body: plan },
      'GET /api/scenarios?': { body: [summary, featureStore, images] },
    });
    const { ctx, root } = viewContext();
    await historyView(ctx);

    expect(root.querySelector('h1')?.textContent).toBe('History and progress');
    const rows = [...byTestId(root, 'history-table').querySelectorAll<HTMLElement>('[data-testid=history-row]')];
    expect(rows.map((r) => r.dataset.id)).toEqual(['6', '5', '3']);
    expect(rows[0].querySelector('th')?.textContent).toBe(`${summary.title} ${MARKUP}Drill: Evaluation`);
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('#/interviews/6');
    expect(rows[0].querySelector('a')?.textContent).toBe('Continue');
    expect(byTestId(rows[0], 'history-score').textContent).toBe('–');
    expect(byTestId(rows[1], 'history-score').textContent).toBe('41');
    expect(rows[1].textContent).toContain('Lean no hire');
    expect(rows[1].querySelector('a')?.getAttribute('href')).toBe('#/interviews/5/feedback');
    expect(root.querySelector('img')).toBeNull();

    const weakest = byTestId(root, 'weakest-step-title');
    expect(weakest.dataset.step).toBe('evaluation');
    expect(weakest.textContent).toBe(frameworkSteps[4].title);
    expect(byTestId(root, 'weakest-step').textContent).toContain('averages 1.5 / 5 across 2 graded interview(s)');
    const trend = byTestId(root, 'trend-evaluation');
    expect(trend.classList.contains('weak')).toBe(true);
    expect([...trend.querySelectorAll('td.num')].map((td) => td.textContent)).toEqual(['1', '1.5']);
    expect(trend.querySelector('svg')?.getAttribute('aria-label')).toBe(`${frameworkSteps[4].title}: 2, 1`);
    expect(byTestId(root, 'step-trends').querySelectorAll('tbody tr')).toHaveLength(8);

    await vi.waitFor(() => expect(root.querySelector('[data-testid=suggested-scenario]')).not.toBeNull());
    const suggested = byTestId(root, 'suggested-scenario');
    expect(suggested.dataset.slug).toBe('feature-store');
    expect(suggested.getAttribute('href')).toBe('#/scenarios/feature-store');

    const due = byTestId(root, 'due-today');
    await vi.waitFor(() => expect(due.hidden).toBe(false));
    expect(byTestId(due, 'due-reason-evaluation').textContent).toBe('Scored 1 last time: back to box 1.');
    expect(byTestId(due, 'drill-due-evaluation').textContent).toBe('Drill Evaluation on Design a feature store');
  });

  it('starts the drill that is due', async () => {
    const api = fakeApi({
      'GET /api/interviews': { body: [past(5, 'GRADED', 28, 41)] },
      'GET /api/interviews/5/feedback': { body: graded(1, 41) },
      'GET /api/me/practice-plan': { body: plan },
      'GET /api/scenarios?': { body: [featureStore] },
      'POST /api/interviews': { status: 201, body: { id: 8 } },
    });
    const { ctx, root } = viewContext();
    await historyView(ctx);
    const button = await vi.waitFor(() => byTestId<HTMLButtonElement>(root, 'drill-due-evaluation'));
    button.click();

    await vi.waitFor(() => expect(location.hash).toBe('#/interviews/8'));
    expect(api.to('POST', '/api/interviews')[0].body).toEqual({ scenarioId: 11, steps: ['evaluation'] });
  });

  it('invites a first interview when there is none', async () => {
    const api = fakeApi({ 'GET /api/interviews': { body: [] } });
    const { ctx, root } = viewContext();
    await historyView(ctx);

    expect(root.textContent).toContain('No interviews yet. Pick a scenario to start your first.');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('#/scenarios');
    expect(root.querySelector('[data-testid=history-table]')).toBeNull();
    expect(api.to('GET', '/api/me/practice-plan')).toHaveLength(0);
  });
});
