// The scenario editor: every field of a scenario document, server validation errors
// next to their inputs, archive/restore, and the calibration result after saving.
import {
  ApiError,
  adminScenario,
  adminVersions,
  archiveScenario,
  calibrate,
  createScenario,
  describeError,
  restoreScenario,
  updateScenario,
  type Calibration,
  type Id,
  type ScenarioDocument,
  type StepDocument,
} from '../api';
import type { Ctx } from '../context';
import { h, type Child } from '../dom';
import { fieldId, nearestField, type FieldError } from '../lib/fields';
import { categoryLabel, formatDate, splitList } from '../lib/format';
import { href } from '../router';
import { CATEGORIES, DIFFICULTIES } from './scenarios';

const blankStep = (): StepDocument => ({
  keyPoints: [
    { text: '', keywords: [] },
    { text: '', keywords: [] },
  ],
  followUps: [''],
  referenceAnswer: '',
});

export function blankDocument(stepKeys: string[]): ScenarioDocument {
  return {
    slug: '',
    title: '',
    summary: '',
    prompt: '',
    category: CATEGORIES[0],
    difficulty: 'medium',
    durationMinutes: 45,
    tags: [],
    steps: Object.fromEntries(stepKeys.map((k) => [k, blankStep()])),
  };
}

interface Field {
  error: HTMLElement;
  control: HTMLElement | null;
}

