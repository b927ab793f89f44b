// Past interviews, each step's score over time, the weakest step and what to practise next.
import {
  feedback as getFeedback,
  listInterviews,
  listScenarios,
  type FrameworkStep,
  type InterviewSummary,
} from '../api';
import { duePlanCard } from '../components/duePlan';
import type { Ctx } from '../context';
import { h, s } from '../dom';
import { linePoints } from '../lib/chart';
import { drillLabel, isDrill } from '../lib/drill';
import { formatDate, verdictLabel } from '../lib/format';
import { average, stepSeries, suggestScenario, weakestStep, type GradedEntry, type Point } from '../lib/progress';
import { href } from '../router';

const MAX_REPORTS = 20;

const STATUS: Record<string, string> = {
  IN_PROGRESS: 'In progress',
  GRADING: 'Grading',
  GRADED: 'Graded',
  FAILED: 'Grading failed',
};

function sparkline(points: Point[], label: string, min = 1, max = 5): SVGSVGElement {
  const w = 160,
    hgt = 40;
  const xy = linePoints(
    points.map((p) => p.score),
    w,
    hgt,
    min,
    max,
  );
  return s(
    'svg',
    {
      viewBox: `0 0 ${w} ${hgt}`,
      class: 'sparkline',
      role: 'img',
      'aria-label': `${label}: ${points.map((p) => p.score).join(', ')}`,
    },
    [min, max].map((v) => {
      const y = linePoints([v], w, hgt, min, max)[0][1];
      return s('line', { class: 'spark-grid', x1: 0, x2: w, y1: y, y2: y });
    }),
    xy.length > 1 ? s('polyline', { class: 'spark-line', points: xy.map((p) => p.join(',')).join(' ') }) : null,
    xy.map(([x, y], i) =>
      s(
        'circle',
        { class: 'spark-dot', cx: x, cy: y, r: 3 },
        s('title', {}, `${formatDate(points[i].date)}: ${points[i].score}`),
      ),
    ),
  );
}

function row(i: InterviewSummary, steps: FrameworkStep[]): HTMLElement {
  const link =
    i.status === 'IN_PROGRESS'
      ? h('a', { href: href.interview(i.id) }, 'Continue')
      : h('a', { href: href.feedback(i.id) }, i.status === 'GRADED' ? 'Report' : 'Status');
  return h(
    'tr',
    { 'data-testid': 'history-row', 'data-id': String(i.id) },
    h('td', {}, formatDate(i.startedAt)),
    h(
      'th',
      { scope: 'row' },
      i.scenario.title,
      isDrill(i)
        ? h('span', { class: 'badge drill', 'data-testid': 'drill-badge' }, drillLabel(i.steps ?? [], steps))
        : null,
    ),
    h('td', {}, STATUS[i.status] ?? i.status, i.overtime ? ' (overtime)' : ''),
    h('td', { class: 'num', 'data-testid': 'history-score' }, i.overallScore == null ? '–' : String(i.overallScore)),
    h('td', {}, verdictLabel(i.verdict)),
    h('td', {}, link),
  );
}

