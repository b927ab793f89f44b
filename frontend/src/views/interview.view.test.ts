// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Interview } from '../api';
import { MARKUP, STEP_KEYS, frameworkSteps, interview, scenario } from '../testing/fixtures';
import { byTestId, fakeApi, problem, type, type Routes, viewContext } from '../testing/fakeApi';
import { interviewView } from './interview';

// Mermaid is loaded only for an answer that holds a diagram; none here does.
const mermaid = vi.hoisted(() => ({ loads: 0 }));
vi.mock('mermaid', () => {
  mermaid.loads++;
  return {
    default: {
      initialize() {},
      parse: () => Promise.resolve({}),
      render: () => Promise.resolve({ svg: '<svg></svg>' }),
    },
  };
});

function inProgress(): Interview {
  const iv = interview('IN_PROGRESS', { 'clarifying-requirements': 'Ask about p95 latency', framing: MARKUP });
  iv.steps[1].followUp = { question: 'What about <b>p99</b>?', reply: null };
  iv.questions = [
    { id: 1, question: `Is it ${MARKUP}?`, answer: 'About 10k employees.', grounded: true, askedAt: iv.startedAt },
  ];
  return iv;
}

let cleanup = () => {};
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
  location.hash = '';
});

async function render(routes: Routes = {}) {
  const api = fakeApi({ 'GET /api/interviews/7': { body: inProgress() }, ...routes });
  const view = viewContext();
  cleanup = view.cleanup;
  await interviewView(view.ctx, '7');
  return { api, root: view.root };
}

describe('the interview workspace', () => {
  it('shows the problem, the clock and every step with its criteria and saved answer, as text', async () => {
    const { root } = await render();

    expect(root.querySelector('h1')?.textContent).toBe(scenario.title);
    expect(byTestId(root, 'problem-statement').querySelector('strong')?.textContent).toBe('plain English');
    expect(byTestId(root, 'countdown').textContent).toMatch(/^4[45]:\d\d left$/);
    expect(byTestId(root, 'pace').textContent).toBe('Suggested now: 1. Requirements (until minute 5)');
    for (const key of STEP_KEYS) expect(byTestId(root, `step-${key}`)).toBeTruthy();
    expect(byTestId(root, 'step-framing').querySelector('h2')?.textContent).toBe(
      `2. ${frameworkSteps[1].title} ~5 min`,
    );
    expect([...byTestId(root, 'criteria-evaluation').querySelectorAll('li')].map((li) => li.textContent)).toEqual(
      frameworkSteps[4].criteria,
    );

    expect(byTestId<HTMLTextAreaElement>(root, 'answer-clarifying-requirements').value).toBe('Ask about p95 latency');
    expect(byTestId(root, 'word-count-answer-clarifying-requirements').textContent).toBe(
      '4 words · 21 / 20,000 characters',
    );
    expect(byTestId<HTMLTextAreaElement>(root, 'answer-framing').value).toBe(MARKUP);
    expect(byTestId(root, 'follow-up-question-framing').textContent).toBe('What about <b>p99</b>?');
    expect(byTestId(root, 'ask-follow-up-framing').hidden).toBe(true);
    expect(byTestId(root, 'asked-question').textContent).toBe(`Is it ${MARKUP}?`);
    expect(byTestId(root, 'interviewer-answer').textContent).toBe('About 10k employees.');
    expect(byTestId(root, 'answer-source').textContent).toBe('from the brief');
    expect(root.querySelector('img, b')).toBeNull();
    expect(mermaid.loads).toBe(0);
  });

  it('saves an answer when the editor loses focus, and forgets the draft once saved', async () => {
    const { api, root } = await render({
      'PUT /api/interviews/7/answers/evaluation': {
        body: { key: 'evaluation', text: 'Offline: recall@10', version: 1 },
      },
    });
    const answer = byTestId<HTMLTextAreaElement>(root, 'answer-evaluation');
    type(answer, 'Offline: recall@10');
    expect(byTestId(root, 'save-status-answer-evaluation').textContent).toBe('unsaved changes');
    expect(localStorage.getItem('design-coach:draft:7:answer:evaluation')).toContain('recall@10');
    answer.dispatchEvent(new Event('blur'));

    await vi.waitFor(() => expect(byTestId(root, 'save-status-answer-evaluation').textContent).toBe('saved 0 s ago'));
    expect(api.to('PUT', '/api/interviews/7/answers/evaluation')[0].body).toEqual({
      text: 'Offline: recall@10',
      version: 0,
    });
    expect(localStorage.getItem('design-coach:draft:7:answer:evaluation')).toBeNull();
    expect(byTestId(root, 'word-count-answer-evaluation').textContent).toBe('2 words · 18 / 20,000 characters');
  });

  it('reports a conflict with another tab and reloads the step, keeping what was typed to copy', async () => {
    const fresh = inProgress();
    fresh.steps[0] = { ...fresh.steps[0], text: 'Written in the other tab', version: 4 };
    let reads = 0;
    const { root } = await render({
      'GET /api/interviews/7': () => ({ body: reads++ === 0 ? inProgress() : fresh }),
      'PUT /api/interviews/7/answers/clarifying-requirements': problem(409, 'Conflict', 'Stale version'),
    });
    const answer = byTestId<HTMLTextAreaElement>(root, 'answer-clarifying-requirements');
    type(answer, 'Mine, typed here');
    answer.dispatchEvent(new Event('blur'));

    const status = byTestId(root, 'save-status-answer-clarifying-requirements');
    await vi.waitFor(() => expect(status.textContent).toBe('conflict: your other tab changed this, reload'));
    byTestId<HTMLButtonElement>(root, 'reload-answer-clarifying-requirements').click();

    await vi.waitFor(() => expect(answer.value).toBe('Written in the other tab'));
    expect(status.textContent).toBe('');
    const copy = byTestId(root, 'step-clarifying-requirements').querySelector<HTMLTextAreaElement>('details textarea');
    expect(copy?.value).toBe('Mine, typed here');
  });

  it('puts back a draft that never reached the service', async () => {
    localStorage.setItem(
      'design-coach:draft:7:answer:data-preparation',
      JSON.stringify({ text: 'Typed while offline', baseVersion: 0, at: Date.now() }),
    );
    const { root } = await render({
      'PUT /api/interviews/7/answers/data-preparation': {
        body: { key: 'data-preparation', text: 'Typed while offline', version: 1 },
      },
    });
    expect(byTestId<HTMLTextAreaElement>(root, 'answer-data-preparation').value).toBe('Typed while offline');
    expect(byTestId(root, 'recovered-answer-data-preparation').textContent).toContain('Restored what you typed here');
  });

  it('submits after confirmation and goes to the feedback', async () => {
    const { api, root } = await render({
      'POST /api/interviews/7/submit': { status: 202, body: { status: 'GRADING' } },
    });
    byTestId<HTMLButtonElement>(root, 'submit-interview').click();

    const dialog = byTestId(document.body, 'confirm-dialog');
    expect(dialog.textContent).toContain('You answered 2 of 7 steps.');
    byTestId<HTMLButtonElement>(dialog, 'confirm-submit').click();

    await vi.waitFor(() => expect(location.hash).toBe('#/interviews/7/feedback'));
    expect(api.to('POST', '/api/interviews/7/submit')).toHaveLength(1);
    expect(document.body.querySelector('[data-testid=confirm-dialog]')).toBeNull();
  });
});
