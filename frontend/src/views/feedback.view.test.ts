// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GradedFeedback, GradingAttempt, StepFeedback } from '../api';
import { MARKUP, STEP_KEYS, framework, frameworkSteps, interview, scenario } from '../testing/fixtures';
import { byTestId, fakeApi, type Routes, viewContext } from '../testing/fakeApi';
import { feedbackView } from './feedback';

// A stand-in for mermaid whose SVG carries what the page must strip before showing it (happy-dom's
// parser already drops a script inside an svg, so handlers, foreignObject and links carry the test).
const mermaid = vi.hoisted(() => ({ loads: 0 }));
vi.mock('mermaid', () => {
  mermaid.loads++;
  return {
    default: {
      initialize() {},
      parse: () => Promise.resolve({}),
      render: (id: string) =>
        Promise.resolve({
          svg:
            `<svg id="${id}"><g onclick="alert(1)"><text>Retriever</text></g>` +
            '<foreignObject><img src="x" onerror="alert(2)"></foreignObject>' +
            '<a href="javascript:alert(3)"><text>Index</text></a><script>alert(4)</script></svg>',
        }),
    },
  };
});

/** Server-Sent Events under the test's control. */
class FakeEventSource {
  static last: FakeEventSource | null = null;
  readonly listeners = new Map<string, ((e: MessageEvent) => void)[]>();
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(name: string, fn: (e: MessageEvent) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
  }
  emit(name: string, data: unknown) {
    for (const fn of this.listeners.get(name) ?? []) fn(new MessageEvent(name, { data: JSON.stringify(data) }));
  }
  close() {
    this.closed = true;
  }
}

const DIAGRAM = '```mermaid\nflowchart LR\n  Query --> Retriever\n```';
const answers: Record<string, string> = {
  'clarifying-requirements': 'We need p95 latency under 2 s for 10k employees.',
  framing: `Treat it as retrieval plus generation. ${MARKUP}`,
  'system-design': `The retriever sits behind the gateway.\n${DIAGRAM}`,
};

function stepFeedback(key: string, score: number, extra: Partial<StepFeedback> = {}): StepFeedback {
  return {
    key,
    title: '',
    score,
    rationale: `Rationale for ${key}.`,
    evidence: [],
    coveredKeyPoints: [`Covered point of ${key}`],
    missedKeyPoints: [],
    suggestions: [`Suggestion for ${key}`],
    referenceAnswer: `Reference for **${key}**.`,
    ...extra,
  };
}

const graded: GradedFeedback = {
  status: 'GRADED',
  attempt: 2,
  judge: { kind: 'llm', model: 'gpt-4o-mini', promptVersion: '3' },
  overallScore: 64,
  verdict: 'LEAN_HIRE',
  flags: ['PROMPT_INJECTION_SUSPECTED'],
  steps: STEP_KEYS.map((key) =>
    key === 'clarifying-requirements'
      ? stepFeedback(key, 4, { evidence: ['p95 latency under 2 s'], missedKeyPoints: [`Missed ${MARKUP}`] })
      : key === 'framing'
        ? stepFeedback(key, 1, { rationale: `The answer ${MARKUP} is thin.` })
        : stepFeedback(key, 3),
  ),
  facts: [{ text: 'About 10k employees use the wiki.', keywords: ['users'] }],
};

const attempts: GradingAttempt[] = [
  {
    attempt: 1,
    status: 'GRADED',
    judge: graded.judge,
    overallScore: 58,
    verdict: 'LEAN_HIRE',
    requestedAt: '2026-11-30T10:00:00Z',
    finishedAt: '2026-11-30T10:01:00Z',
  },
  {
    attempt: 2,
    status: 'GRADED',
    judge: graded.judge,
    overallScore: 64,
    verdict: 'LEAN_HIRE',
    requestedAt: '2026-12-01T10:00:00Z',
    finishedAt: '2026-12-01T10:01:00Z',
  },
];

let cleanup = () => {};
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function render(routes: Routes) {
  vi.stubGlobal('EventSource', FakeEventSource);
  const api = fakeApi({
    'GET /api/interviews/7': { body: { ...interview('GRADED', answers), overallScore: 64, verdict: 'LEAN_HIRE' } },
    'GET /api/interviews/7/gradings': { body: attempts },
    ...routes,
  });
  const view = viewContext();
  cleanup = view.cleanup;
  await feedbackView(view.ctx, '7');
  return { api, root: view.root };
}