export async function adminEditorView(ctx: Ctx, id: string | null): Promise<void> {
  const fw = await ctx.framework();
  const stepKeys = fw.steps.map((st) => st.key);
  let currentId: Id | null = id;
  let doc: ScenarioDocument;
  let version: number | undefined;
  let versions: { version: number; createdAt: string; createdBy: string }[] = [];
  if (id) {
    const [loaded, history] = await Promise.all([adminScenario(id), adminVersions(id).catch(() => [])]);
    doc = loaded;
    versions = history;
    version = versions[0]?.version;
  } else doc = blankDocument(stepKeys);
  for (const k of stepKeys) doc.steps[k] ??= blankStep();
  const archived = Boolean(doc.archived);
  delete doc.archived;
  ctx.setTitle(id ? `Edit ${doc.title}` : 'New scenario');

  const fields = new Map<string, Field>();
  const summary = h('div', { role: 'alert', 'data-testid': 'error-summary' });
  const status = h(
    'p',
    { role: 'status', class: 'meta', 'data-testid': 'editor-status' },
    version ? `Version ${version}.` : '',
  );
  const calibration = h('div', { 'data-testid': 'calibration' });

  /** A labelled control bound to `path`, with its error line. */
  const field = (
    path: string,
    label: string,
    control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
    hint = '',
  ): HTMLElement => {
    const fid = fieldId(path);
    control.id = fid;
    control.setAttribute('data-field', path);
    control.setAttribute('data-testid', `field-${path}`);
    control.setAttribute('aria-describedby', `${fid}-error${hint ? ` ${fid}-hint` : ''}`);
    const error = h('p', { class: 'field-error', id: `${fid}-error` });
    fields.set(path, { error, control });
    return h(
      'div',
      { class: 'field' },
      h('label', { for: fid }, label),
      control,
      hint ? h('p', { class: 'hint', id: `${fid}-hint` }, hint) : null,
      error,
    );
  };
  /** A container that can carry errors about a whole list or step. */
  const group = (path: string, legend: string, ...children: (Child | Child[])[]): HTMLElement => {
    const error = h('p', { class: 'field-error', id: `${fieldId(path)}-error` });
    fields.set(path, { error, control: null });
    return h(
      'fieldset',
      { 'data-field': path, id: fieldId(path), 'aria-describedby': `${fieldId(path)}-error` },
      h('legend', {}, legend),
      error,
      ...children,
    );
  };
  const forget = (prefix: string) => {
    for (const k of [...fields.keys()]) if (k.startsWith(prefix)) fields.delete(k);
  };
  const input = (value: string, set: (v: string) => void, attrs: Record<string, string> = {}) => {
    const i = h('input', { ...attrs, value });
    i.addEventListener('input', () => set(i.value));
    return i;
  };
  const area = (value: string, set: (v: string) => void, rows: number) => {
    const t = h('textarea', { rows });
    t.value = value;
    t.addEventListener('input', () => set(t.value));
    return t;
  };
  const select = (values: string[], value: string, label: (v: string) => string, set: (v: string) => void) => {
    const sel = h(
      'select',
      {},
      values.map((v) => h('option', { value: v, selected: v === value }, label(v))),
    );
    sel.addEventListener('change', () => set(sel.value));
    return sel;
  };

  const keyPointList = (key: string): HTMLElement => {
    const base = `steps.${key}.keyPoints`;
    const holder = h('div');
    const render = () => {
      forget(`${base}[`);
      const step = doc.steps[key];
      holder.replaceChildren(
        ...step.keyPoints.map((kp, i) =>
          h(
            'div',
            { class: 'row-item', 'data-testid': `keypoint-${key}-${i}` },
            field(
              `${base}[${i}].text`,
              `Key point ${i + 1}`,
              area(
                kp.text,
                (v) => {
                  kp.text = v;
                },
                2,
              ),
            ),
            field(
              `${base}[${i}].keywords`,
              `Keywords for key point ${i + 1}`,
              input(kp.keywords.join(', '), (v) => {
                kp.keywords = splitList(v);
              }),
              'Comma-separated, up to 10.',
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'link danger',
                onclick: () => {
                  step.keyPoints.splice(i, 1);
                  render();
                },
              },
              `Remove key point ${i + 1}`,
            ),
          ),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'secondary small',
            'data-testid': `add-keypoint-${key}`,
            onclick: () => {
              step.keyPoints.push({ text: '', keywords: [] });
              render();
            },
          },
          'Add key point',
        ),
      );
    };
    render();
    return group(base, 'Key points', holder);
  };
  const followUpList = (key: string): HTMLElement => {
    const base = `steps.${key}.followUps`;
    const holder = h('div');
    const render = () => {
      forget(`${base}[`);
      const step = doc.steps[key];
      holder.replaceChildren(
        ...step.followUps.map((q, i) =>
          h(
            'div',
            { class: 'row-item' },
            field(
              `${base}[${i}]`,
              `Follow-up question ${i + 1}`,
              input(q, (v) => {
                step.followUps[i] = v;
              }),
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'link danger',
                onclick: () => {
                  step.followUps.splice(i, 1);
                  render();
                },
              },
              `Remove follow-up ${i + 1}`,
            ),
          ),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'secondary small',
            'data-testid': `add-follow-up-${key}`,
            onclick: () => {
              step.followUps.push('');
              render();
            },
          },
          'Add follow-up',
        ),
      );
    };
    render();
    return group(base, 'Follow-up questions', holder);
  };

  /** What the interviewer answers when asked; hidden from candidates until the report. */
  const factList = (): HTMLElement => {
    const holder = h('div');
    doc.facts ??= [];
    const facts = doc.facts;
    const render = () => {
      forget('facts[');
      holder.replaceChildren(
        ...facts.map((fact, i) =>
          h(
            'div',
            { class: 'row-item', 'data-testid': `fact-${i}` },
            field(
              `facts[${i}].text`,
              `Fact ${i + 1}`,
              area(
                fact.text,
                (v) => {
                  fact.text = v;
                },
                2,
              ),
              'Up to 500 characters.',
            ),
            field(
              `facts[${i}].keywords`,
              `Keywords for fact ${i + 1}`,
              input(fact.keywords.join(', '), (v) => {
                fact.keywords = splitList(v);
              }),
              'Comma-separated, up to 10: the words a question about it would use.',
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'link danger',
                onclick: () => {
                  facts.splice(i, 1);
                  render();
                },
              },
              `Remove fact ${i + 1}`,
            ),
          ),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'secondary small',
            'data-testid': 'add-fact',
            onclick: () => {
              facts.push({ text: '', keywords: [] });
              render();
            },
          },
          'Add fact',
        ),
      );
    };
    render();
    return group(
      'facts',
      'Facts the interviewer knows (up to 30; answered when a candidate asks, shown in the report)',
      holder,
    );
  };

  const stepsGroup = group(
    'steps',
    'Steps',
    fw.steps.map((st) => {
      const sd = doc.steps[st.key];
      return h(
        'details',
        { class: 'step-editor', open: !id },
        h('summary', {}, `${st.order}. ${st.title}`),
        group(
          `steps.${st.key}`,
          st.title,
          keyPointList(st.key),
          followUpList(st.key),
          field(
            `steps.${st.key}.referenceAnswer`,
            'Reference answer (Markdown)',
            area(
              sd.referenceAnswer,
              (v) => {
                sd.referenceAnswer = v;
              },
              8,
            ),
          ),
          field(
            `steps.${st.key}.referenceDiagram`,
            'Reference diagram (Mermaid, optional)',
            area(
              sd.referenceDiagram ?? '',
              (v) => {
                if (v.trim()) sd.referenceDiagram = v;
                else delete sd.referenceDiagram;
              },
              6,
            ),
            'A flowchart or sequence diagram, without the ``` fence; shown after grading beside the reference answer.',
          ),
        ),
      );
    }),
  );

  const clearErrors = () => {
    summary.replaceChildren();
    for (const f of fields.values()) {
      f.error.textContent = '';
      f.control?.removeAttribute('aria-invalid');
    }
  };
  const showErrors = (errors: FieldError[], headline: string) => {
    const items: HTMLElement[] = [];
    for (const e of errors) {
      const target = nearestField(e.field, (p) => fields.has(p));
      const f = target ? fields.get(target)! : null;
      if (f) {
        f.error.textContent = f.error.textContent
          ? `${f.error.textContent}; ${target === e.field ? '' : `${e.field}: `}${e.message}`
          : `${target === e.field ? '' : `${e.field}: `}${e.message}`;
        f.control?.setAttribute('aria-invalid', 'true');
        // open the step that holds the field
        let p: HTMLElement | null = (f.control ?? f.error).parentElement;
        while (p) {
          if (p instanceof HTMLDetailsElement) p.open = true;
          p = p.parentElement;
        }
      }
      const jump = h(
        'button',
        {
          type: 'button',
          class: 'link',
          onclick: () => {
            (f?.control ?? f?.error)?.focus();
            (f?.control ?? f?.error)?.scrollIntoView({ block: 'center' });
          },
        },
        e.field || 'document',
      );
      items.push(h('li', {}, f ? jump : h('code', {}, e.field), `: ${e.message}`));
    }
    summary.replaceChildren(h('div', { class: 'notice warn' }, h('p', {}, headline), h('ul', {}, items)));
    summary.scrollIntoView({ block: 'nearest' });
  };

  const save = h('button', { type: 'submit', class: 'primary', 'data-testid': 'save-scenario' }, 'Save');
  const form = h(
    'form',
    { class: 'card form editor-form', novalidate: true, 'data-testid': 'scenario-editor' },
    summary,
    field(
      'slug',
      'Slug',
      input(
        doc.slug,
        (v) => {
          doc.slug = v.trim();
        },
        { autocapitalize: 'none', spellcheck: 'false' },
      ),
      '3 to 80 of a–z, 0–9 and dashes; not all digits. Reserved forever once used.',
    ),
    field(
      'title',
      'Title',
      input(doc.title, (v) => {
        doc.title = v;
      }),
    ),
    field(
      'summary',
      'Summary',
      area(
        doc.summary ?? '',
        (v) => {
          doc.summary = v;
        },
        3,
      ),
      'Shown on the scenario card.',
    ),
    field(
      'prompt',
      'Problem statement (Markdown)',
      area(
        doc.prompt,
        (v) => {
          doc.prompt = v;
        },
        8,
      ),
      'Up to 10,000 characters.',
    ),
    h(
      'div',
      { class: 'grid3' },
      field(
        'category',
        'Category',
        select(CATEGORIES, doc.category, categoryLabel, (v) => {
          doc.category = v;
        }),
      ),
      field(
        'difficulty',
        'Difficulty',
        select(
          DIFFICULTIES,
          doc.difficulty,
          (v) => v,
          (v) => {
            doc.difficulty = v;
          },
        ),
      ),
      field(
        'durationMinutes',
        'Duration (minutes)',
        input(
          String(doc.durationMinutes ?? ''),
          (v) => {
            doc.durationMinutes = v.trim() === '' ? NaN : Number(v);
          },
          { type: 'number', min: '10', max: '180', inputmode: 'numeric' },
        ),
      ),
    ),
    field(
      'tags',
      'Tags',
      input(doc.tags.join(', '), (v) => {
        doc.tags = splitList(v);
      }),
      'Comma-separated.',
    ),
    stepsGroup,
    factList(),
    h('div', { class: 'actions sticky-actions' }, save, status),
  );

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors();
    save.disabled = true;
    status.textContent = 'Saving…';
    calibration.replaceChildren();
    const body: ScenarioDocument = {
      ...doc,
      durationMinutes: Number.isFinite(doc.durationMinutes) ? doc.durationMinutes : (null as unknown as number),
    };
    try {
      if (currentId === null) {
        const created = await createScenario(body);
        currentId = created.slug ?? created.id;
        version = created.version;
        history.replaceState(null, '', href.adminEdit(currentId));
      } else {
        const updated = await updateScenario(currentId, body, version);
        version = updated?.version ?? (version === undefined ? undefined : version + 1);
        if (doc.slug && doc.slug !== String(currentId)) {
          currentId = doc.slug;
          history.replaceState(null, '', href.adminEdit(currentId));
        }
      }
      status.textContent = `Saved${version ? ` as version ${version}` : ''}. Calibrating…`;
      archiveButton.hidden = false;
      await runCalibration();
    } catch (err) {
      status.textContent = 'Not saved.';
      if (err instanceof ApiError && err.problem.errors?.length)
        showErrors(err.problem.errors, `Not saved: ${err.problem.errors.length} field(s) need attention.`);
      else if (err instanceof ApiError && err.status === 409)
        showErrors([{ field: 'slug', message: err.message }], 'Not saved: the slug is taken.');
      else if (err instanceof ApiError && err.status === 412)
        showErrors(
          [],
          'Not saved: someone else saved a newer version. Reload the page to see it (copy your changes first).',
        );
      else showErrors([], `Not saved: ${describeError(err)}`);
    } finally {
      save.disabled = false;
    }
  });

  const runCalibration = async () => {
    try {
      const c = await calibrate(currentId!);
      status.textContent = `Saved${version ? ` as version ${version}` : ''}.`;
      calibration.replaceChildren(calibrationTable(c, fw.steps));
    } catch (e) {
      status.textContent = `Saved${version ? ` as version ${version}` : ''}.`;
      calibration.replaceChildren(h('p', { class: 'status' }, `Calibration failed: ${describeError(e)}`));
    }
  };

  let isArchived = archived;
  const archiveButton = h(
    'button',
    { type: 'button', class: 'secondary', hidden: !id, 'data-testid': 'archive-toggle' },
    isArchived ? 'Restore' : 'Archive',
  );
  archiveButton.addEventListener('click', async () => {
    if (currentId === null) return;
    try {
      if (isArchived) await restoreScenario(currentId);
      else await archiveScenario(currentId);
      isArchived = !isArchived;
      archiveButton.textContent = isArchived ? 'Restore' : 'Archive';
      status.textContent = isArchived ? 'Archived: candidates no longer see it; nothing is lost.' : 'Restored.';
    } catch (e) {
      status.textContent = describeError(e);
    }
  });
  const calibrateButton = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      hidden: !id,
      'data-testid': 'calibrate',
      onclick: () => {
        calibration.textContent = 'Calibrating…';
        void runCalibration();
      },
    },
    'Calibrate',
  );

  ctx.root.replaceChildren(
    h('p', {}, h('a', { href: href.adminList() }, '← Scenario bank')),
    h('h1', { tabindex: '-1' }, id ? `Edit: ${doc.title}` : 'New scenario'),
    h(
      'div',
      { class: 'actions' },
      archiveButton,
      calibrateButton,
      isArchived ? h('span', { class: 'badge archived' }, 'archived') : null,
    ),
    form,
    calibration,
    versions.length ? versionHistory(versions) : '',
  );
}

