// Live grading progress over Server-Sent Events, one bar per step, with a slow poll as a safety net.
import { eventsUrl, feedback, type Id } from '../api';
import { h } from '../dom';

export interface ProgressHandle {
  node: HTMLElement;
  /** A closure, safe to pass around on its own. */
  stop: () => void;
}

export function gradingProgress(
  id: Id,
  steps: { key: string; title: string }[],
  initialDone: number,
  onDone: (status: string) => void,
): ProgressHandle {
  const total = steps.length;
  const done = new Set<string>();
  const overall = h('progress', {
    max: total,
    value: 0,
    'data-testid': 'progress-overall',
    'aria-labelledby': 'progress-title',
  });
  const live = h('p', { role: 'status', class: 'meta', 'data-testid': 'progress-text' });
  const rows = new Map<string, { bar: HTMLProgressElement; state: HTMLElement; row: HTMLElement }>();
  const list = h(
    'ul',
    { class: 'progress-steps' },
    steps.map((s) => {
      const bar = h('progress', { max: 1, value: 0, 'data-testid': `progress-${s.key}`, 'aria-label': `${s.title}` });
      const state = h('span', { class: 'meta' }, 'waiting');
      const row = h('li', { 'data-step': s.key }, h('span', { class: 'progress-label' }, s.title), bar, state);
      rows.set(s.key, { bar, state, row });
      return row;
    }),
  );
  const node = h(
    'section',
    { class: 'card', 'data-testid': 'grading-progress', 'aria-labelledby': 'progress-title' },
    h('h2', { id: 'progress-title' }, 'Grading your answers'),
    overall,
    live,
    list,
  );

  const mark = (key: string | undefined) => {
    if (key && rows.has(key)) done.add(key);
    else {
      const next = steps.find((s) => !done.has(s.key));
      if (next) done.add(next.key);
    }
    render();
  };
  const render = () => {
    overall.value = done.size;
    live.textContent = `${done.size} of ${total} steps graded`;
    for (const [key, r] of rows) {
      r.bar.value = done.has(key) ? 1 : 0;
      r.state.textContent = done.has(key) ? 'graded' : 'waiting';
      r.row.classList.toggle('done', done.has(key));
    }
  };
  for (let i = 0; i < Math.min(initialDone, total); i++) done.add(steps[i].key);
  render();

  let finished = false;
  const finish = (status: string) => {
    if (finished) return;
    finished = true;
    stop();
    for (const s of steps) done.add(s.key);
    render();
    onDone(status);
  };
  const source = new EventSource(eventsUrl(id));
  source.addEventListener('progress', (e: MessageEvent<string>) => {
    try {
      mark((JSON.parse(e.data) as { step?: string }).step);
    } catch {
      mark(undefined);
    }
  });
  source.addEventListener('done', (e: MessageEvent<string>) => {
    let status = 'GRADED';
    try {
      status = (JSON.parse(e.data) as { status: string }).status;
    } catch {
      /* keep default */
    }
    finish(status);
  });
  const poll = setInterval(async () => {
    try {
      const fb = await feedback(id);
      if (fb.status !== 'GRADING') finish(fb.status);
      else if (fb.progress && fb.progress.done > done.size) {
        for (let i = done.size; i < fb.progress.done; i++) mark(undefined);
      }
    } catch {
      /* next time */
    }
  }, 5000);
  function stop() {
    source.close();
    clearInterval(poll);
  }
  return { node, stop };
}
