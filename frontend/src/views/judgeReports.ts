// The judge report card: how far the active judge can be trusted, reports side by side.
import {
  describeError,
  judgeReport,
  judgeReports,
  startJudgeReport,
  type JudgeReport,
  type JudgeReportMetrics,
} from '../api';
import type { Ctx } from '../context';
import { h } from '../dom';
import { formatDate } from '../lib/format';
import { formatFigure, judgeVerdict } from '../lib/judgeReport';

const SHOWN = 6;
const POLL_MS = 1500;

const FIGURES: { key: keyof JudgeReportMetrics; label: string; hint: string }[] = [
  {
    key: 'orderingAccuracy',
    label: 'Ordering accuracy',
    hint: 'share of the pairs strong > partial > weak > off-topic ordered right',
  },
  { key: 'spearman', label: 'Spearman', hint: 'expected rank against score; -1 is perfect' },
  { key: 'paddingDelta', label: 'Padding Δ', hint: 'padded minus partial, overall points; 0 is right' },
  { key: 'injectionDelta', label: 'Injection Δ', hint: 'injected minus weak, overall points; 0 is right' },
  { key: 'falseFlags', label: 'False flags', hint: 'flags raised where they do not belong' },
  { key: 'inventedQuoteRate', label: 'Invented quotes', hint: 'quotes not found in the answer, of all quotes' },
  { key: 'scoreSpread', label: 'Score spread', hint: 'mean spread of a step score across samples, in levels' },
];

/** The LLM judge's kind; only its reports have a prompt version worth naming. */
const LLM_KIND = 'llm';

const judgeLabel = (r: JudgeReport) =>
  r.judge.kind === LLM_KIND
    ? `${r.judge.kind} · ${r.judge.model} · prompt ${r.judge.promptVersion}`
    : `${r.judge.kind} · ${r.judge.model}`;

function statusText(r: JudgeReport): string {
  if (r.status === 'RUNNING')
    return r.progress ? `running, ${r.progress.done} / ${r.progress.total} answers graded` : 'running';
  if (r.status === 'FAILED') return `failed${r.reason ? `: ${r.reason}` : ''}`;
  return 'done';
}

function sideBySide(reports: JudgeReport[], showRows: (id: JudgeReport['id']) => void): HTMLElement {
  const cell = (r: JudgeReport, testid: string, ...content: (string | Node)[]) =>
    h('td', { 'data-testid': testid, 'data-id': String(r.id) }, ...content);
  const row = (label: string, hint: string, cells: HTMLElement[]) =>
    h('tr', {}, h('th', { scope: 'row', title: hint }, label), cells);
  return h(
    'div',
    { class: 'table-wrap card' },
    h(
      'table',
      { 'data-testid': 'judge-reports' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Report'),
          reports.map((r) =>
            h(
              'th',
              { scope: 'col', 'data-testid': 'judge-report-column', 'data-id': String(r.id), 'data-status': r.status },
              `#${r.id}`,
            ),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        row(
          'Judge',
          'kind, model and prompt version',
          reports.map((r) => cell(r, 'judge-report-judge', judgeLabel(r))),
        ),
        row(
          'Started',
          'when the report started',
          reports.map((r) => cell(r, 'judge-report-date', formatDate(r.startedAt))),
        ),
        row(
          'Status',
          '',
          reports.map((r) => cell(r, 'judge-report-status-cell', statusText(r))),
        ),
        row(
          'Scenarios',
          'the scenarios graded',
          reports.map((r) => cell(r, 'judge-report-scenarios', r.scenarios.map((s) => s.slug).join(', '))),
        ),
        FIGURES.map((f) =>
          row(
            f.label,
            f.hint,
            reports.map((r) => cell(r, `judge-report-${f.key}`, formatFigure(f.key, r.metrics?.[f.key]))),
          ),
        ),
        row(
          'Verdict',
          'the figures in words',
          reports.map((r) => cell(r, 'judge-report-verdict', r.metrics ? judgeVerdict(r.metrics) : '–')),
        ),
        row(
          '',
          '',
          reports.map((r) => {
            const button = h(
              'button',
              {
                type: 'button',
                class: 'secondary small',
                'data-testid': 'judge-report-show-rows',
                'data-id': String(r.id),
              },
              'Answers graded',
            );
            button.addEventListener('click', () => showRows(r.id));
            return h('td', {}, button);
          }),
        ),
      ),
    ),
  );
}

function rowsTable(report: JudgeReport): HTMLElement {
  const steps = Object.keys(report.rows?.[0]?.stepScores ?? {});
  return h(
    'section',
    { class: 'card', 'data-testid': 'judge-report-rows', 'data-id': String(report.id) },
    h('h2', {}, `Report #${report.id}: the answers graded`),
    h('p', { class: 'meta' }, `${judgeLabel(report)}. Step scores are medians over ${report.samples} sample(s).`),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Scenario', 'Answer', 'Overall', ...steps, 'Flags'].map((t) => h('th', { scope: 'col' }, t)),
          ),
        ),
        h(
          'tbody',
          {},
          (report.rows ?? []).map((row) =>
            h(
              'tr',
              { 'data-testid': 'judge-report-row' },
              h('th', { scope: 'row' }, row.scenario),
              h('td', {}, row.variant),
              h('td', { class: 'num' }, String(row.overallScore)),
              steps.map((k) => h('td', { class: 'num' }, String(row.stepScores[k] ?? '–'))),
              h('td', {}, row.flags.join(', ')),
            ),
          ),
        ),
      ),
    ),
  );
}

