// The interview workspace: problem statement, seven steps with criteria, autosaving
// editors, a countdown, follow-up questions and submission.
import {
  ApiError,
  askFollowUp,
  describeError,
  discardInterview,
  interview as getInterview,
  saveAnswer,
  saveFollowUpReply,
  submitInterview,
  type FrameworkStep,
  type Id,
  type InterviewStep,
} from '../api';
import { diagramPreview } from '../components/diagram';
import type { Ctx } from '../context';
import { confirmDialog, h } from '../dom';
import { drillLabel, isDrill } from '../lib/drill';
import { Autosaver, describeSave, SaveFailure, type SaveState } from '../lib/autosave';
import { drafts } from '../lib/drafts';
import { codePoints, formatClock, shortStepTitle, suggestedStep, wordCount } from '../lib/format';
import { renderMarkdown } from '../lib/markdown';
import { href, navigate } from '../router';
import { askInterviewerPanel } from './askInterviewer';
import { meta } from './scenarios';

export const ANSWER_LIMIT = 20_000;

/** Maps a failed save onto what the autosaver should do about it. */
export function failure(e: unknown, text: string): SaveFailure {
  if (e instanceof ApiError) {
    if (e.status === 409) return new SaveFailure('conflict');
    if (e.status === 413 || (e.status === 400 && codePoints(text) > ANSWER_LIMIT)) {
      return new SaveFailure('too-long', `not saved: over the ${ANSWER_LIMIT.toLocaleString('en')}-character limit`);
    }
    return new SaveFailure('error', `not saved: ${e.message}`);
  }
  return new SaveFailure('error', 'not saved: the service is unreachable; retrying');
}

interface Editor {
  saver: Autosaver;
  refresh(): void;
  answered(): boolean;
}

function stateClass(state: SaveState): string {
  return state.kind === 'conflict' || state.kind === 'too-long' || state.kind === 'error'
    ? 'save-status bad'
    : 'save-status';
}

/**
 * A textarea bound to an autosaver, with its status line. What is typed is also kept in
 * this browser under `draftKey` until the service has it; a draft left by a crash or a
 * lost connection is put back (and saved) when the step is as it left it, and shown for
 * copying when the step has changed elsewhere since.
 */
function editor(opts: {
  id: string;
  label: string;
  testId: string;
  text: string;
  rows: number;
  draftKey: string;
  save: (text: string, version: number) => Promise<number>;
  version: number;
  counts: boolean;
  onConflict?: () => Promise<void>;
}): { node: HTMLElement; textarea: HTMLTextAreaElement; editor: Editor } {
  const textarea = h('textarea', {
    id: opts.id,
    rows: opts.rows,
    'data-testid': opts.testId,
    spellcheck: 'true',
    'aria-describedby': `${opts.id}-count ${opts.id}-status`,
  });
  textarea.value = opts.text;
  const count = h('span', { id: `${opts.id}-count`, class: 'meta', 'data-testid': `word-count-${opts.testId}` });
  const status = h('span', {
    id: `${opts.id}-status`,
    class: 'save-status',
    'data-testid': `save-status-${opts.testId}`,
  });
  const alert = h('span', { role: 'status', class: 'visually-hidden' });
  const actions = h('span', { class: 'save-actions' });
  const saver = new Autosaver({
    text: opts.text,
    version: opts.version,
    save: opts.save,
    onState: (state) => {
      if (state.kind === 'saved' && !saver.dirty) drafts.clear(opts.draftKey);
      refresh();
      if (state.kind === 'conflict' || state.kind === 'too-long' || state.kind === 'error')
        alert.textContent = describeSave(state, Date.now());
      const reload = opts.onConflict;
      if (state.kind === 'conflict' && reload) {
        actions.replaceChildren(
          h(
            'button',
            { type: 'button', class: 'link', 'data-testid': `reload-${opts.testId}`, onclick: () => void reload() },
            'Reload this step',
          ),
        );
      } else actions.replaceChildren();
    },
  });
  const refresh = () => {
    const text = textarea.value;
    const chars = codePoints(text);
    const words = wordCount(text);
    count.textContent = opts.counts
      ? `${words} ${words === 1 ? 'word' : 'words'} · ${chars.toLocaleString('en')} / ${ANSWER_LIMIT.toLocaleString('en')} characters`
      : '';
    count.classList.toggle('bad', chars > ANSWER_LIMIT);
    status.textContent = describeSave(saver.state, Date.now());
    status.className = stateClass(saver.state);
  };
  textarea.addEventListener('input', () => {
    drafts.save(opts.draftKey, textarea.value, saver.currentVersion);
    saver.change(textarea.value);
    refresh();
  });
  textarea.addEventListener('blur', () => void saver.flush());
  const recovered = h('div', { 'data-testid': `recovered-${opts.testId}` });
  const recovery = drafts.recover(opts.draftKey, opts.text, opts.version);
  if (recovery.kind === 'restore') {
    textarea.value = recovery.text;
    saver.change(recovery.text);
    recovered.replaceChildren(
      h(
        'p',
        { class: 'notice' },
        'Restored what you typed here that had not reached the service yet; it is being saved now.',
      ),
    );
  } else if (recovery.kind === 'copy') {
    const copy = h('textarea', {
      readonly: true,
      rows: 4,
      'aria-label': 'Text typed in this browser that was not saved',
    });
    copy.value = recovery.text;
    recovered.replaceChildren(
      h(
        'details',
        { open: true },
        h(
          'summary',
          {},
          'Text you typed in this browser that was not saved before this step changed elsewhere (copy what you need)',
        ),
        copy,
      ),
    );
  }
  refresh();
  const node = h(
    'div',
    { class: 'editor' },
    h('label', { for: opts.id }, opts.label),
    recovered,
    textarea,
    h('div', { class: 'editor-foot' }, count, h('span', {}, status, actions), alert),
  );
  return { node, textarea, editor: { saver, refresh, answered: () => textarea.value.trim().length > 0 } };
}

