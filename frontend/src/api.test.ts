import { describe, expect, it } from 'vitest';
import { readCookie } from './api';

describe('readCookie', () => {
  it('finds the CSRF token among other cookies', () => {
    expect(readCookie('a=1; XSRF-TOKEN=abc%3D; b=2', 'XSRF-TOKEN')).toBe('abc=');
  });
  it('answers undefined when the cookie is absent', () => {
    expect(readCookie('a=1', 'XSRF-TOKEN')).toBeUndefined();
  });
});
