// The feedback report, with live grading progress while the judge works.
import {
  describeError,
  startDrill,
  feedback as getFeedback,
  gradings as getGradings,
  interview as getInterview,
  regrade,
  type Framework,
  type GradedFeedback,
  type GradingAttempt,
  type Interview,
  type StepFeedback,
} from '../api';
import { diagramFigures } from '../components/diagram';
import { gradingProgress } from '../components/progress';
import { radarChart } from '../components/radar';
import type { Ctx } from '../context';
import { download, h } from '../dom';
import { drillLabel, isDrill, WEAK_SCORE } from '../lib/drill';
import { SCORE_NAMES, formatDate, verdictLabel } from '../lib/format';
import { highlight, unmatchedQuotes } from '../lib/highlight';
import { renderMarkdown } from '../lib/markdown';
import { reportFileName, reportMarkdown } from '../lib/report';
import { href, navigate } from '../router';
import { factsCard, questionsBlock } from './reportDialogue';

const FLAG_TEXT: Record<string, string> = {
  PROMPT_INJECTION_SUSPECTED: 'Part of an answer looked like instructions to the grader; that text earned nothing.',
};

/** Text with the evidence quotes marked, never as HTML. */
function marked(text: string, quotes: string[], testId: string): HTMLElement {
  const node = h('div', { class: 'answer', 'data-testid': testId });
  if (!text.trim()) {
    node.append(h('em', { class: 'meta' }, '(no answer)'));
    return node;
  }
  for (const seg of highlight(text, quotes)) node.append(seg.mark ? h('mark', {}, seg.text) : seg.text);
  return node;
}

function list(items: string[], cls: string, empty: string, testId: string): HTMLElement {
  return items.length
    ? h(
        'ul',
        { class: cls, 'data-testid': testId },
        items.map((i) => h('li', {}, i)),
      )
    : h('p', { class: 'meta', 'data-testid': testId }, empty);
}

/** Which judge graded; a prompt version only means something for an LLM judge. */
export function judgeText(fb: GradedFeedback): string {
  const j = fb.judge;
  return j.kind === 'llm'
    ? `Graded by an LLM judge: ${j.model}, prompt version ${j.promptVersion}.`
    : `Graded by the offline judge (${j.model}): a rule-based scorer that checks key-point coverage, not an LLM.`;
}

/** "Drill this step": a drill of this one step on the same scenario, for a step scored 2 or less. */
function drillThisStep(iv: Interview, step: StepFeedback): HTMLElement | null {
  if (step.score > WEAK_SCORE) return null;
  const status = h('span', { class: 'status', role: 'status' });
  const button = h(
    'button',
    { type: 'button', class: 'secondary', 'data-testid': `drill-step-${step.key}` },
    'Drill this step',
  );
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      navigate(href.interview((await startDrill(iv.scenario.id, [step.key])).id));
    } catch (e) {
      button.disabled = false;
      status.textContent = describeError(e);
    }
  });
  return h('div', { class: 'actions no-print' }, button, status);
}

