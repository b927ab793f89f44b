import { describe, expect, it } from 'vitest';
import type { FrameworkStep } from '../api';
import { drillLabel, dueText, isDrill, weakStepKeys } from './drill';

const step = (key: string, score: number) => ({
  key,
  title: '',
  score,
  rationale: '',
  evidence: [],
  coveredKeyPoints: [],
  missedKeyPoints: [],
  suggestions: [],
  referenceAnswer: '',
});
const fw = (key: string, title: string): FrameworkStep => ({
  key,
  title,
  order: 0,
  description: '',
  weight: 1,
  suggestedMinutes: 5,
  criteria: [],
  levels: [],
});

describe('drills', () => {
  it('offers to drill steps scored 2 or less', () => {
    expect(weakStepKeys({ steps: [step('framing', 2), step('evaluation', 3), step('system-design', 1)] })).toEqual([
      'framing',
      'system-design',
    ]);
  });
  it('labels a drill by its steps in rubric order', () => {
    const steps = [
      fw('framing', 'Framing the problem as an ML task'),
      fw('evaluation', 'Evaluation (offline and online)'),
    ];
    expect(drillLabel(['evaluation', 'framing'], steps)).toMatch(/^Drill: Framing, Evaluation$/);
    expect(isDrill({ mode: 'drill' })).toBe(true);
    expect(isDrill({ mode: 'full' })).toBe(false);
    expect(isDrill({})).toBe(false);
  });
  it('says when a plan item is due in whole UTC days', () => {
    const now = new Date('2031-03-10T12:00:00Z');
    expect(dueText({ dueAt: '2031-03-10T00:00:00Z' }, now)).toBe('due today');
    expect(dueText({ dueAt: '2031-03-09T00:00:00Z' }, now)).toBe('due today');
    expect(dueText({ dueAt: '2031-03-11T00:00:00Z' }, now)).toBe('due tomorrow');
    expect(dueText({ dueAt: '2031-03-14T00:00:00Z' }, now)).toBe('due in 4 days');
  });
});