describe('the feedback report', () => {
  it('shows the score, the verdict, the judge and every step, with the answers as text', async () => {
    const { root } = await render({ 'GET /api/interviews/7/feedback': { body: graded } });

    expect(root.querySelector('h1')?.textContent).toBe(`Feedback: ${scenario.title}`);
    expect(byTestId(root, 'overall-score').textContent).toBe('64');
    expect(byTestId(root, 'verdict').textContent).toBe('Lean hire');
    expect(byTestId(root, 'judge').textContent).toBe('Graded by an LLM judge: gpt-4o-mini, prompt version 3.');
    expect(byTestId(root, 'pass-line').textContent).toBe(framework.passLine);
    expect(byTestId(root, 'flags').textContent).toContain('looked like instructions to the grader');
    expect(byTestId(root, 'radar-chart').tagName.toLowerCase()).toBe('svg');

    for (const key of STEP_KEYS) expect(byTestId(root, `feedback-step-${key}`)).toBeTruthy();
    expect(byTestId(root, 'feedback-step-evaluation').querySelector('h2')?.textContent).toBe(
      `5. ${frameworkSteps[4].title} 3 / 5`,
    );
    expect(byTestId(root, 'step-score-clarifying-requirements').textContent).toBe('4 / 5');
    const evidence = byTestId(root, 'feedback-answer-clarifying-requirements');
    expect(evidence.textContent).toBe(answers['clarifying-requirements']);
    expect([...evidence.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['p95 latency under 2 s']);
    expect(
      [...byTestId(root, 'missed-clarifying-requirements').querySelectorAll('li')].map((li) => li.textContent),
    ).toEqual([`Missed ${MARKUP}`]);
    expect(byTestId(root, 'covered-evaluation').textContent).toBe('Covered point of evaluation');
    expect(byTestId(root, 'suggestions-evaluation').textContent).toBe('Suggestion for evaluation');
    expect(byTestId(root, 'reference-evaluation').querySelector('strong')?.textContent).toBe('evaluation');

    expect(byTestId(root, 'feedback-answer-framing').textContent).toBe(answers.framing);
    expect(byTestId(root, 'feedback-step-framing').textContent).toContain(`The answer ${MARKUP} is thin.`);
    expect(byTestId(root, 'drill-step-framing').textContent).toBe('Drill this step');
    expect(root.querySelector('[data-testid=drill-step-evaluation]')).toBeNull();
    expect(byTestId(root, 'report-facts').textContent).toContain('About 10k employees use the wiki.');
    expect(root.querySelector('img')).toBeNull();

    expect(byTestId(root, 'attempt-2').textContent).toContain('2 (shown)');
    expect(byTestId(root, 'attempt-1').textContent).toContain('58 / 100, Lean hire');
  });

  it('draws a diagram of the answer with mermaid, loaded on demand, stripped of scripts and handlers', async () => {
    const { root } = await render({ 'GET /api/interviews/7/feedback': { body: graded } });

    const figure = await vi.waitFor(() => byTestId(root, 'feedback-diagram-system-design'));
    expect(mermaid.loads).toBe(1);
    expect([...figure.querySelectorAll('svg text')].map((t) => t.textContent)).toEqual(['Retriever', 'Index']);
    expect(figure.querySelector('script, foreignObject, img, a, [onclick], [href]')).toBeNull();
    expect(root.querySelector('[data-testid=feedback-diagram-framing]')).toBeNull();
  });

  it('follows the grading live and shows the report when it is done', async () => {
    let feedback: unknown = { status: 'GRADING', progress: { done: 2, total: 7 } };
    const { root } = await render({ 'GET /api/interviews/7/feedback': () => ({ body: feedback }) });

    expect(byTestId(root, 'progress-text').textContent).toBe('2 of 7 steps graded');
    expect(byTestId<HTMLProgressElement>(root, 'progress-overall').value).toBe(2);
    const events = FakeEventSource.last!;
    expect(events.url).toBe('/api/interviews/7/events');
    events.emit('progress', { done: 3, total: 7, step: 'evaluation' });
    expect(byTestId(root, 'progress-text').textContent).toBe('3 of 7 steps graded');
    expect(byTestId<HTMLProgressElement>(root, 'progress-evaluation').value).toBe(1);

    feedback = graded;
    events.emit('done', { status: 'GRADED' });
    await vi.waitFor(() => expect(byTestId(root, 'overall-score').textContent).toBe('64'));
    expect(events.closed).toBe(true);
  });

  it('offers to grade again when grading failed', async () => {
    let feedback: unknown = { status: 'FAILED', reason: 'The judge did not answer in time.' };
    const { api, root } = await render({
      'GET /api/interviews/7/feedback': () => ({ body: feedback }),
      'POST /api/interviews/7/regrade': () => {
        feedback = graded;
        return { status: 202, body: { status: 'GRADING' } };
      },
    });

    const failed = byTestId(root, 'grading-failed');
    expect(failed.textContent).toContain('The judge did not answer in time.');
    expect(failed.textContent).toContain('Your answers are kept.');
    byTestId<HTMLButtonElement>(root, 'regrade').click();

    await vi.waitFor(() => expect(byTestId(root, 'verdict').textContent).toBe('Lean hire'));
    expect(api.to('POST', '/api/interviews/7/regrade')).toHaveLength(1);
  });
});