function stepArticle(index: number, step: StepFeedback, iv: Interview, fw: Framework): HTMLElement {
  const answer = iv.steps.find((s) => s.key === step.key);
  const fwStep = fw.steps.find((s) => s.key === step.key);
  const title = step.title || fwStep?.title || step.key;
  const descriptor = step.level ?? fwStep?.levels.find((l) => l.score === step.score)?.descriptor ?? '';
  const questions = step.key === 'clarifying-requirements' ? (iv.questions ?? []) : [];
  const texts = [answer?.text ?? '', answer?.followUp?.reply ?? '', ...questions.map((q) => q.question)];
  const other = unmatchedQuotes(texts, step.evidence);
  const followUpQuestion = answer?.followUp?.question ?? step.followUpQuestion;
  return h(
    'article',
    {
      class: `card step-report score-${step.score}`,
      id: `report-${step.key}`,
      'data-testid': `feedback-step-${step.key}`,
      'aria-labelledby': `report-title-${step.key}`,
    },
    h(
      'h2',
      { id: `report-title-${step.key}` },
      `${index + 1}. ${title} `,
      h(
        'span',
        { class: `score-badge score-${step.score}`, 'data-testid': `step-score-${step.key}` },
        `${step.score} / 5`,
      ),
    ),
    h('p', { class: 'level' }, h('strong', {}, `Level ${step.score}, ${SCORE_NAMES[step.score] ?? ''}: `), descriptor),
    h('p', { class: 'rationale' }, step.rationale),
    drillThisStep(iv, step),
    h('h3', {}, 'Your answer'),
    h(
      'p',
      { class: 'meta' },
      step.evidence.length
        ? 'Highlighted: the passages the judge quoted as evidence.'
        : 'The judge quoted no evidence from this step.',
    ),
    marked(answer?.text ?? '', step.evidence, `feedback-answer-${step.key}`),
    diagramFigures(answer?.text ?? '', `feedback-diagram-${step.key}`),
    followUpQuestion
      ? h(
          'div',
          { class: 'follow-up' },
          h('p', { class: 'question' }, h('strong', {}, 'Follow-up: '), followUpQuestion),
          marked(answer?.followUp?.reply ?? '', step.evidence, `feedback-reply-${step.key}`),
        )
      : null,
    questionsBlock(questions, step.evidence),
    other.length
      ? h(
          'div',
          {},
          h('h3', {}, 'Other evidence quoted'),
          h(
            'ul',
            {},
            other.map((q) => h('li', {}, h('q', {}, q))),
          ),
        )
      : null,
    h(
      'div',
      { class: 'columns' },
      h(
        'div',
        {},
        h('h3', {}, 'Covered key points'),
        list(step.coveredKeyPoints, 'covered', 'None.', `covered-${step.key}`),
      ),
      h(
        'div',
        {},
        h('h3', {}, 'Missed key points'),
        list(step.missedKeyPoints, 'missed', 'None: every key point is covered.', `missed-${step.key}`),
      ),
    ),
    h('h3', {}, 'Suggestions'),
    list(step.suggestions, 'suggestions', 'No suggestions.', `suggestions-${step.key}`),
    h(
      'details',
      { class: 'reference', open: true },
      h('summary', {}, 'Reference answer'),
      h('div', { 'data-testid': `reference-${step.key}` }, renderMarkdown(step.referenceAnswer, 4)),
      step.referenceDiagram
        ? diagramFigures('```mermaid\n' + step.referenceDiagram + '\n```', `reference-diagram-${step.key}`)
        : null,
    ),
  );
}

/** Whether the rule "any step scored 1 caps the verdict" applied: news only to someone it applied to. */
export function capApplies(fb: GradedFeedback): boolean {
  return fb.steps.some((s) => s.score === 1);
}

function attemptJudge(a: GradingAttempt): string {
  return a.judge.kind === 'llm' ? `LLM judge ${a.judge.model}` : `offline judge ${a.judge.model}`;
}

