import { describe, expect, it } from 'vitest';
import type { ScenarioSummary } from '../api';
import { stepSeries, suggestScenario, weakestStep } from './progress';

const entries = [
  {
    date: '2026-02-01T00:00:00Z',
    slug: 'b',
    steps: [
      { key: 'framing', score: 4 },
      { key: 'evaluation', score: 2 },
    ],
  },
  {
    date: '2026-01-01T00:00:00Z',
    slug: 'a',
    steps: [
      { key: 'framing', score: 2 },
      { key: 'evaluation', score: 4 },
    ],
  },
  {
    date: '2026-03-01T00:00:00Z',
    slug: 'c',
    steps: [
      { key: 'framing', score: 3 },
      { key: 'evaluation', score: 2 },
    ],
  },
];

describe('stepSeries', () => {
  it('orders each step oldest first', () => {
    expect(
      stepSeries(entries)
        .get('framing')!
        .map((p) => p.score),
    ).toEqual([2, 4, 3]);
  });
});

describe('weakestStep', () => {
  it('picks the lowest average', () => {
    expect(weakestStep(stepSeries([entries[1]]), ['framing', 'evaluation'])).toEqual({ key: 'framing', average: 2 });
  });
  it('breaks ties by the latest score', () => {
    // framing 2,4,3 = 3; evaluation 4,2,2 = 2.67
    expect(weakestStep(stepSeries(entries), ['framing', 'evaluation'])!.key).toBe('evaluation');
  });
  it('answers null without data', () => expect(weakestStep(new Map(), ['framing'])).toBeNull());
});

describe('suggestScenario', () => {
  const s = (slug: string, category: string, difficulty: string): ScenarioSummary => ({
    id: slug,
    slug,
    title: slug,
    category,
    difficulty,
    summary: '',
    durationMinutes: 45,
    tags: [],
  });
  const bank = [
    s('serve', 'inference-serving', 'medium'),
    s('data', 'data-platform', 'medium'),
    s('data-easy', 'data-platform', 'easy'),
    s('data-hard', 'data-platform', 'hard'),
  ];
  it('prefers a matching category at the right difficulty', () => {
    expect(suggestScenario('data-preparation', 2, bank, new Set())!.slug).toBe('data-easy');
    expect(suggestScenario('data-preparation', 4, bank, new Set())!.slug).toBe('data-hard');
    expect(suggestScenario('system-design', 3, bank, new Set())!.slug).toBe('serve');
  });
  it('avoids scenarios already attempted', () => {
    expect(suggestScenario('data-preparation', 2, bank, new Set(['data-easy']))!.slug).toBe('data');
  });
  it('answers null for an empty bank', () => expect(suggestScenario('framing', 1, [], new Set())).toBeNull());
});