function stepSection(
  id: Id,
  number: number,
  step: InterviewStep,
  fw: FrameworkStep | undefined,
  editors: Editor[],
  beside: HTMLElement | null = null,
): HTMLElement {
  const key = step.key;
  const title = fw?.title ?? step.title;
  const answerBox = editor({
    id: `answer-${key}`,
    label: 'Your answer',
    testId: `answer-${key}`,
    text: step.text,
    version: step.version,
    rows: 10,
    counts: true,
    draftKey: `${id}:answer:${key}`,
    save: async (text, version) => {
      try {
        return (await saveAnswer(id, key, text, version)).version;
      } catch (e) {
        throw failure(e, text);
      }
    },
    onConflict: async () => {
      const mine = answerBox.textarea.value;
      try {
        const fresh = (await getInterview(id)).steps.find((s) => s.key === key);
        if (!fresh) return;
        answerBox.textarea.value = fresh.text;
        answerBox.editor.saver.reset(fresh.text, fresh.version);
        answerBox.editor.refresh();
        if (mine !== fresh.text && mine.trim()) {
          const copy = h('textarea', { readonly: true, rows: 4, 'aria-label': 'Your text before reloading' });
          copy.value = mine;
          conflictCopy.replaceChildren(
            h('details', {}, h('summary', {}, 'Your text before reloading (copy what you need)'), copy),
          );
        }
      } catch (e) {
        conflictCopy.replaceChildren(h('p', { class: 'status' }, describeError(e)));
      }
    },
  });
  const conflictCopy = h('div');
  editors.push(answerBox.editor);

  const followUpArea = h('div', { class: 'follow-up', 'data-testid': `follow-up-area-${key}` });
  const askStatus = h('span', { class: 'status', role: 'status' });
  const ask = h(
    'button',
    { type: 'button', class: 'secondary', 'data-testid': `ask-follow-up-${key}` },
    'Ask me a follow-up',
  );
  const showFollowUp = (question: string, reply: string) => {
    const replyBox = editor({
      id: `reply-${key}`,
      label: 'Your reply',
      testId: `follow-up-reply-${key}`,
      text: reply,
      version: 0,
      rows: 4,
      counts: true,
      draftKey: `${id}:reply:${key}`,
      save: async (text) => {
        try {
          await saveFollowUpReply(id, key, text);
          return 0;
        } catch (e) {
          throw failure(e, text);
        }
      },
    });
    editors.push(replyBox.editor);
    followUpArea.replaceChildren(
      h(
        'p',
        { class: 'question' },
        h('strong', {}, 'Interviewer: '),
        h('span', { 'data-testid': `follow-up-question-${key}` }, question),
      ),
      replyBox.node,
    );
    ask.hidden = true;
  };
  ask.addEventListener('click', async () => {
    ask.disabled = true;
    askStatus.textContent = 'Thinking of a question…';
    try {
      await answerBox.editor.saver.flush();
      const { question } = await askFollowUp(id, key);
      askStatus.textContent = '';
      showFollowUp(question, '');
      followUpArea.querySelector('textarea')?.focus();
    } catch (e) {
      askStatus.textContent = describeError(e);
    } finally {
      ask.disabled = false;
    }
  });
  if (step.followUp) showFollowUp(step.followUp.question, step.followUp.reply ?? '');

  return h(
    'section',
    { class: 'card step', id: `step-${key}`, 'aria-labelledby': `step-title-${key}`, 'data-testid': `step-${key}` },
    h(
      'h2',
      { id: `step-title-${key}`, tabindex: '-1' },
      `${number}. ${title} `,
      h('span', { class: 'meta' }, `~${step.suggestedMinutes} min`),
    ),
    fw?.description ? h('p', { class: 'description' }, fw.description) : null,
    fw?.criteria.length
      ? h(
          'details',
          { class: 'criteria', open: true },
          h('summary', {}, 'What the interviewer looks for'),
          h(
            'ul',
            { 'data-testid': `criteria-${key}` },
            fw.criteria.map((c) => h('li', {}, c)),
          ),
        )
      : null,
    h(
      'div',
      { class: beside ? 'step-body with-aside' : 'step-body' },
      h(
        'div',
        { class: 'step-main' },
        answerBox.node,
        diagramPreview(answerBox.textarea, `diagram-preview-${key}`),
        conflictCopy,
        h('div', { class: 'actions' }, ask, askStatus),
        followUpArea,
      ),
      beside,
    ),
  );
}