/** Every grading of this interview, newest first, and a way to grade it again (for example after the judge changed). */
function attemptsCard(
  attempts: GradingAttempt[],
  current: number | undefined,
  onRegrade: () => Promise<void>,
): HTMLElement {
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'regrade-status' });
  const again = h('button', { type: 'button', class: 'secondary', 'data-testid': 'grade-again' }, 'Grade again');
  again.addEventListener('click', async () => {
    again.disabled = true;
    status.textContent = 'Asking the judge to grade your answers again...';
    try {
      await onRegrade();
    } catch (e) {
      again.disabled = false;
      status.textContent = describeError(e);
    }
  });
  const rows = [...attempts]
    .sort((a, b) => b.attempt - a.attempt)
    .map((a) =>
      h(
        'tr',
        { 'data-testid': `attempt-${a.attempt}` },
        h('td', {}, a.attempt === current ? `${a.attempt} (shown)` : String(a.attempt)),
        h('td', {}, formatDate(a.finishedAt ?? a.requestedAt)),
        h('td', {}, attemptJudge(a)),
        h(
          'td',
          {},
          a.status === 'GRADED' ? `${a.overallScore} / 100, ${verdictLabel(a.verdict ?? '')}` : a.status.toLowerCase(),
        ),
      ),
    );
  return h(
    'section',
    { class: 'card no-print', 'data-testid': 'grading-attempts', 'aria-labelledby': 'attempts-title' },
    h('h2', { id: 'attempts-title' }, 'Gradings'),
    h(
      'table',
      { class: 'attempts' },
      h(
        'thead',
        {},
        h('tr', {}, h('th', {}, 'Attempt'), h('th', {}, 'When'), h('th', {}, 'Judge'), h('th', {}, 'Result')),
      ),
      h('tbody', {}, rows),
    ),
    h('p', { class: 'meta' }, 'Grading again keeps these results; the newest is shown above.'),
    again,
    status,
  );
}

function report(ctx: Ctx, iv: Interview, fb: GradedFeedback, fw: Framework): HTMLElement[] {
  const order = new Map(fw.steps.map((s, i) => [s.key, i]));
  const steps = [...fb.steps].sort((a, b) => (order.get(a.key) ?? 99) - (order.get(b.key) ?? 99));
  const titled = steps.map((s) => ({ ...s, title: s.title || fw.steps.find((f) => f.key === s.key)?.title || s.key }));
  const exportMd = h(
    'button',
    { type: 'button', class: 'secondary', 'data-testid': 'export-markdown' },
    'Export as Markdown',
  );
  exportMd.addEventListener('click', () =>
    download(reportFileName(iv.scenario.slug, iv.id), reportMarkdown(iv, { ...fb, steps: titled }), 'text/markdown'),
  );
  const print = h(
    'button',
    { type: 'button', class: 'secondary', 'data-testid': 'print-report', onclick: () => window.print() },
    'Print',
  );
  ctx.setTitle(`Feedback: ${iv.scenario.title}`);
  return [
    h('p', { class: 'no-print' }, h('a', { href: href.history() }, '← History and progress')),
    h(
      'header',
      { class: 'card report-head' },
      h('h1', { tabindex: '-1' }, `Feedback: ${iv.scenario.title}`),
      isDrill(fb) || isDrill(iv)
        ? h(
            'p',
            { class: 'badge drill', 'data-testid': 'drill-label' },
            `${drillLabel(
              fb.steps.map((s) => s.key),
              fw.steps,
            )}. The score is over these steps only, not a full interview.`,
          )
        : null,
      h(
        'div',
        { class: 'headline' },
        h(
          'div',
          { class: 'overall' },
          h('span', { class: 'overall-score', 'data-testid': 'overall-score' }, String(fb.overallScore)),
          h('span', { class: 'meta' }, ' / 100'),
        ),
        h(
          'div',
          {},
          h('p', { class: `verdict verdict-${fb.verdict}`, 'data-testid': 'verdict' }, verdictLabel(fb.verdict)),
          capApplies(fb) && fw.passLine ? h('p', { class: 'meta', 'data-testid': 'pass-line' }, fw.passLine) : null,
        ),
      ),
      h('p', { class: 'judge', 'data-testid': 'judge' }, judgeText(fb)),
      h(
        'p',
        { class: 'meta' },
        [
          iv.submittedAt
            ? `Submitted ${formatDate(iv.submittedAt)}${iv.overtime ? ' (after the time limit)' : ''}. `
            : '',
          fb.gradedAt ? `Graded ${formatDate(fb.gradedAt)}.` : '',
          fb.attempt && fb.attempt > 1 ? ` Grading attempt ${fb.attempt}.` : '',
        ].join(''),
      ),
      fb.flags.length
        ? h(
            'div',
            { class: 'notice warn', 'data-testid': 'flags' },
            fb.flags.map((f) => h('p', {}, FLAG_TEXT[f] ?? f)),
          )
        : null,
      h('div', { class: 'actions no-print' }, exportMd, print),
    ),
    h(
      'section',
      { class: 'card chart-card', 'aria-label': 'Scores by step' },
      titled.length >= 3 ? radarChart(titled) : null, // a drill of one or two steps has no shape to draw
      h(
        'ol',
        { class: 'score-list' },
        titled.map((s) =>
          h(
            'li',
            { value: (order.get(s.key) ?? 0) + 1 },
            h(
              'a',
              {
                href: `#report-${s.key}`,
                onclick: (e: Event) => {
                  e.preventDefault();
                  document.getElementById(`report-${s.key}`)?.scrollIntoView({ behavior: 'smooth' });
                },
              },
              s.title,
            ),
            `: ${s.score} / 5`,
          ),
        ),
      ),
    ),
    ...titled.map((s, i) => stepArticle(order.get(s.key) ?? i, s, iv, fw)),
    factsCard(fb.facts),
  ].filter((node): node is HTMLElement => node !== null);
}

