// Geometry for the hand-written SVG charts.

export type XY = [number, number];

/** Point i of n on a radar of radius r at value/max, starting at 12 o'clock, clockwise. */
export function radarPoint(i: number, n: number, value: number, max: number, cx: number, cy: number, r: number): XY {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const d = (Math.max(0, Math.min(value, max)) / max) * r;
  return [round(cx + d * Math.cos(angle)), round(cy + d * Math.sin(angle))];
}

export function radarPolygon(values: number[], max: number, cx: number, cy: number, r: number): string {
  return values.map((v, i) => radarPoint(i, values.length, v, max, cx, cy, r).join(',')).join(' ');
}

/** Points of a line chart of scores 1..max over evenly spaced x. */
export function linePoints(values: number[], width: number, height: number, min: number, max: number, pad = 4): XY[] {
  const n = values.length;
  return values.map((v, i) => [
    round(n === 1 ? width / 2 : pad + ((width - 2 * pad) * i) / (n - 1)),
    round(height - pad - ((height - 2 * pad) * (Math.max(min, Math.min(max, v)) - min)) / (max - min || 1)),
  ]);
}

const round = (x: number) => Math.round(x * 100) / 100;
