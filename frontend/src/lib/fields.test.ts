import { describe, expect, it } from 'vitest';
import { fieldId, groupByDocument, nearestField, parentPath } from './fields';

describe('field paths', () => {
  it('builds safe ids', () => {
    expect(fieldId('steps.evaluation.keyPoints[0].text')).toBe('f-steps-evaluation-keyPoints-0-text');
    expect(fieldId('slug')).toBe('f-slug');
  });
  it('walks up a path', () => {
    expect(parentPath('steps.evaluation.keyPoints[0].text')).toBe('steps.evaluation.keyPoints[0]');
    expect(parentPath('steps.evaluation.keyPoints[0]')).toBe('steps.evaluation.keyPoints');
    expect(parentPath('steps.data-preparation')).toBe('steps');
    expect(parentPath('slug')).toBeNull();
    expect(parentPath('[2]')).toBeNull();
  });
  it('finds the nearest known input', () => {
    const known = new Set(['slug', 'steps.evaluation.keyPoints', 'steps.evaluation.keyPoints[0].text']);
    const has = (p: string) => known.has(p);
    expect(nearestField('steps.evaluation.keyPoints[0].text', has)).toBe('steps.evaluation.keyPoints[0].text');
    expect(nearestField('steps.evaluation.keyPoints[3].keywords[1]', has)).toBe('steps.evaluation.keyPoints');
    expect(nearestField('steps', has)).toBeNull();
  });
  it('groups import errors by document index', () => {
    const groups = groupByDocument([
      { field: '[2].slug', message: 'taken' },
      { field: '[0].steps.framing', message: 'is required' },
      { field: 'body', message: 'x' },
    ]);
    expect(groups.get(2)).toEqual([{ field: 'slug', message: 'taken' }]);
    expect(groups.get(0)).toEqual([{ field: 'steps.framing', message: 'is required' }]);
    expect(groups.get(-1)).toEqual([{ field: 'body', message: 'x' }]);
  });
});
