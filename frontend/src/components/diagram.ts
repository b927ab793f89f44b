// Rendered Mermaid diagrams: a live preview under an answer while typing, and figures in
// the report. Mermaid runs in strict mode with text labels; its SVG is parsed inertly and
// stripped of anything active before it joins the page, never assigned as innerHTML.
import { h } from '../dom';
import { loadMermaid, mermaidBlocks, renderDiagram, type MermaidApi, type Rendered } from '../lib/diagrams';

let counter = 0;

const ACTIVE = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed', 'image', 'animate', 'set']);

/** The SVG element of mermaid's output, from an inert document, with scripts, handlers and links removed. */
export function inertSvg(markup: string): SVGSVGElement | null {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  const svg = doc.querySelector('svg');
  if (!svg) return null;
  for (const el of [...svg.querySelectorAll('*')]) {
    const name = el.localName.toLowerCase();
    if (ACTIVE.has(name)) el.remove();
    else if (name === 'a') el.replaceWith(...el.childNodes); // a link is not needed to read a diagram
  }
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || ((name === 'href' || name.endsWith(':href')) && !attr.value.startsWith('#')))
        el.removeAttribute(attr.name);
    }
  }
  return document.importNode(svg, true);
}

function figure(result: Rendered, source: string, testId: string): HTMLElement {
  if (result.ok) {
    const svg = inertSvg(result.svg);
    if (svg) return h('figure', { class: 'diagram', 'data-testid': testId, role: 'img', 'aria-label': 'Diagram' }, svg);
  }
  const why = result.ok ? 'The diagram could not be shown.' : result.error;
  return h(
    'figure',
    { class: 'diagram diagram-error', 'data-testid': `${testId}-error` },
    h('figcaption', {}, 'This diagram does not parse, so it stays as text:'),
    h('pre', { class: 'diagram-message' }, why),
    h('pre', { class: 'diagram-source' }, source),
  );
}

async function renderAll(api: MermaidApi, sources: string[], testId: string): Promise<HTMLElement[]> {
  const out: HTMLElement[] = [];
  for (const source of sources)
    out.push(figure(await renderDiagram(api, source, `dc-mermaid-${++counter}`), source, testId));
  return out;
}

/** The figures of every diagram in `text` (none, and no mermaid loaded, when it has none). */
export function diagramFigures(text: string, testId: string): HTMLElement {
  const node = h('div', { class: 'diagrams' });
  const sources = mermaidBlocks(text).map((b) => b.source);
  if (sources.length) {
    void loadMermaid()
      .then((api) => renderAll(api, sources, testId))
      .then((figures) => node.replaceChildren(...figures))
      .catch(() =>
        node.replaceChildren(h('p', { class: 'meta' }, 'Diagrams could not be drawn here; they stay as text.')),
      );
  }
  return node;
}

/**
 * A preview under a textarea that draws its diagrams as the candidate types (debounced);
 * the newest text wins when renders overlap.
 */
export function diagramPreview(textarea: HTMLTextAreaElement, testId: string, delayMs = 400): HTMLElement {
  const node = h('div', { class: 'diagram-preview', 'data-testid': testId, 'aria-live': 'polite' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let shown = '';
  const update = async () => {
    const sources = mermaidBlocks(textarea.value).map((b) => b.source);
    const key = sources.join('\u0000');
    if (key === shown) return;
    const mine = ++generation;
    if (!sources.length) {
      shown = key;
      node.replaceChildren();
      return;
    }
    try {
      const figures = await renderAll(await loadMermaid(), sources, `${testId}-figure`);
      if (mine !== generation) return;
      shown = key;
      node.replaceChildren(
        h('p', { class: 'meta' }, sources.length === 1 ? 'Your diagram:' : 'Your diagrams:'),
        ...figures,
      );
    } catch {
      if (mine === generation)
        node.replaceChildren(h('p', { class: 'meta' }, 'Diagrams could not be drawn here; they stay as text.'));
    }
  };
  textarea.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), delayMs);
  });
  void update();
  return node;
}