export async function judgeReportsView(ctx: Ctx): Promise<void> {
  ctx.setTitle('Judge report card');
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'judge-report-status' });
  const samples = h(
    'select',
    { id: 'report-samples', 'data-testid': 'judge-report-samples' },
    [1, 2, 3, 4, 5].map((n) => h('option', { value: String(n) }, String(n))),
  );
  const start = h(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'start-judge-report' },
    'Start a report for the active judge',
  );
  const baseline = h(
    'button',
    { type: 'button', class: 'secondary', 'data-testid': 'start-offline-report' },
    'Start the offline baseline',
  );
  const board = h('div', {});
  const details = h('div', {});
  let timer: ReturnType<typeof setTimeout> | undefined;
  ctx.onCleanup(() => clearTimeout(timer));

  const say = (text: string, ok = false) => {
    status.className = ok ? 'status ok' : 'status';
    status.textContent = text;
  };
  const showRows = async (id: JudgeReport['id']) => {
    try {
      details.replaceChildren(rowsTable(await judgeReport(id)));
    } catch (e) {
      say(describeError(e));
    }
  };
  const refresh = async () => {
    clearTimeout(timer);
    const all = await judgeReports();
    if (!ctx.isCurrent()) return;
    const shown = all.slice(0, SHOWN);
    board.replaceChildren(
      shown.length
        ? sideBySide(shown, (id) => void showRows(id))
        : h('p', { class: 'card' }, 'No report yet. Start one to see how far the active judge can be trusted.'),
    );
    const running = all.some((r) => r.status === 'RUNNING');
    start.disabled = running;
    baseline.disabled = running;
    if (running) timer = setTimeout(() => void refresh().catch((e) => say(describeError(e))), POLL_MS);
  };
  const begin = async (judge?: 'offline') => {
    start.disabled = true;
    baseline.disabled = true;
    say('');
    try {
      const { id } = await startJudgeReport(Number(samples.value), judge);
      say(`Report #${id} started${judge ? ' with the offline judge' : ''}.`, true);
      await refresh();
    } catch (e) {
      start.disabled = false;
      baseline.disabled = false;
      say(describeError(e));
    }
  };
  start.addEventListener('click', () => void begin());
  baseline.addEventListener('click', () => void begin('offline'));

  await refresh();
  ctx.root.replaceChildren(
    h('h1', { tabindex: '-1' }, 'Judge report card'),
    h(
      'p',
      {},
      'A report grades, with the active judge, answers made from the bank’s own reference answers: the reference (strong), ' +
        'a truncated one (partial), opening sentences (weak), another scenario’s reference (off-topic), the partial one with filler (padded) ' +
        'and the weak one with a note to the grader (injected). The figures say whether the judge orders them, and whether padding or ' +
        'notes to the grader earn anything. No interview is created and no quota is used. The offline baseline grades ' +
        'the same answers with the offline judge, whichever judge is active, to compare against.',
    ),
    h(
      'div',
      { class: 'actions' },
      h('label', { for: 'report-samples' }, 'Samples per answer'),
      samples,
      start,
      baseline,
    ),
    status,
    board,
    details,
  );
}
