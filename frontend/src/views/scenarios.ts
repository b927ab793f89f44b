import {
  describeError,
  listInterviews,
  listScenarios,
  scenario as getScenario,
  startInterview,
  type ScenarioSummary,
} from '../api';
import type { Ctx } from '../context';
import { h } from '../dom';
import { categoryLabel } from '../lib/format';
import { renderMarkdown } from '../lib/markdown';
import { href, navigate } from '../router';

export const CATEGORIES = [
  'llm-application',
  'generative-media',
  'training-infrastructure',
  'inference-serving',
  'data-platform',
  'ml-platform',
];
export const DIFFICULTIES = ['easy', 'medium', 'hard'];

function options(values: string[], label: (v: string) => string, any: string): HTMLOptionElement[] {
  return [h('option', { value: '' }, any), ...values.map((v) => h('option', { value: v }, label(v)))];
}

export function meta(s: { category: string; difficulty: string; durationMinutes: number }): HTMLElement {
  return h(
    'p',
    { class: 'meta' },
    h('span', { class: `badge difficulty-${s.difficulty}`, 'data-testid': 'difficulty' }, s.difficulty),
    h('span', { class: 'badge' }, categoryLabel(s.category)),
    h('span', { class: 'badge', 'data-testid': 'duration' }, `${s.durationMinutes} min`),
  );
}

function card(s: ScenarioSummary): HTMLElement {
  return h(
    'li',
    { class: 'card scenario-card', 'data-testid': 'scenario-card', 'data-slug': s.slug },
    h('h2', {}, h('a', { href: href.scenario(s.slug) }, s.title)),
    meta(s),
    h('p', { class: 'summary' }, s.summary),
    s.tags.length
      ? h(
          'p',
          { class: 'tags' },
          s.tags.map((t) => h('span', { class: 'tag' }, `#${t}`)),
        )
      : null,
  );
}

export async function scenariosView(ctx: Ctx): Promise<void> {
  ctx.setTitle('Scenarios');
  const q = h('input', { id: 'q', type: 'search', placeholder: 'Search title, summary or tag', autocomplete: 'off' });
  const category = h('select', { id: 'category' }, options(CATEGORIES, categoryLabel, 'Any category'));
  const difficulty = h(
    'select',
    { id: 'difficulty' },
    options(DIFFICULTIES, (d) => d, 'Any difficulty'),
  );
  const count = h('p', { class: 'meta', role: 'status', 'data-testid': 'scenario-count' });
  const list = h('ul', { class: 'scenarios', 'data-testid': 'scenario-list' });
  const resume = h('div');
  let seq = 0;
  const load = async () => {
    const mine = ++seq;
    try {
      const found = await listScenarios(q.value.trim(), category.value, difficulty.value);
      if (mine !== seq) return;
      list.replaceChildren(...found.map(card));
      count.textContent = found.length === 1 ? '1 scenario' : `${found.length} scenarios`;
    } catch (e) {
      if (mine === seq) count.textContent = describeError(e);
    }
  };
  let debounce: ReturnType<typeof setTimeout> | undefined;
  q.addEventListener('input', () => {
    clearTimeout(debounce);
    debounce = setTimeout(load, 250);
  });
  category.addEventListener('change', load);
  difficulty.addEventListener('change', load);
  ctx.onCleanup(() => clearTimeout(debounce));

  ctx.root.replaceChildren(
    h('h1', { tabindex: '-1' }, 'Practise a system-design interview'),
    resume,
    h(
      'form',
      {
        class: 'filters',
        role: 'search',
        onsubmit: (e: Event) => {
          e.preventDefault();
          void load();
        },
      },
      h('div', { class: 'field grow' }, h('label', { for: 'q' }, 'Search'), q),
      h('div', { class: 'field' }, h('label', { for: 'category' }, 'Category'), category),
      h('div', { class: 'field' }, h('label', { for: 'difficulty' }, 'Difficulty'), difficulty),
    ),
    count,
    list,
  );
  await load();
  listInterviews()
    .then((all) => {
      const open = all.filter((i) => i.status === 'IN_PROGRESS');
      if (open.length && ctx.isCurrent()) {
        resume.replaceChildren(
          h(
            'div',
            { class: 'card notice' },
            h('p', {}, 'You have an interview in progress:'),
            h(
              'ul',
              {},
              open.map((i) =>
                h(
                  'li',
                  {},
                  h(
                    'a',
                    { href: href.interview(i.id), 'data-testid': 'resume-interview' },
                    `Resume “${i.scenario.title}”`,
                  ),
                ),
              ),
            ),
          ),
        );
      }
    })
    .catch(() => {});
}

export async function scenarioView(ctx: Ctx, slug: string): Promise<void> {
  const [s, fw] = await Promise.all([getScenario(slug), ctx.framework()]);
  ctx.setTitle(s.title);
  const status = h('p', { class: 'status', role: 'alert' });
  const start = h(
    'button',
    { type: 'button', class: 'primary big', 'data-testid': 'start-interview' },
    `Start the ${s.durationMinutes}-minute interview`,
  );
  start.addEventListener('click', async () => {
    start.disabled = true;
    status.textContent = '';
    try {
      const created = await startInterview(s.id);
      navigate(href.interview(created.id));
    } catch (e) {
      start.disabled = false;
      status.textContent = describeError(e);
    }
  });
  ctx.root.replaceChildren(
    h('p', {}, h('a', { href: href.scenarios() }, '← All scenarios')),
    h(
      'article',
      { class: 'card' },
      h('h1', { tabindex: '-1' }, s.title),
      meta(s),
      h('h2', {}, 'Problem statement'),
      renderMarkdown(s.prompt),
      h('h2', {}, 'How the interview runs'),
      h(
        'p',
        {},
        `You answer seven steps in order, in writing, against a ${s.durationMinutes}-minute clock. Each step shows the criteria it is graded on. Answers save as you type; you can ask the interviewer a follow-up question on any step. When you submit, every step is graded from 1 to 5 and you get a report with a reference answer.`,
      ),
      h(
        'ol',
        { class: 'step-overview' },
        fw.steps.map((st) =>
          h('li', {}, `${st.title} `, h('span', { class: 'meta' }, `(~${st.suggestedMinutes} min)`)),
        ),
      ),
      h('div', { class: 'actions' }, start),
      status,
    ),
  );
}
