// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Calibration, ScenarioDocument } from '../api';
import { MARKUP, STEP_KEYS, admin, scenario } from '../testing/fixtures';
import { byTestId, fakeApi, problem, type, type Routes, viewContext } from '../testing/fakeApi';
import { adminEditorView } from './adminEditor';

const stored: ScenarioDocument = {
  slug: 'rag-chatbot',
  title: scenario.title,
  summary: scenario.summary,
  prompt: scenario.prompt,
  category: 'llm-application',
  difficulty: 'medium',
  durationMinutes: 45,
  tags: ['rag', 'retrieval'],
  steps: Object.fromEntries(
    STEP_KEYS.map((key) => [
      key,
      {
        keyPoints: [
          { text: `First point of ${key}`, keywords: ['one', 'first'] },
          { text: `Second point of ${key}`, keywords: ['two'] },
        ],
        followUps: [`What breaks first in ${key}?`],
        referenceAnswer: `Reference for ${key} ${MARKUP}`,
      },
    ]),
  ),
};

const calibration: Calibration = {
  slug: 'rag-chatbot',
  judge: { kind: 'offline', model: 'offline-coverage-3', promptVersion: '1' },
  consistent: false,
  steps: [
    { key: 'framing', score: 4, coveredKeyPoints: 2, keyPoints: 2, consistent: true, keyPointsTheReferenceMisses: [] },
    {
      key: 'evaluation',
      score: 2,
      coveredKeyPoints: 1,
      keyPoints: 3,
      consistent: false,
      keyPointsTheReferenceMisses: ['Online A/B test'],
    },
  ],
};

afterEach(() => {
  vi.unstubAllGlobals();
  location.hash = '';
});

async function render(id: string | null, routes: Routes) {
  const api = fakeApi(routes);
  const { ctx, root } = viewContext({ user: admin });
  await adminEditorView(ctx, id);
  const control = <E extends HTMLElement = HTMLInputElement>(path: string) =>
    root.querySelector<E>(`[data-field="${path}"]`)!;
  const save = () => byTestId<HTMLButtonElement>(root, 'save-scenario').click();
  return { api, root, control, save };
}

