import { s } from '../dom';
import { radarPoint, radarPolygon } from '../lib/chart';
import { shortStepTitle } from '../lib/format';

/** A radar chart of step scores (1..5), hand-written SVG. */
export function radarChart(steps: { key: string; title: string; score: number }[], max = 5): SVGSVGElement {
  const size = 360,
    cx = size / 2,
    cy = 170,
    r = 110,
    n = steps.length;
  const rings = [1, 2, 3, 4, 5].map((v) =>
    s('polygon', {
      class: 'radar-grid',
      points: radarPolygon(
        steps.map(() => v),
        max,
        cx,
        cy,
        r,
      ),
    }),
  );
  const axes = steps.map((_, i) => {
    const [x, y] = radarPoint(i, n, max, max, cx, cy, r);
    return s('line', { class: 'radar-axis', x1: cx, y1: cy, x2: x, y2: y });
  });
  const labels = steps.map((st, i) => {
    const [x, y] = radarPoint(i, n, max * 1.22, max, cx, cy, r);
    const anchor = Math.abs(x - cx) < 8 ? 'middle' : x > cx ? 'start' : 'end';
    return s(
      'text',
      { class: 'radar-label', x, y: y + 4, 'text-anchor': anchor },
      `${shortStepTitle(st.key, st.title)} ${st.score}`,
    );
  });
  const dots = steps.map((st, i) => {
    const [x, y] = radarPoint(i, n, st.score, max, cx, cy, r);
    return s('circle', { class: 'radar-dot', cx: x, cy: y, r: 4 }, s('title', {}, `${st.title}: ${st.score} / ${max}`));
  });
  const desc = steps.map((st) => `${st.title}: ${st.score} of ${max}`).join('; ');
  return s(
    'svg',
    {
      viewBox: `-70 0 ${size + 140} ${size - 20}`,
      class: 'radar',
      role: 'img',
      'aria-labelledby': 'radar-title radar-desc',
      'data-testid': 'radar-chart',
    },
    s('title', { id: 'radar-title' }, 'Step scores'),
    s('desc', { id: 'radar-desc' }, desc),
    rings,
    axes,
    s('polygon', {
      class: 'radar-area',
      points: radarPolygon(
        steps.map((st) => st.score),
        max,
        cx,
        cy,
        r,
      ),
    }),
    dots,
    labels,
  );
}
