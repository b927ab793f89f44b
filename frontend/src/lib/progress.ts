// History and progress: step scores over time, the weakest step, what to practise next.
import type { ScenarioSummary } from '../api';

export interface GradedEntry {
  date: string;
  slug: string;
  steps: { key: string; score: number }[];
}
export interface Point {
  date: string;
  score: number;
}

/** Each step's scores, oldest first. */
export function stepSeries(entries: GradedEntry[]): Map<string, Point[]> {
  const sorted = [...entries].sort((a, b) => a.date.localeCompare(b.date));
  const series = new Map<string, Point[]>();
  for (const e of sorted) {
    for (const s of e.steps) {
      if (!series.has(s.key)) series.set(s.key, []);
      series.get(s.key)!.push({ date: e.date, score: s.score });
    }
  }
  return series;
}

export const average = (points: Point[]) => points.reduce((a, p) => a + p.score, 0) / (points.length || 1);

/** The step with the lowest average score; ties go to the lower latest score, then the earlier step. */
export function weakestStep(series: Map<string, Point[]>, order: string[]): { key: string; average: number } | null {
  let best: { key: string; average: number; latest: number } | null = null;
  for (const key of order) {
    const points = series.get(key);
    if (!points || points.length === 0) continue;
    const avg = average(points);
    const latest = points[points.length - 1].score;
    if (!best || avg < best.average - 1e-9 || (Math.abs(avg - best.average) < 1e-9 && latest < best.latest)) {
      best = { key, average: avg, latest };
    }
  }
  return best && { key: best.key, average: best.average };
}

/** Scenario categories that lean hardest on each step. */
export const STEP_AFFINITY: Record<string, string[]> = {
  'clarifying-requirements': ['llm-application', 'generative-media'],
  framing: ['llm-application', 'generative-media'],
  'data-preparation': ['data-platform', 'training-infrastructure'],
  'model-development': ['training-infrastructure', 'generative-media'],
  evaluation: ['llm-application', 'ml-platform'],
  'system-design': ['inference-serving', 'ml-platform'],
  'deployment-monitoring': ['ml-platform', 'inference-serving'],
};

const DIFFICULTY = ['easy', 'medium', 'hard'];

/**
 * A scenario to practise the weak step next: one whose category leans on that step,
 * not attempted yet if possible, easier first when the step is very weak.
 */
export function suggestScenario(
  stepKey: string,
  avg: number,
  scenarios: ScenarioSummary[],
  attempted: Set<string>,
): ScenarioSummary | null {
  const affinity = STEP_AFFINITY[stepKey] ?? [];
  const preferredDifficulty = avg < 2.5 ? 0 : avg < 3.5 ? 1 : 2;
  const rank = (s: ScenarioSummary) => {
    const cat = affinity.indexOf(s.category);
    const d = DIFFICULTY.indexOf(s.difficulty);
    return (
      (attempted.has(s.slug) ? 100 : 0) + (cat < 0 ? 10 : cat * 3) + (d < 0 ? 2 : Math.abs(d - preferredDifficulty))
    );
  };
  const candidates = scenarios.filter((s) => !s.archived);
  if (candidates.length === 0) return null;
  return [...candidates].sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title))[0];
}
