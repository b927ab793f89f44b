// Drills: a few steps practised alone. Pure helpers, so the views stay thin and testable.
import type { FrameworkStep, GradedFeedback, Mode, PracticeItem } from '../api';
import { shortStepTitle } from './format';

/** Steps scored 2 or less: the ones the report offers to drill. */
export const WEAK_SCORE = 2;

export function weakStepKeys(fb: Pick<GradedFeedback, 'steps'>): string[] {
  return fb.steps.filter((s) => s.score <= WEAK_SCORE).map((s) => s.key);
}

export function isDrill(x: { mode?: Mode } | null | undefined): boolean {
  return x?.mode === 'drill';
}

/** "Drill: Evaluation, System design" for a drill's steps, in rubric order. */
export function drillLabel(stepKeys: string[], steps: FrameworkStep[]): string {
  const order = new Map(steps.map((s, i) => [s.key, i]));
  const names = [...stepKeys]
    .sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99))
    .map((k) => shortStepTitle(k, steps.find((s) => s.key === k)?.title));
  return `Drill: ${names.join(', ')}`;
}

/** "due today", "due tomorrow", "due in 3 days" from a plan item's dueAt, against now. */
export function dueText(item: Pick<PracticeItem, 'dueAt'>, now: Date): string {
  const day = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const days = Math.round((day(new Date(item.dueAt)) - day(now)) / 86_400_000);
  if (days <= 0) return 'due today';
  return days === 1 ? 'due tomorrow' : `due in ${days} days`;
}
