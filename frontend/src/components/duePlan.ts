// "Due today" on the history page: the practice plan's steps, each one click from a drill.
import { describeError, practicePlan, startDrill, type FrameworkStep, type PracticeItem } from '../api';
import { h } from '../dom';
import { dueText } from '../lib/drill';
import { shortStepTitle } from '../lib/format';
import { href, navigate } from '../router';

const UPCOMING_SHOWN = 4;

function drillButton(item: PracticeItem, status: HTMLElement): HTMLElement | null {
  if (item.scenarioId == null) return null;
  const button = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      'data-testid': `drill-due-${item.stepKey}`,
      'data-slug': item.scenarioSlug ?? '',
    },
    `Drill ${shortStepTitle(item.stepKey, item.stepTitle)} on ${item.scenarioTitle}`,
  );
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = 'Starting the drill…';
    try {
      const iv = await startDrill(item.scenarioId!, [item.stepKey]);
      navigate(href.interview(iv.id));
    } catch (e) {
      button.disabled = false;
      status.textContent = describeError(e);
    }
  });
  return button;
}

function dueItem(item: PracticeItem, fw: FrameworkStep[], status: HTMLElement): HTMLElement {
  const title = fw.find((s) => s.key === item.stepKey)?.title ?? item.stepTitle;
  return h(
    'li',
    { class: 'due-item', 'data-testid': 'due-item', 'data-step': item.stepKey },
    h(
      'p',
      {},
      h('strong', {}, title),
      h('span', { class: 'meta' }, ` · box ${item.box} of 5 · last score ${item.lastScore} / 5`),
    ),
    h('p', { 'data-testid': `due-reason-${item.stepKey}` }, item.reason),
    drillButton(item, status),
  );
}

/** The card, filled in when the plan arrives; empty (and hidden) when nothing was ever graded. */
export function duePlanCard(fw: FrameworkStep[], isCurrent: () => boolean): HTMLElement {
  const card = h('section', {
    class: 'card notice',
    'data-testid': 'due-today',
    'aria-labelledby': 'due-title',
    hidden: true,
  });
  practicePlan()
    .then((plan) => {
      if (!isCurrent() || (plan.due.length === 0 && plan.upcoming.length === 0)) return;
      const status = h('p', { class: 'status', role: 'status', 'data-testid': 'due-status' });
      const now = new Date();
      card.replaceChildren(
        h(
          'div',
          {},
          h('h2', { id: 'due-title' }, 'Due today'),
          plan.due.length
            ? h(
                'ul',
                { class: 'due-list' },
                plan.due.map((item) => dueItem(item, fw, status)),
              )
            : h(
                'p',
                { class: 'meta', 'data-testid': 'nothing-due' },
                'Nothing is due today. Steps come back here as their drills fall due.',
              ),
          status,
          plan.upcoming.length
            ? h(
                'p',
                { class: 'meta', 'data-testid': 'upcoming' },
                'Coming up: ',
                plan.upcoming
                  .slice(0, UPCOMING_SHOWN)
                  .map((i) => `${shortStepTitle(i.stepKey, i.stepTitle)} (box ${i.box}, ${dueText(i, now)})`)
                  .join(' · '),
              )
            : null,
          h(
            'p',
            { class: 'meta' },
            'Spaced repetition (Leitner boxes): a step scored 4 or 5 moves up a box and comes back later; 1 or 2 sends it back to tomorrow.',
          ),
        ),
      );
      card.hidden = false;
    })
    .catch(() => {});
  return card;
}
