// Shapes of the public API (CONTRACT.md) for the view tests: one scenario, the seven steps.
import type { Framework, FrameworkStep, Interview, InterviewStep, Me, Scenario, ScenarioSummary } from '../api';

/** What a candidate could type to try to inject markup; it must always show as text. */
export const MARKUP = '<img src=x onerror=alert(1)>';

export const candidate: Me = { username: 'alice', roles: ['CANDIDATE'] };
export const admin: Me = { username: 'admin', roles: ['CANDIDATE', 'ADMIN'] };

const STEPS: [key: string, title: string, minutes: number][] = [
  ['clarifying-requirements', 'Clarifying requirements (functional and non-functional)', 5],
  ['framing', 'Framing the problem as an ML task', 5],
  ['data-preparation', 'Data preparation', 6],
  ['model-development', 'Model development (architecture, training, inference)', 8],
  ['evaluation', 'Evaluation (offline and online)', 7],
  ['system-design', 'Overall ML system design', 8],
  ['deployment-monitoring', 'Deployment and monitoring', 6],
];

export const STEP_KEYS = STEPS.map(([key]) => key);

export const frameworkSteps: FrameworkStep[] = STEPS.map(([key, title, suggestedMinutes], i) => ({
  key,
  title,
  order: i + 1,
  description: `What ${title.toLowerCase()} covers.`,
  weight: 1,
  suggestedMinutes,
  criteria: [`${title}: criterion one`, `${title}: criterion two`],
  levels: [1, 2, 3, 4, 5].map((score) => ({ score, descriptor: `${title} at level ${score}` })),
}));

export const framework: Framework = {
  steps: frameworkSteps,
  verdictBands: [
    { verdict: 'STRONG_HIRE', minScore: 85 },
    { verdict: 'HIRE', minScore: 70 },
    { verdict: 'LEAN_HIRE', minScore: 55 },
    { verdict: 'LEAN_NO_HIRE', minScore: 40 },
    { verdict: 'NO_HIRE', minScore: 0 },
  ],
  passLine: 'A step scored 1 caps the verdict at lean no hire.',
};

export const summary: ScenarioSummary = {
  id: 1,
  slug: 'rag-chatbot',
  title: 'Design a chatbot that answers from internal documents',
  category: 'llm-application',
  difficulty: 'medium',
  summary: 'Retrieval-augmented answers over a company wiki.',
  durationMinutes: 45,
  tags: ['rag', 'retrieval'],
};

export const scenario: Scenario = {
  ...summary,
  prompt: 'Employees ask questions in **plain English**.\n\n- 10k users\n- answers cite sources',
};

export function interviewStep(key: string, text = '', version = 0): InterviewStep {
  const [, title, suggestedMinutes] = STEPS.find(([k]) => k === key)!;
  return { key, title, suggestedMinutes, text, version, followUp: null };
}

/** An interview of the scenario started now, every step empty unless `texts` fills it. */
export function interview(status: string, texts: Record<string, string> = {}): Interview {
  const now = Date.now();
  return {
    id: 7,
    status,
    mode: 'full',
    scenario,
    steps: STEP_KEYS.map((key) => interviewStep(key, texts[key] ?? '', texts[key] ? 3 : 0)),
    startedAt: new Date(now).toISOString(),
    deadline: new Date(now + 45 * 60_000).toISOString(),
    submittedAt: status === 'IN_PROGRESS' ? null : new Date(now).toISOString(),
    overtime: false,
    overallScore: null,
    verdict: null,
    questions: [],
  };
}
