// The report's side of step 1 as a dialogue: the questions asked (evidence quotes marked) and
// what the interviewer knew, the scenario's facts, revealed only after grading.
import type { AskedQuestion, Fact } from '../api';
import { h } from '../dom';
import { highlight } from '../lib/highlight';

function markedText(text: string, quotes: string[]): HTMLElement {
  const node = h('span', { 'data-testid': 'report-question' });
  for (const seg of highlight(text, quotes)) node.append(seg.mark ? h('mark', {}, seg.text) : seg.text);
  return node;
}

export function questionsBlock(questions: AskedQuestion[], evidence: string[]): HTMLElement | null {
  if (!questions.length) return null;
  return h(
    'div',
    { class: 'ask-interviewer', 'data-testid': 'report-questions' },
    h('h3', {}, 'Your questions to the interviewer'),
    h(
      'ol',
      { class: 'dialogue' },
      questions.map((q) =>
        h(
          'li',
          { class: 'qa' },
          h('p', {}, h('strong', {}, 'You: '), markedText(q.question, evidence)),
          h(
            'p',
            {},
            h('strong', {}, 'Interviewer: '),
            q.answer,
            ' ',
            h('span', { class: q.grounded ? 'badge ok' : 'badge' }, q.grounded ? 'from the brief' : 'not specified'),
          ),
        ),
      ),
    ),
  );
}

export function factsCard(facts: Fact[] | undefined): HTMLElement | null {
  if (!facts?.length) return null;
  return h(
    'section',
    { class: 'card', 'data-testid': 'report-facts', 'aria-labelledby': 'facts-title' },
    h('h2', { id: 'facts-title' }, 'What the interviewer knew'),
    h(
      'p',
      { class: 'meta' },
      'The facts the interviewer answered from. Asking about them is part of clarifying the requirements.',
    ),
    h(
      'ul',
      { class: 'facts' },
      facts.map((f) => h('li', {}, f.text)),
    ),
  );
}
