// The only place that talks HTTP. It follows CONTRACT.md: session cookie plus the
// XSRF-TOKEN cookie echoed in X-XSRF-TOKEN on every state-changing request.

export type Id = string | number;
export interface Me {
  username: string;
  roles: string[];
}
export interface ScenarioSummary {
  id: Id;
  slug: string;
  title: string;
  category: string;
  difficulty: string;
  summary: string;
  durationMinutes: number;
  tags: string[];
  archived?: boolean;
}
export interface Scenario extends ScenarioSummary {
  prompt: string;
  version?: number;
}
export interface Level {
  score: number;
  descriptor: string;
}
export interface FrameworkStep {
  key: string;
  title: string;
  order: number;
  description: string;
  weight: number;
  suggestedMinutes: number;
  criteria: string[];
  levels: Level[];
}
export interface Framework {
  steps: FrameworkStep[];
  verdictBands?: { verdict: string; minScore: number }[];
  passLine?: string;
}
export interface FollowUp {
  question: string;
  reply: string | null;
}
export interface InterviewStep {
  key: string;
  title: string;
  suggestedMinutes: number;
  text: string;
  version: number;
  followUp: FollowUp | null;
}
/** A full interview of the seven steps, or a drill of some of them. */
export type Mode = 'full' | 'drill';
export interface Interview {
  id: Id;
  status: string;
  mode?: Mode;
  scenario: Scenario;
  steps: InterviewStep[];
  startedAt: string;
  deadline: string;
  submittedAt: string | null;
  overtime: boolean;
  overallScore: number | null;
  verdict: string | null;
  questions?: AskedQuestion[];
}
/** A clarifying question to the interviewer; `grounded` when a scenario fact answered it. */
export interface AskedQuestion {
  id: Id;
  question: string;
  answer: string;
  grounded: boolean;
  askedAt: string;
}
/** What the interviewer knows about a scenario; hidden during practice, shown in the report. */
export interface Fact {
  text: string;
  keywords: string[];
}
export interface InterviewSummary {
  id: Id;
  status: string;
  mode?: Mode;
  steps?: string[];
  scenario: { id: Id; slug: string; title: string };
  startedAt: string;
  submittedAt: string | null;
  overtime: boolean;
  overallScore: number | null;
  verdict: string | null;
}
export interface Judge {
  kind: string;
  model: string;
  promptVersion: string;
}
export interface StepFeedback {
  key: string;
  title: string;
  score: number;
  level?: string;
  rationale: string;
  evidence: string[];
  coveredKeyPoints: string[];
  missedKeyPoints: string[];
  suggestions: string[];
  referenceAnswer: string;
  referenceDiagram?: string;
  followUpQuestion?: string | null;
}
export interface GradedFeedback {
  status: 'GRADED';
  mode?: Mode;
  attempt?: number;
  judge: Judge;
  overallScore: number;
  verdict: string;
  steps: StepFeedback[];
  flags: string[];
  gradedAt?: string;
  facts?: Fact[];
}
/** One grading of an interview; regrades add attempts and keep the earlier ones. */
export interface GradingAttempt {
  attempt: number;
  /** GRADING, GRADED or FAILED; shown as it comes for any other. */
  status: string;
  judge: Judge;
  overallScore: number | null;
  verdict: string | null;
  requestedAt: string;
  finishedAt: string | null;
}
export type Feedback =
  | { status: 'GRADING'; progress?: { done: number; total: number } }
  | GradedFeedback
  | { status: 'FAILED'; reason?: string };
