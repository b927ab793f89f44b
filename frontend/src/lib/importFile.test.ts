import { describe, expect, it } from 'vitest';
import { parseImport } from './importFile';

describe('parseImport', () => {
  it('takes an array as it is', () =>
    expect(parseImport('[{"slug":"a"},{"slug":"b"}]')).toEqual({ docs: [{ slug: 'a' }, { slug: 'b' }], note: '' }));
  it('wraps a single document', () => expect(parseImport('{"slug":"a"}').docs).toEqual([{ slug: 'a' }]));
  it('rejects anything else', () => {
    expect(() => parseImport('42')).toThrow(/array/);
    expect(() => parseImport('{oops')).toThrow();
  });
});
