import { describe, expect, it } from 'vitest';
import { linePoints, radarPoint, radarPolygon } from './chart';

describe('radar', () => {
  it('puts the first axis at the top and scales by value', () => {
    expect(radarPoint(0, 4, 5, 5, 100, 100, 50)).toEqual([100, 50]);
    expect(radarPoint(1, 4, 5, 5, 100, 100, 50)).toEqual([150, 100]);
    expect(radarPoint(2, 4, 2.5, 5, 100, 100, 50)).toEqual([100, 125]);
  });
  it('clamps values outside the scale', () => expect(radarPoint(0, 4, 9, 5, 0, 0, 10)).toEqual([0, -10]));
  it('builds a polygon attribute', () => expect(radarPolygon([5, 5, 5, 5], 5, 0, 0, 1)).toBe('0,-1 1,0 0,1 -1,0'));
});

describe('linePoints', () => {
  it('spreads points across the width, low scores at the bottom', () => {
    expect(linePoints([1, 5], 100, 50, 1, 5, 0)).toEqual([
      [0, 50],
      [100, 0],
    ]);
  });
  it('centres a single point', () => expect(linePoints([3], 100, 50, 1, 5, 0)).toEqual([[50, 25]]));
});
