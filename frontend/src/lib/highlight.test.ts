import { describe, expect, it } from 'vitest';
import { findRanges, highlight, unmatchedQuotes } from './highlight';

describe('highlight', () => {
  const answer = 'We need p95 latency under 2 s.\n\nScale is 20k users.  GDPR matters.';
  it('marks a verbatim quote', () => {
    expect(highlight(answer, ['Scale is 20k users.'])).toEqual([
      { text: 'We need p95 latency under 2 s.\n\n', mark: false },
      { text: 'Scale is 20k users.', mark: true },
      { text: '  GDPR matters.', mark: false },
    ]);
  });
  it('matches across collapsed whitespace and case', () => {
    const [range] = findRanges(answer, ['under 2 s. scale IS']);
    expect(answer.slice(range[0], range[1])).toBe('under 2 s.\n\nScale is');
  });
  it('merges overlapping quotes and ignores surrounding quotation marks', () => {
    expect(findRanges('abc def ghi', ['"abc def"', 'def ghi'])).toEqual([[0, 11]]);
  });
  it('marks every occurrence', () =>
    expect(findRanges('x a x a', ['a'])).toEqual([
      [2, 3],
      [6, 7],
    ]));
  it('leaves text alone when nothing matches', () => {
    expect(highlight('hello', ['bye', ''])).toEqual([{ text: 'hello', mark: false }]);
    expect(highlight('', ['x'])).toEqual([]);
  });
  it('works on Chinese text', () => {
    expect(highlight('我们使用检索增强生成。', ['检索增强生成'])[1]).toEqual({ text: '检索增强生成', mark: true });
  });
  it('lists quotes found in no text', () => {
    expect(unmatchedQuotes(['abc', 'def'], ['abc', 'xyz', 'DEF'])).toEqual(['xyz']);
  });
});
