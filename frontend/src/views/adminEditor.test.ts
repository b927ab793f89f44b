import { describe, expect, it } from 'vitest';
import { blankDocument } from './adminEditor';

describe('blankDocument', () => {
  it('has every step with the minimum of two key points', () => {
    const doc = blankDocument(['framing', 'evaluation']);
    expect(Object.keys(doc.steps)).toEqual(['framing', 'evaluation']);
    expect(doc.steps.framing.keyPoints).toHaveLength(2);
    expect(doc.steps.framing.followUps).toEqual(['']);
    expect(doc.durationMinutes).toBe(45);
  });
  it('does not share step objects between steps', () => {
    const doc = blankDocument(['a', 'b']);
    doc.steps.a.keyPoints.push({ text: 'x', keywords: [] });
    expect(doc.steps.b.keyPoints).toHaveLength(2);
  });
});