describe('the scenario editor, for a new scenario', () => {
  it('offers every field of the document, each step open', async () => {
    const { root, control } = await render(null, {});

    expect(root.querySelector('h1')?.textContent).toBe('New scenario');
    expect(control('slug').id).toBe('f-slug');
    expect(control('slug').getAttribute('data-testid')).toBe('field-slug');
    for (const path of ['title', 'summary', 'prompt', 'category', 'difficulty', 'durationMinutes', 'tags']) {
      expect(control(path), path).not.toBeNull();
    }
    const keyPoint = control<HTMLTextAreaElement>('steps.evaluation.keyPoints[0].text');
    expect(keyPoint.id).toBe('f-steps-evaluation-keyPoints-0-text');
    expect(root.querySelector('#f-steps-evaluation-keyPoints-0-text-error')).not.toBeNull();
    expect(control('steps.evaluation.keyPoints[1].keywords')).not.toBeNull();
    expect(control('steps.evaluation.followUps[0]')).not.toBeNull();
    expect(root.querySelectorAll('details.step-editor')).toHaveLength(7);
    expect([...root.querySelectorAll<HTMLDetailsElement>('details.step-editor')].every((d) => d.open)).toBe(true);
    expect(control('durationMinutes').value).toBe('45');
    expect(byTestId(root, 'archive-toggle').hidden).toBe(true);

    byTestId<HTMLButtonElement>(root, 'add-keypoint-evaluation').click();
    expect(control('steps.evaluation.keyPoints[2].text')).not.toBeNull();
  });

  it('puts the service’s validation errors next to their fields', async () => {
    const { api, root, control, save } = await render(null, {
      'POST /api/admin/scenarios': problem(400, 'Bad Request', 'Invalid scenario', [
        { field: 'steps.evaluation.keyPoints[0].text', message: 'must not be blank' },
        { field: 'durationMinutes', message: 'must be at least 10' },
      ]),
    });
    type(control('slug'), 'new-chatbot');
    type(control('title'), 'A new chatbot');
    type(control('durationMinutes'), '5');
    type(control('tags'), 'rag, , chat ');
    save();

    await vi.waitFor(() => expect(byTestId(root, 'editor-status').textContent).toBe('Not saved.'));
    const body = api.to('POST', '/api/admin/scenarios')[0].body as ScenarioDocument;
    expect(body).toMatchObject({
      slug: 'new-chatbot',
      title: 'A new chatbot',
      durationMinutes: 5,
      tags: ['rag', 'chat'],
    });
    expect(Object.keys(body.steps)).toEqual(STEP_KEYS);
    expect(root.querySelector('#f-steps-evaluation-keyPoints-0-text-error')?.textContent).toBe('must not be blank');
    expect(control('steps.evaluation.keyPoints[0].text').getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#f-durationMinutes-error')?.textContent).toBe('must be at least 10');
    const summary = byTestId(root, 'error-summary');
    expect(summary.textContent).toContain('Not saved: 2 field(s) need attention.');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'steps.evaluation.keyPoints[0].text: must not be blank',
      'durationMinutes: must be at least 10',
    ]);
  });

  it('saves, moves to the scenario’s address and shows the calibration', async () => {
    const { root, control, save } = await render(null, {
      'POST /api/admin/scenarios': { status: 201, body: { id: 12, slug: 'new-chatbot', version: 1 } },
      'POST /api/admin/scenarios/new-chatbot/calibrate': { body: calibration },
    });
    type(control('slug'), 'new-chatbot');
    save();

    await vi.waitFor(() => expect(byTestId(root, 'editor-status').textContent).toBe('Saved as version 1.'));
    expect(location.hash).toBe('#/admin/scenarios/new-chatbot');
    expect(byTestId(root, 'calibration-verdict').textContent).toBe('inconsistent');
    expect(byTestId(root, 'calibration-evaluation').classList.contains('invalid')).toBe(true);
    expect(byTestId(root, 'calibration-evaluation').textContent).toContain('Online A/B test');
    expect(byTestId(root, 'calibration-framing').textContent).toContain('2 / 2');
    expect(byTestId(root, 'archive-toggle').hidden).toBe(false);
  });
});