export async function historyView(ctx: Ctx): Promise<void> {
  ctx.setTitle('History and progress');
  const [all, fw] = await Promise.all([listInterviews(), ctx.framework()]);
  const heading = h('h1', { tabindex: '-1' }, 'History and progress');
  if (all.length === 0) {
    ctx.root.replaceChildren(
      heading,
      h(
        'p',
        { class: 'card' },
        'No interviews yet. ',
        h('a', { href: href.scenarios() }, 'Pick a scenario'),
        ' to start your first.',
      ),
    );
    return;
  }
  const progressArea = h('div', {}, h('p', { class: 'meta' }, 'Loading your step scores…'));
  ctx.root.replaceChildren(
    heading,
    duePlanCard(fw.steps, () => ctx.isCurrent()),
    progressArea,
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'past-title' },
      h('h2', { id: 'past-title' }, 'Past interviews'),
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { 'data-testid': 'history-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Started', 'Scenario', 'Status', 'Score', 'Verdict', ''].map((t) => h('th', { scope: 'col' }, t)),
            ),
          ),
          h(
            'tbody',
            {},
            all.map((i) => row(i, fw.steps)),
          ),
        ),
      ),
    ),
  );

  const graded = all.filter((i) => i.status === 'GRADED').slice(0, MAX_REPORTS);
  const entries: GradedEntry[] = (
    await Promise.all(
      graded.map(async (i): Promise<GradedEntry | null> => {
        try {
          const fb = await getFeedback(i.id);
          return fb.status === 'GRADED'
            ? { date: i.submittedAt ?? i.startedAt, slug: i.scenario.slug, steps: fb.steps }
            : null;
        } catch {
          return null;
        }
      }),
    )
  ).filter((e): e is GradedEntry => e !== null);
  if (!ctx.isCurrent()) return;
  if (entries.length === 0) {
    progressArea.replaceChildren();
    return;
  }

  const series = stepSeries(entries);
  const order = fw.steps.map((st) => st.key);
  const weak = weakestStep(series, order);
  const overall = graded
    .filter((i) => i.overallScore != null)
    .reverse()
    .map((i) => ({ date: i.submittedAt ?? i.startedAt, score: i.overallScore! }));

  const weakCard = h('section', {
    class: 'card notice',
    'data-testid': 'weakest-step',
    'aria-labelledby': 'weak-title',
  });
  if (weak) {
    const title = fw.steps.find((st) => st.key === weak.key)?.title ?? weak.key;
    weakCard.append(
      h('h2', { id: 'weak-title' }, 'Your weakest step'),
      h(
        'p',
        {},
        h('strong', { 'data-testid': 'weakest-step-title', 'data-step': weak.key }, title),
        ` averages ${weak.average.toFixed(1)} / 5 across ${series.get(weak.key)!.length} graded interview(s).`,
      ),
    );
    listScenarios()
      .then((bank) => {
        const next = suggestScenario(weak.key, weak.average, bank, new Set(all.map((i) => i.scenario.slug)));
        if (next && ctx.isCurrent()) {
          weakCard.append(
            h(
              'p',
              {},
              'Practise it next with ',
              h(
                'a',
                { href: href.scenario(next.slug), 'data-testid': 'suggested-scenario', 'data-slug': next.slug },
                next.title,
              ),
              ` (${next.difficulty}, ${next.durationMinutes} min).`,
            ),
          );
        }
      })
      .catch(() => {});
  }

  progressArea.replaceChildren(
    weakCard,
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'trend-title', 'data-testid': 'step-trends' },
      h('h2', { id: 'trend-title' }, 'Scores over time'),
      h('p', { class: 'meta' }, `Oldest on the left; the last ${entries.length} graded interview(s).`),
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          { class: 'trends' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Step', 'Trend (1 to 5)', 'Latest', 'Average'].map((t) => h('th', { scope: 'col' }, t)),
            ),
          ),
          h(
            'tbody',
            {},
            overall.length
              ? h(
                  'tr',
                  {},
                  h('th', { scope: 'row' }, 'Overall score'),
                  h('td', {}, sparkline(overall, 'Overall score', 0, 100)),
                  h('td', { class: 'num' }, String(overall[overall.length - 1].score)),
                  h('td', { class: 'num' }, average(overall).toFixed(0)),
                )
              : null,
            fw.steps.map((st) => {
              const pts = series.get(st.key) ?? [];
              if (!pts.length) return null;
              return h(
                'tr',
                { 'data-testid': `trend-${st.key}`, class: weak?.key === st.key ? 'weak' : '' },
                h('th', { scope: 'row' }, st.title),
                h('td', {}, sparkline(pts, st.title)),
                h('td', { class: 'num' }, String(pts[pts.length - 1].score)),
                h('td', { class: 'num' }, average(pts).toFixed(1)),
              );
            }),
          ),
        ),
      ),
    ),
  );
}
