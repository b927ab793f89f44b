// "Ask the interviewer" beside step 1: the candidate's clarifying questions and the answers,
// which come from the scenario's facts or say the point is not specified. A question posted
// is stored by the service; one typed but not sent is kept in this browser like an answer.
import { askInterviewer, describeError, type AskedQuestion, type Id } from '../api';
import { h } from '../dom';
import { drafts } from '../lib/drafts';
import { codePoints } from '../lib/format';

export const QUESTION_LIMIT = 1_000;

/** The dialogue as a list, question then answer; every string goes in as text. */
export function dialogueItem(q: AskedQuestion): HTMLElement {
  return h(
    'li',
    { class: 'qa', 'data-testid': 'interviewer-exchange' },
    h(
      'p',
      { class: 'qa-question' },
      h('strong', {}, 'You: '),
      h('span', { 'data-testid': 'asked-question' }, q.question),
    ),
    h(
      'p',
      { class: 'qa-answer' },
      h('strong', {}, 'Interviewer: '),
      h('span', { 'data-testid': 'interviewer-answer' }, q.answer),
      ' ',
      h(
        'span',
        { class: q.grounded ? 'badge ok' : 'badge', 'data-testid': 'answer-source' },
        q.grounded ? 'from the brief' : 'not specified',
      ),
    ),
  );
}

export function askInterviewerPanel(id: Id, questions: AskedQuestion[]): HTMLElement {
  const draftKey = `${id}:question`;
  const list = h(
    'ol',
    { class: 'dialogue', 'data-testid': 'interviewer-dialogue', 'aria-live': 'polite' },
    questions.map(dialogueItem),
  );
  const empty = h(
    'p',
    { class: 'meta' },
    'No questions yet. Ask about scale, latency, cost, languages, data or what is out of scope.',
  );
  empty.hidden = questions.length > 0;
  const input = h('textarea', {
    id: 'interviewer-question',
    rows: 2,
    'data-testid': 'interviewer-question',
    'aria-describedby': 'interviewer-question-count',
  });
  const saved = drafts.load(draftKey);
  if (saved) input.value = saved.text;
  const count = h('span', { id: 'interviewer-question-count', class: 'meta' });
  const status = h('span', { class: 'status', role: 'status', 'data-testid': 'interviewer-status' });
  const ask = h('button', { type: 'submit', class: 'secondary', 'data-testid': 'ask-interviewer' }, 'Ask');
  const refresh = () => {
    const n = codePoints(input.value);
    count.textContent = `${n.toLocaleString('en')} / ${QUESTION_LIMIT.toLocaleString('en')} characters`;
    count.classList.toggle('bad', n > QUESTION_LIMIT);
  };
  input.addEventListener('input', () => {
    if (input.value) drafts.save(draftKey, input.value, 0);
    else drafts.clear(draftKey);
    refresh();
  });
  const form = h(
    'form',
    { class: 'ask-form' },
    h('label', { for: 'interviewer-question' }, 'Your question'),
    input,
    h('div', { class: 'editor-foot' }, count, h('span', {}, ask, ' ', status)),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const question = input.value.trim();
    if (!question) {
      status.textContent = 'Type a question first.';
      return;
    }
    if (codePoints(question) > QUESTION_LIMIT) {
      status.textContent = `A question may hold at most ${QUESTION_LIMIT} characters.`;
      return;
    }
    ask.disabled = true;
    status.textContent = 'Asking…';
    try {
      const asked = await askInterviewer(id, question);
      list.append(dialogueItem(asked));
      empty.hidden = true;
      input.value = '';
      drafts.clear(draftKey);
      status.textContent = '';
      refresh();
    } catch (err) {
      status.textContent = describeError(err);
    } finally {
      ask.disabled = false;
    }
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  refresh();
  return h(
    'aside',
    { class: 'ask-interviewer', 'aria-labelledby': 'ask-interviewer-title', 'data-testid': 'ask-interviewer-panel' },
    h('h3', { id: 'ask-interviewer-title' }, 'Ask the interviewer'),
    h(
      'p',
      { class: 'meta' },
      'Clarify the requirements before you design. The interviewer answers from what it was told; anything else is yours to assume. Your questions count in grading this step.',
    ),
    empty,
    list,
    form,
  );
}
