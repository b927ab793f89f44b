import { describe, expect, it } from 'vitest';
import type { GradedFeedback } from '../api';
import { capApplies, judgeText } from './feedback';

const step = (score: number) => ({
  key: `s${score}`,
  title: '',
  score,
  level: '',
  rationale: '',
  evidence: [],
  coveredKeyPoints: [],
  missedKeyPoints: [],
  suggestions: [],
  referenceAnswer: '',
});
const fb = (scores: number[], kind = 'offline'): GradedFeedback => ({
  status: 'GRADED',
  judge: { kind, model: kind === 'llm' ? 'gpt-4o-mini' : 'offline-coverage-3', promptVersion: '3' },
  overallScore: 50,
  verdict: 'LEAN_NO_HIRE',
  flags: [],
  steps: scores.map(step),
});

describe('feedback header', () => {
  it('shows the prompt version for an LLM judge only', () => {
    expect(judgeText(fb([3], 'llm'))).toContain('prompt version 3');
    expect(judgeText(fb([3]))).toContain('offline-coverage-3');
    expect(judgeText(fb([3]))).not.toContain('prompt version');
  });
  it('mentions the cap only when a step scored 1', () => {
    expect(capApplies(fb([3, 4, 2]))).toBe(false);
    expect(capApplies(fb([3, 1, 5]))).toBe(true);
  });
});