export interface KeyPoint {
  text: string;
  keywords: string[];
}
export interface StepDocument {
  keyPoints: KeyPoint[];
  followUps: string[];
  referenceAnswer: string;
  referenceDiagram?: string;
}
export interface ScenarioDocument {
  slug: string;
  title: string;
  summary?: string;
  prompt: string;
  category: string;
  difficulty: string;
  durationMinutes: number;
  tags: string[];
  steps: Record<string, StepDocument>;
  archived?: boolean;
  facts?: Fact[];
}
export interface Calibration {
  slug: string;
  judge: Judge;
  consistent: boolean;
  steps: {
    key: string;
    score: number;
    coveredKeyPoints: number;
    keyPoints: number;
    consistent: boolean;
    keyPointsTheReferenceMisses: string[];
  }[];
}
export interface JudgeReportMetrics {
  orderingAccuracy: number | null;
  spearman: number | null;
  paddingDelta: number | null;
  injectionDelta: number | null;
  falseFlags: number;
  inventedQuoteRate: number | null;
  scoreSpread: number | null;
}
export interface JudgeReportRow {
  scenario: string;
  variant: string;
  overallScore: number;
  stepScores: Record<string, number>;
  flags: string[];
  samples: number;
}
/** A judge report card; the list leaves out rows, and metrics come when it is DONE. */
export interface JudgeReport {
  id: Id;
  /** RUNNING, DONE or FAILED. */
  status: string;
  reason?: string;
  judge: { kind: string; provider?: string; model: string; promptVersion: string };
  requestedBy?: string;
  startedAt: string;
  finishedAt?: string;
  samples: number;
  scenarios: { slug: string; title: string; category: string; offTopic: string }[];
  progress?: { done: number; total: number };
  metrics?: JudgeReportMetrics;
  rows?: JudgeReportRow[];
}
/** A step of the practice plan: its Leitner box, when it is due, and the scenario to drill it on. */
export interface PracticeItem {
  stepKey: string;
  stepTitle: string;
  box: number;
  dueAt: string;
  lastScore: number;
  scenarioId: Id | null;
  scenarioSlug: string | null;
  scenarioTitle: string | null;
  reason: string;
  focus: string[];
}
export interface PracticePlan {
  due: PracticeItem[];
  upcoming: PracticeItem[];
}
export interface Problem {
  status: number;
  title: string;
  detail?: string;
  errors?: { field: string; message: string }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
  }
  get status(): number {
    return this.problem.status;
  }
}

export function readCookie(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** Called when a request answers 401 although we thought we were signed in. */
let onUnauthorized: () => void = () => {};
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

async function call<T>(
  method: string,
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const token = readCookie(document.cookie, 'XSRF-TOKEN');
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = { title: response.statusText, ...(payload as Partial<Problem> | null), status: response.status };
    if (response.status === 401 && path !== '/api/me' && path !== '/api/auth/login') onUnauthorized();
    throw new ApiError(problem);
  }
  return payload as T;
}

const enc = encodeURIComponent;
const interviewPath = (id: Id) => `/api/interviews/${enc(String(id))}`;
const adminPath = (id: Id) => `/api/admin/scenarios/${enc(String(id))}`;

