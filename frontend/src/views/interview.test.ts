import { describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import { failure } from './interview';

const api = (status: number) => new ApiError({ status, title: 'x', detail: 'went wrong' });

describe('save failures', () => {
  it('treats 409 as a conflict with another tab', () => expect(failure(api(409), 'a').kind).toBe('conflict'));
  it('treats 413 as too long', () => {
    const f = failure(api(413), 'a');
    expect(f.kind).toBe('too-long');
    expect(f.message).toBe('not saved: over the 20,000-character limit');
  });
  it('treats 400 as too long only when the text is over the limit', () => {
    expect(failure(api(400), 'x'.repeat(20_001)).kind).toBe('too-long');
    expect(failure(api(400), 'short').kind).toBe('error');
  });
  it('treats a network failure as retryable', () => {
    const f = failure(new TypeError('Failed to fetch'), 'a');
    expect(f.kind).toBe('error');
    expect(f.message).toMatch(/unreachable/);
  });
});