export async function interviewView(ctx: Ctx, id: string): Promise<void> {
  const [iv, fw] = await Promise.all([getInterview(id), ctx.framework()]);
  if (iv.status !== 'IN_PROGRESS') {
    navigate(href.feedback(id), true);
    return;
  }
  const drill = isDrill(iv);
  ctx.setTitle(`${drill ? 'Drill' : 'Interview'}: ${iv.scenario.title}`);
  const fwByKey = new Map(fw.steps.map((s) => [s.key, s]));
  // A drill keeps each step's number in the framework, so "5. Evaluation" stays step 5.
  const stepNumber = (key: string) =>
    (drill ? fw.steps.findIndex((s) => s.key === key) : iv.steps.findIndex((s) => s.key === key)) + 1;
  const editors: Editor[] = [];

  const started = Date.parse(iv.startedAt);
  const deadline = Date.parse(iv.deadline);
  const minutes = iv.steps.map((s) => s.suggestedMinutes);
  const clock = h('span', { class: 'clock', 'data-testid': 'countdown', role: 'timer' });
  const pace = h('span', { class: 'pace meta', 'data-testid': 'pace' });
  const tick = () => {
    const now = Date.now();
    const left = deadline - now;
    clock.textContent = left >= 0 ? `${formatClock(left)} left` : `overtime +${formatClock(-left)}`;
    clock.classList.toggle('overtime', left < 0);
    clock.classList.toggle('soon', left >= 0 && left < 5 * 60_000);
    const sug = suggestedStep(
      (now - started) / 60_000,
      minutes,
      drill ? (deadline - started) / 60_000 : iv.scenario.durationMinutes,
    );
    const st = iv.steps[sug.index];
    pace.textContent =
      left < 0
        ? 'Time is up: wrap up and submit.'
        : `Suggested now: ${stepNumber(st.key)}. ${shortStepTitle(st.key, st.title)} (until minute ${sug.until})`;
    for (const e of editors) if (e.saver.state.kind === 'saved') e.refresh();
  };

  const toc = h(
    'nav',
    { class: 'toc', 'aria-label': 'Steps' },
    h(
      'ol',
      {},
      iv.steps.map((st) =>
        h(
          'li',
          { value: stepNumber(st.key) },
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              onclick: () => {
                const t = document.getElementById(`step-title-${st.key}`);
                t?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                t?.focus({ preventScroll: true });
              },
            },
            fwByKey.get(st.key)?.title ?? st.title,
          ),
        ),
      ),
    ),
  );

  const steps = iv.steps.map((st) =>
    stepSection(
      iv.id,
      stepNumber(st.key),
      st,
      fwByKey.get(st.key),
      editors,
      st.key === 'clarifying-requirements' ? askInterviewerPanel(iv.id, iv.questions ?? []) : null,
    ),
  );

  const submitStatus = h('p', { class: 'status', role: 'alert', 'data-testid': 'submit-status' });
  const submit = h(
    'button',
    { type: 'button', class: 'primary big', 'data-testid': 'submit-interview' },
    'Submit for grading',
  );
  const discard = h(
    'button',
    { type: 'button', class: 'secondary', 'data-testid': 'discard-interview' },
    'Discard this interview',
  );
  const flushAll = async () => {
    await Promise.all(editors.map((e) => e.saver.flush()));
    return editors.filter((e) => e.saver.dirty || ['conflict', 'too-long', 'error'].includes(e.saver.state.kind));
  };
  submit.addEventListener('click', async () => {
    submitStatus.textContent = '';
    const answered = iv.steps.filter((_, i) => steps[i].querySelector('textarea')!.value.trim()).length;
    const ok = await confirmDialog({
      title: 'Submit your answers?',
      body: `You answered ${answered} of ${iv.steps.length} steps. After submitting, your answers are frozen and grading starts; empty steps score 1.`,
      confirm: 'Submit for grading',
      confirmTestId: 'confirm-submit',
    });
    if (!ok) return;
    submit.disabled = true;
    try {
      const unsaved = await flushAll();
      if (unsaved.length) {
        submitStatus.textContent =
          'Some answers could not be saved (see the steps marked in red). Fix them before submitting.';
        submit.disabled = false;
        return;
      }
      await submitInterview(iv.id);
      navigate(href.feedback(iv.id));
    } catch (e) {
      submit.disabled = false;
      submitStatus.textContent = describeError(e);
    }
  });
  discard.addEventListener('click', async () => {
    const ok = await confirmDialog({
      title: 'Discard this interview?',
      body: 'Your answers will be deleted. This cannot be undone.',
      confirm: 'Discard',
      danger: true,
      confirmTestId: 'confirm-discard',
    });
    if (!ok) return;
    try {
      editors.forEach((e) => e.saver.dispose());
      await discardInterview(iv.id);
      navigate(href.scenarios());
    } catch (e) {
      submitStatus.textContent = describeError(e);
    }
  });

  const timer = setInterval(tick, 1000);
  const beforeUnload = (e: BeforeUnloadEvent) => {
    if (editors.some((ed) => ed.saver.dirty)) {
      editors.forEach((ed) => void ed.saver.flush());
      e.preventDefault();
    }
  };
  window.addEventListener('beforeunload', beforeUnload);
  ctx.onCleanup(() => {
    clearInterval(timer);
    window.removeEventListener('beforeunload', beforeUnload);
    editors.forEach((e) => {
      void e.saver.flush().finally(() => e.saver.dispose());
    });
  });

  ctx.root.replaceChildren(
    h(
      'div',
      { class: 'timebar', 'data-testid': 'timebar' },
      drill ? h('span', { class: 'badge drill' }, 'Drill') : null,
      clock,
      pace,
    ),
    h(
      'header',
      { class: 'card' },
      drill
        ? h(
            'p',
            { class: 'badge drill', 'data-testid': 'drill-label' },
            drillLabel(
              iv.steps.map((s) => s.key),
              fw.steps,
            ),
          )
        : null,
      h('h1', { tabindex: '-1' }, iv.scenario.title),
      drill
        ? h(
            'p',
            { class: 'notice', 'data-testid': 'drill-notice' },
            `This is a drill, not a full interview: only ${iv.steps.length === 1 ? 'this step, against its' : `these ${iv.steps.length} steps, against their`} suggested ${Math.round((deadline - started) / 60_000)} minutes. The score is over ${iv.steps.length === 1 ? 'it' : 'them'} alone.`,
          )
        : null,
      meta(iv.scenario),
      h('h2', {}, 'Problem statement'),
      h('div', { 'data-testid': 'problem-statement' }, renderMarkdown(iv.scenario.prompt)),
    ),
    toc,
    ...steps,
    h(
      'section',
      { class: 'card submit-area', 'aria-label': 'Submit' },
      h(
        'p',
        {},
        drill
          ? 'When you are done, submit: the drilled steps are graded and you get a report with reference answers.'
          : 'When you are done, submit: every step is graded and you get a report with reference answers.',
      ),
      h('div', { class: 'actions' }, submit, discard),
      submitStatus,
    ),
  );
  tick();
}