describe('the scenario editor, for an existing scenario', () => {
  const routes: Routes = {
    'GET /api/admin/scenarios/rag-chatbot': { body: stored },
    'GET /api/admin/scenarios/rag-chatbot/versions': {
      body: [
        { version: 2, createdAt: '2026-11-30T10:00:00Z', createdBy: 'admin' },
        { version: 1, createdAt: '2026-11-01T10:00:00Z', createdBy: 'seed' },
      ],
    },
  };

  it('fills every field from the document, steps closed, with the version history', async () => {
    const { root, control } = await render('rag-chatbot', routes);

    expect(root.querySelector('h1')?.textContent).toBe(`Edit: ${scenario.title}`);
    expect(control('slug').value).toBe('rag-chatbot');
    expect(control('tags').value).toBe('rag, retrieval');
    expect(control<HTMLSelectElement>('category').value).toBe('llm-application');
    expect(control<HTMLTextAreaElement>('steps.framing.keyPoints[1].text').value).toBe('Second point of framing');
    expect(control('steps.framing.keyPoints[0].keywords').value).toBe('one, first');
    expect(control('steps.framing.followUps[0]').value).toBe('What breaks first in framing?');
    expect(control<HTMLTextAreaElement>('steps.framing.referenceAnswer').value).toBe(`Reference for framing ${MARKUP}`);
    expect(root.querySelector('img')).toBeNull();
    expect([...root.querySelectorAll<HTMLDetailsElement>('details.step-editor')].some((d) => d.open)).toBe(false);
    expect(byTestId(root, 'editor-status').textContent).toBe('Version 2.');
    expect(byTestId(root, 'version-2').textContent).toMatch(/^Version 2, .+, by admin$/);
    expect(byTestId(root, 'version-1').textContent).toMatch(/by seed$/);
    expect(byTestId(root, 'archive-toggle').textContent).toBe('Archive');
  });

  it('saves a new version against the one it loaded', async () => {
    const { api, root, control, save } = await render('rag-chatbot', {
      ...routes,
      'PUT /api/admin/scenarios/rag-chatbot': { body: { id: 1, slug: 'rag-chatbot', version: 3 } },
      'POST /api/admin/scenarios/rag-chatbot/calibrate': { body: { ...calibration, consistent: true, steps: [] } },
    });
    type(control('title'), 'A sharper title');
    save();

    await vi.waitFor(() => expect(byTestId(root, 'editor-status').textContent).toBe('Saved as version 3.'));
    const [put] = api.to('PUT', '/api/admin/scenarios/rag-chatbot');
    expect(put.headers['If-Match']).toBe('2');
    expect((put.body as ScenarioDocument).title).toBe('A sharper title');
    expect(byTestId(root, 'calibration-verdict').textContent).toBe('consistent');
  });

  it('edits the facts and a reference diagram and saves them in the document', async () => {
    const withFacts: ScenarioDocument = {
      ...stored,
      facts: [
        { text: 'About 40,000 employees, 5,000 questions an hour at peak.', keywords: ['users', 'traffic'] },
        { text: 'Answers within 3 seconds at p95.', keywords: ['latency', 'p95'] },
      ],
    };
    const { api, root, control, save } = await render('rag-chatbot', {
      ...routes,
      'GET /api/admin/scenarios/rag-chatbot': { body: withFacts },
      'PUT /api/admin/scenarios/rag-chatbot': { body: { id: 1, slug: 'rag-chatbot', version: 3 } },
      'POST /api/admin/scenarios/rag-chatbot/calibrate': { body: { ...calibration, consistent: true, steps: [] } },
    });
    expect(control<HTMLTextAreaElement>('facts[1].text').value).toBe('Answers within 3 seconds at p95.');
    expect(control('facts[0].keywords').value).toBe('users, traffic');

    byTestId<HTMLButtonElement>(root, 'add-fact').click();
    type(control<HTMLTextAreaElement>('facts[2].text'), 'Multimodal input is out of scope.');
    type(control('facts[2].keywords'), 'scope, images, ');
    type(control('facts[0].keywords'), 'users, employees, DAU');
    const remove = [...byTestId(root, 'fact-1').querySelectorAll('button')].find(
      (b) => b.textContent === 'Remove fact 2',
    )!;
    remove.click();
    expect(root.querySelectorAll('[data-testid^="fact-"]')).toHaveLength(2);
    expect(control<HTMLTextAreaElement>('facts[1].text').value).toBe('Multimodal input is out of scope.');
    const diagram = 'flowchart LR\n  U[Employee] --> G[API gateway]\n  G -->|pre-filter| I[(Index)]';
    type(control<HTMLTextAreaElement>('steps.system-design.referenceDiagram'), diagram);
    save();

    await vi.waitFor(() => expect(byTestId(root, 'editor-status').textContent).toBe('Saved as version 3.'));
    const body = api.to('PUT', '/api/admin/scenarios/rag-chatbot')[0].body as ScenarioDocument;
    expect(body.facts).toEqual([
      { text: 'About 40,000 employees, 5,000 questions an hour at peak.', keywords: ['users', 'employees', 'DAU'] },
      { text: 'Multimodal input is out of scope.', keywords: ['scope', 'images'] },
    ]);
    expect(body.steps['system-design'].referenceDiagram).toBe(diagram);
    expect(body.steps['framing']).not.toHaveProperty('referenceDiagram');
  });

  it('opens the step that holds an error', async () => {
    const { root, save } = await render('rag-chatbot', {
      ...routes,
      'PUT /api/admin/scenarios/rag-chatbot': problem(400, 'Bad Request', 'Invalid scenario', [
        { field: 'steps.evaluation.referenceAnswer', message: 'must not be blank' },
      ]),
    });
    save();

    await vi.waitFor(() => expect(byTestId(root, 'editor-status').textContent).toBe('Not saved.'));
    const open = [...root.querySelectorAll<HTMLDetailsElement>('details.step-editor')].filter((d) => d.open);
    expect(open).toHaveLength(1);
    expect(open[0].querySelector('summary')?.textContent).toBe('5. Evaluation (offline and online)');
    expect(root.querySelector('#f-steps-evaluation-referenceAnswer-error')?.textContent).toBe('must not be blank');
  });
});