/** Who changed the scenario when; interviews keep the version they started with. */
function versionHistory(versions: { version: number; createdAt: string; createdBy: string }[]): HTMLElement {
  return h(
    'details',
    { class: 'card', 'data-testid': 'version-history' },
    h('summary', {}, `Version history (${versions.length})`),
    h('p', { class: 'meta' }, 'Interviews already started keep the version they started with.'),
    h(
      'ol',
      { reversed: true },
      versions.map((v) =>
        h(
          'li',
          { 'data-testid': `version-${v.version}` },
          `Version ${v.version}, ${formatDate(v.createdAt)}, by ${v.createdBy}`,
        ),
      ),
    ),
  );
}

function calibrationTable(c: Calibration, steps: { key: string; title: string }[]): HTMLElement {
  const title = (k: string) => steps.find((st) => st.key === k)?.title ?? k;
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'calibration-title' },
    h('h2', { id: 'calibration-title' }, 'Calibration'),
    h(
      'p',
      {},
      `The ${c.judge.kind} judge (${c.judge.model}) graded the reference answers: `,
      h(
        'strong',
        { class: c.consistent ? 'ok' : 'bad', 'data-testid': 'calibration-verdict' },
        c.consistent ? 'consistent' : 'inconsistent',
      ),
      c.consistent
        ? '. Each reference answer covers its key points.'
        : '. Fix the steps marked below: their reference answer misses key points or scores low.',
    ),
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
            ['Step', 'Score', 'Key points covered', 'Consistent', 'Missed by the reference'].map((t) =>
              h('th', { scope: 'col' }, t),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          c.steps.map((st) =>
            h(
              'tr',
              { class: st.consistent ? '' : 'invalid', 'data-testid': `calibration-${st.key}` },
              h('th', { scope: 'row' }, title(st.key)),
              h('td', { class: 'num' }, `${st.score} / 5`),
              h('td', { class: 'num' }, `${st.coveredKeyPoints} / ${st.keyPoints}`),
              h('td', {}, st.consistent ? 'yes' : 'no'),
              h(
                'td',
                {},
                st.keyPointsTheReferenceMisses.length
                  ? h(
                      'ul',
                      {},
                      st.keyPointsTheReferenceMisses.map((k) => h('li', {}, k)),
                    )
                  : '–',
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
