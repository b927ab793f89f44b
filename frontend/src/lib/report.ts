// The feedback report as a Markdown document, for download.
import type { GradedFeedback, Interview } from '../api';
import { SCORE_NAMES, verdictLabel } from './format';

const list = (items: string[]) => (items.length ? items.map((i) => `- ${oneLine(i)}`).join('\n') : '- (none)');
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const quote = (s: string) =>
  s.trim()
    ? s
        .trim()
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n')
    : '> (no answer)';

export function reportMarkdown(interview: Interview, fb: GradedFeedback): string {
  const out: string[] = [];
  out.push(`# ${interview.scenario.title}`, '');
  out.push(`- Overall score: **${fb.overallScore} / 100**`);
  out.push(`- Verdict: **${verdictLabel(fb.verdict)}**`);
  out.push(
    fb.judge.kind === 'llm'
      ? `- Judge: llm (${fb.judge.model}, prompt ${fb.judge.promptVersion})`
      : `- Judge: offline (${fb.judge.model})`,
  );
  if (interview.submittedAt)
    out.push(`- Submitted: ${interview.submittedAt}${interview.overtime ? ' (overtime)' : ''}`);
  if (fb.flags.length) out.push(`- Flags: ${fb.flags.join(', ')}`);
  out.push('');
  for (const step of fb.steps) {
    const answer = interview.steps.find((s) => s.key === step.key);
    out.push(`## ${step.title || step.key}: ${step.score} / 5 (${SCORE_NAMES[step.score] ?? ''})`, '');
    if (step.level) out.push(`*${oneLine(step.level)}*`, '');
    out.push(step.rationale.trim(), '');
    out.push('### Your answer', '', quote(answer?.text ?? ''), '');
    if (answer?.followUp) {
      out.push(`**Follow-up:** ${oneLine(answer.followUp.question)}`, '', quote(answer.followUp.reply ?? ''), '');
    }
    const questions = step.key === 'clarifying-requirements' ? (interview.questions ?? []) : [];
    if (questions.length) {
      out.push(
        '### Your questions to the interviewer',
        '',
        questions
          .map(
            (q) =>
              `- **Q:** ${oneLine(q.question)}\n  **A:** ${oneLine(q.answer)}${q.grounded ? '' : ' (not specified)'}`,
          )
          .join('\n'),
        '',
      );
    }
    out.push('### Evidence', '', list(step.evidence.map((e) => `"${oneLine(e)}"`)), '');
    out.push('### Covered key points', '', list(step.coveredKeyPoints), '');
    out.push('### Missed key points', '', list(step.missedKeyPoints), '');
    out.push('### Suggestions', '', list(step.suggestions), '');
    out.push('### Reference answer', '', step.referenceAnswer.trim(), '');
    if (step.referenceDiagram?.trim()) out.push('```mermaid', step.referenceDiagram.trim(), '```', '');
  }
  if (fb.facts?.length) out.push('## What the interviewer knew', '', list(fb.facts.map((f) => f.text)), '');
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

/** A file name for the downloaded report. */
export function reportFileName(slug: string, id: string | number): string {
  return `design-coach-${slug.replace(/[^a-z0-9-]/gi, '')}-${String(id).replace(/[^a-z0-9-]/gi, '')}.md`;
}
