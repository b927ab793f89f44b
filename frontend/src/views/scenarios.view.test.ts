// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioSummary } from '../api';
import { MARKUP, frameworkSteps, interview, scenario, summary } from '../testing/fixtures';
import { byTestId, fakeApi, problem, viewContext } from '../testing/fakeApi';
import { scenarioView, scenariosView } from './scenarios';

const images: ScenarioSummary = {
  id: 2,
  slug: 'product-images',
  title: `Generate product images ${MARKUP}`,
  category: 'generative-media',
  difficulty: 'hard',
  summary: `Summary with ${MARKUP} in it.`,
  durationMinutes: 60,
  tags: [],
};

let cleanup = () => {};
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  location.hash = '';
});

describe('the scenario list', () => {
  it('shows a card per scenario, with its facts, and the interview to resume', async () => {
    fakeApi({
      'GET /api/scenarios?': { body: [summary, images] },
      'GET /api/interviews': {
        body: [
          { ...interview('IN_PROGRESS'), id: 9 },
          { ...interview('GRADED'), id: 3 },
        ],
      },
    });
    const view = viewContext();
    cleanup = view.cleanup;
    await scenariosView(view.ctx);
    const { root } = view;

    expect(root.querySelector('h1')?.textContent).toBe('Practise a system-design interview');
    expect(byTestId(root, 'scenario-count').textContent).toBe('2 scenarios');
    const card = root.querySelector('[data-testid=scenario-card][data-slug=rag-chatbot]')!;
    expect(card.querySelector('h2 a')?.textContent).toBe(summary.title);
    expect(card.querySelector('h2 a')?.getAttribute('href')).toBe('#/scenarios/rag-chatbot');
    expect(byTestId(card, 'difficulty').textContent).toBe('medium');
    expect(byTestId(card, 'duration').textContent).toBe('45 min');
    expect(card.textContent).toContain('LLM application');
    expect([...card.querySelectorAll('.tag')].map((t) => t.textContent)).toEqual(['#rag', '#retrieval']);

    const other = root.querySelector('[data-testid=scenario-card][data-slug=product-images]')!;
    expect(other.querySelector('h2 a')?.textContent).toBe(images.title);
    expect(other.textContent).toContain(`Summary with ${MARKUP} in it.`);
    expect(root.querySelector('img')).toBeNull();

    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid=resume-interview]')).toHaveLength(1));
    const resume = byTestId(root, 'resume-interview');
    expect(resume.getAttribute('href')).toBe('#/interviews/9');
    expect(resume.textContent).toBe(`Resume “${scenario.title}”`);
  });

  it('asks the service again when a filter changes', async () => {
    const api = fakeApi({
      'GET /api/scenarios?': { body: [summary, images] },
      'GET /api/scenarios?category=generative-media': { body: [images] },
      'GET /api/interviews': { body: [] },
    });
    const view = viewContext();
    cleanup = view.cleanup;
    await scenariosView(view.ctx);
    const category = view.root.querySelector<HTMLSelectElement>('#category')!;
    category.value = 'generative-media';
    category.dispatchEvent(new Event('change'));

    await vi.waitFor(() => expect(byTestId(view.root, 'scenario-count').textContent).toBe('1 scenario'));
    expect(api.to('GET', '/api/scenarios?category=generative-media')).toHaveLength(1);
    expect(view.root.querySelectorAll('[data-testid=scenario-card]')).toHaveLength(1);
    expect(view.root.querySelectorAll('[data-testid=resume-interview]')).toHaveLength(0);
  });
});

describe('the scenario page', () => {
  it('shows the problem statement as safe Markdown and the seven steps', async () => {
    fakeApi({
      'GET /api/scenarios/rag-chatbot': {
        body: { ...scenario, prompt: `${scenario.prompt}\n\n<script>alert(1)</script> ${MARKUP}` },
      },
    });
    const view = viewContext();
    await scenarioView(view.ctx, 'rag-chatbot');
    const { root } = view;

    expect(root.querySelector('h1')?.textContent).toBe(scenario.title);
    expect(root.querySelector('.markdown strong')?.textContent).toBe('plain English');
    expect([...root.querySelectorAll('.markdown li')].map((li) => li.textContent)).toEqual([
      '10k users',
      'answers cite sources',
    ]);
    expect(root.textContent).toContain(`<script>alert(1)</script> ${MARKUP}`);
    expect(root.querySelector('script, img')).toBeNull();
    const steps = [...root.querySelectorAll('.step-overview li')].map((li) => li.textContent);
    expect(steps).toHaveLength(7);
    expect(steps[0]).toBe(`${frameworkSteps[0].title} (~5 min)`);
    expect(byTestId(root, 'start-interview').textContent).toBe('Start the 45-minute interview');
    expect(document.title).toBe(scenario.title);
  });

  it('starts an interview and goes to it', async () => {
    const api = fakeApi({
      'GET /api/scenarios/rag-chatbot': { body: scenario },
      'POST /api/interviews': { status: 201, body: { ...interview('IN_PROGRESS'), id: 42 } },
    });
    const view = viewContext();
    await scenarioView(view.ctx, 'rag-chatbot');
    byTestId<HTMLButtonElement>(view.root, 'start-interview').click();

    await vi.waitFor(() => expect(location.hash).toBe('#/interviews/42'));
    expect(api.to('POST', '/api/interviews')[0].body).toEqual({ scenarioId: 1 });
  });

  it('says why an interview could not start', async () => {
    fakeApi({
      'GET /api/scenarios/rag-chatbot': { body: scenario },
      'POST /api/interviews': problem(429, 'Too Many Requests', 'You have started too many interviews today.'),
    });
    const view = viewContext();
    await scenarioView(view.ctx, 'rag-chatbot');
    const start = byTestId<HTMLButtonElement>(view.root, 'start-interview');
    start.click();

    await vi.waitFor(() =>
      expect(view.root.querySelector('[role=alert]')?.textContent).toBe('You have started too many interviews today.'),
    );
    expect(start.disabled).toBe(false);
    expect(location.hash).toBe('');
  });
});