async function attemptsOrNothing(
  id: string,
  fb: GradedFeedback,
  onRegrade: () => Promise<void>,
): Promise<HTMLElement[]> {
  try {
    return [attemptsCard(await getGradings(id), fb.attempt, onRegrade)];
  } catch {
    return []; // the report stands without its history
  }
}

export async function feedbackView(ctx: Ctx, id: string): Promise<void> {
  const [iv, fw] = await Promise.all([getInterview(id), ctx.framework()]);
  if (iv.status === 'IN_PROGRESS') {
    navigate(href.interview(id), true);
    return;
  }
  ctx.setTitle(`Feedback: ${iv.scenario.title}`);
  const show = async (): Promise<void> => {
    const fb = await getFeedback(id);
    if (!ctx.isCurrent()) return;
    if (fb.status === 'GRADING') {
      const steps = iv.steps.map((s) => ({
        key: s.key,
        title: fw.steps.find((f) => f.key === s.key)?.title ?? s.title,
      }));
      const progress = gradingProgress(id, steps, fb.progress?.done ?? 0, () => {
        if (ctx.isCurrent())
          void show().catch((e) => ctx.root.replaceChildren(h('p', { class: 'status' }, describeError(e))));
      });
      ctx.onCleanup(progress.stop);
      ctx.root.replaceChildren(h('h1', { tabindex: '-1' }, iv.scenario.title), progress.node);
    } else if (fb.status === 'FAILED') {
      const status = h('p', { class: 'status', role: 'alert' });
      const retry = h('button', { type: 'button', class: 'primary', 'data-testid': 'regrade' }, 'Try grading again');
      retry.addEventListener('click', async () => {
        retry.disabled = true;
        try {
          await regrade(id);
          await show();
        } catch (e) {
          retry.disabled = false;
          status.textContent = describeError(e);
        }
      });
      ctx.root.replaceChildren(
        h('h1', { tabindex: '-1' }, iv.scenario.title),
        h(
          'section',
          { class: 'card notice warn', 'data-testid': 'grading-failed' },
          h('h2', {}, 'Grading failed'),
          h('p', {}, fb.reason ?? 'The judge could not grade this interview.'),
          h('p', {}, 'Your answers are kept.'),
          retry,
          status,
        ),
      );
    } else {
      const full = await getInterview(id);
      const attempts = await attemptsOrNothing(id, fb, async () => {
        await regrade(id);
        await show();
      });
      if (ctx.isCurrent()) ctx.root.replaceChildren(...report(ctx, full, fb, fw), ...attempts);
    }
  };
  await show();
}