/** Any GET makes the server set the XSRF-TOKEN cookie; a 401 is the expected answer when signed out. */
export async function me(): Promise<Me | null> {
  try {
    return await call<Me>('GET', '/api/me');
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}
export const login = (username: string, password: string) =>
  call<Me>('POST', '/api/auth/login', { username, password });
export const register = (username: string, password: string) =>
  call<Me>('POST', '/api/auth/register', { username, password });
export const logout = () => call<void>('POST', '/api/auth/logout');
export const changePassword = (currentPassword: string, newPassword: string) =>
  call<void>('PUT', '/api/me/password', { currentPassword, newPassword });

export const framework = () => call<Framework>('GET', '/api/framework');
export function listScenarios(q = '', category = '', difficulty = ''): Promise<ScenarioSummary[]> {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (category) params.set('category', category);
  if (difficulty) params.set('difficulty', difficulty);
  return call<ScenarioSummary[]>('GET', `/api/scenarios?${params}`);
}
export const scenario = (idOrSlug: Id) => call<Scenario>('GET', `/api/scenarios/${enc(String(idOrSlug))}`);

export const startInterview = (scenarioId: Id) => call<Interview>('POST', '/api/interviews', { scenarioId });
/** A drill: only these steps, against their suggested minutes. */
export const startDrill = (scenarioId: Id, steps: string[]) =>
  call<Interview>('POST', '/api/interviews', { scenarioId, steps });
export const practicePlan = () => call<PracticePlan>('GET', '/api/me/practice-plan');
export const listInterviews = () => call<InterviewSummary[]>('GET', '/api/interviews');
export const interview = (id: Id) => call<Interview>('GET', interviewPath(id));
export const discardInterview = (id: Id) => call<void>('DELETE', interviewPath(id));
export const saveAnswer = (id: Id, step: string, text: string, version: number) =>
  call<{ key: string; text: string; version: number }>('PUT', `${interviewPath(id)}/answers/${enc(step)}`, {
    text,
    version,
  });
export const askFollowUp = (id: Id, step: string) =>
  call<{ question: string }>('POST', `${interviewPath(id)}/answers/${enc(step)}/follow-up`);
export const saveFollowUpReply = (id: Id, step: string, text: string) =>
  call<unknown>('PUT', `${interviewPath(id)}/answers/${enc(step)}/follow-up`, { text });
export const askInterviewer = (id: Id, question: string) =>
  call<AskedQuestion>('POST', `${interviewPath(id)}/questions`, { question });
export const submitInterview = (id: Id) => call<{ status: string }>('POST', `${interviewPath(id)}/submit`);
export const feedback = (id: Id) => call<Feedback>('GET', `${interviewPath(id)}/feedback`);
export const gradings = (id: Id) => call<GradingAttempt[]>('GET', `${interviewPath(id)}/gradings`);
export const regrade = (id: Id) => call<{ status: string }>('POST', `${interviewPath(id)}/regrade`);
export const eventsUrl = (id: Id) => `${interviewPath(id)}/events`;

export const adminScenarios = () => call<ScenarioSummary[]>('GET', '/api/admin/scenarios');
export const adminScenario = (id: Id) => call<ScenarioDocument>('GET', adminPath(id));
export const adminVersions = (id: Id) =>
  call<{ version: number; createdAt: string; createdBy: string }[]>('GET', `${adminPath(id)}/versions`);
export const createScenario = (doc: ScenarioDocument) =>
  call<{ id: Id; slug: string; version: number }>('POST', '/api/admin/scenarios', doc);
export const updateScenario = (id: Id, doc: ScenarioDocument, ifMatch?: number) =>
  call<{ id?: Id; slug?: string; version?: number }>(
    'PUT',
    adminPath(id),
    doc,
    ifMatch === undefined ? {} : { 'If-Match': String(ifMatch) },
  );
export const archiveScenario = (id: Id) => call<void>('DELETE', adminPath(id));
export const restoreScenario = (id: Id) => call<unknown>('POST', `${adminPath(id)}/restore`);
export const importScenarios = (docs: unknown[], upsert: boolean) =>
  call<{ created: number; updated: number }>(
    'POST',
    `/api/admin/scenarios/import${upsert ? '?upsert=true' : ''}`,
    docs,
  );
export const exportScenarios = () => call<ScenarioDocument[]>('GET', '/api/admin/scenarios/export');
export const calibrate = (id: Id) => call<Calibration>('POST', `${adminPath(id)}/calibrate`);

export const judgeReports = () => call<JudgeReport[]>('GET', '/api/admin/judge-reports');
export const judgeReport = (id: Id) => call<JudgeReport>('GET', `/api/admin/judge-reports/${enc(String(id))}`);
/** Grades with the active judge, or with the offline judge (the baseline) when asked. */
export const startJudgeReport = (samples = 1, judge?: 'offline') =>
  call<{ id: Id }>('POST', '/api/admin/judge-reports', judge ? { samples, judge } : { samples });

/** A readable one-line description of an error for a status line. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return 'The service is unreachable. Check your connection and try again.';
  const fields = error.problem.errors?.map((e) => `${e.field}: ${e.message}`).join('; ');
  return fields ? `${error.message} (${fields})` : error.message;
}
