import { describe, expect, it } from 'vitest';
import {
  categoryLabel,
  codePoints,
  formatAgo,
  formatClock,
  shortStepTitle,
  splitList,
  suggestedStep,
  verdictLabel,
  wordCount,
} from './format';

describe('wordCount', () => {
  it('counts English words', () => expect(wordCount('  We need p95 latency,\nunder 2 s. ')).toBe(7));
  it('counts each CJK character as a word', () => expect(wordCount('我们需要 RAG 系统')).toBe(7));
  it('is zero for blank text', () => expect(wordCount(' \n\t')).toBe(0));
});

describe('codePoints', () => {
  it('counts astral characters once', () => expect(codePoints('a😀中')).toBe(3));
});

describe('formatAgo', () => {
  it('uses seconds, minutes, hours', () => {
    expect(formatAgo(2400)).toBe('2 s ago');
    expect(formatAgo(-5)).toBe('0 s ago');
    expect(formatAgo(125_000)).toBe('2 min ago');
    expect(formatAgo(7_300_000)).toBe('2 h ago');
  });
});

describe('formatClock', () => {
  it('pads minutes and seconds', () => expect(formatClock(45 * 60_000)).toBe('45:00'));
  it('shows hours when needed', () => expect(formatClock(3_723_000)).toBe('1:02:03'));
  it('shows overtime as negative', () => expect(formatClock(-190_000)).toBe('-03:10'));
});

describe('suggestedStep', () => {
  const minutes = [5, 4, 6, 8, 6, 10, 6]; // 45
  it('starts on the first step', () => expect(suggestedStep(0, minutes, 45)).toEqual({ index: 0, until: 5 }));
  it('moves on by the cumulative minutes', () =>
    expect(suggestedStep(9.5, minutes, 45)).toEqual({ index: 2, until: 15 }));
  it('scales to a longer interview', () => expect(suggestedStep(12, minutes, 90)).toEqual({ index: 1, until: 18 }));
  it('stays on the last step when over time', () => expect(suggestedStep(100, minutes, 45).index).toBe(6));
});

describe('labels', () => {
  it('formats verdicts', () => expect(verdictLabel('LEAN_NO_HIRE')).toBe('Lean no hire'));
  it('formats categories', () => expect(categoryLabel('llm-application')).toBe('LLM application'));
  it('shortens step titles', () => {
    expect(shortStepTitle('data-preparation')).toBe('Data');
    expect(shortStepTitle('other', 'Novel step (x)')).toBe('Novel');
  });
  it('splits comma lists', () => expect(splitList(' a, b ,,c ')).toEqual(['a', 'b', 'c']));
});
