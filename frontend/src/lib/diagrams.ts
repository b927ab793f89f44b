// Mermaid diagrams in answers: finding the fenced blocks, and loading mermaid itself only
// when a page has one (a dynamic import, so it is its own chunk and never in the entry).

/** A fenced ```mermaid block of an answer: its source, and where the fence starts and ends. */
export interface DiagramBlock {
  source: string;
  start: number;
  end: number;
}

const OPEN = /^[ \t]*(`{3,}|~{3,})[ \t]*mermaid[ \t]*$/i;

/** The fenced Mermaid blocks of a text, in order; an unclosed fence runs to the end, as in Markdown. */
export function mermaidBlocks(text: string): DiagramBlock[] {
  const blocks: DiagramBlock[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]);
    if (!open) {
      offset += lines[i].length + 1;
      continue;
    }
    const start = offset;
    const fence = open[1].slice(0, 3);
    const body: string[] = [];
    offset += lines[i].length + 1;
    let j = i + 1;
    while (j < lines.length && !lines[j].trim().startsWith(fence)) {
      body.push(lines[j]);
      offset += lines[j].length + 1;
      j++;
    }
    if (j < lines.length) offset += lines[j].length + 1;
    if (body.join('').trim()) blocks.push({ source: body.join('\n'), start, end: Math.min(offset, text.length) });
    i = j;
  }
  return blocks;
}

/** What this app uses of mermaid's API. */
export interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  parse(text: string): Promise<unknown>;
  render(id: string, text: string): Promise<{ svg: string }>;
}

/**
 * Candidate text is data: `strict` escapes labels and disables click handlers, and labels
 * are SVG text, never HTML (`htmlLabels: false`, also per diagram type for older readers).
 */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  htmlLabels: false,
  flowchart: { htmlLabels: false },
  sequence: { useMaxWidth: true },
  suppressErrorRendering: true,
  theme: 'neutral',
} as const;

/** Loads and initialises mermaid once, on first use; a failed load is tried again next time. */
export function lazyMermaid(load: () => Promise<MermaidApi>): () => Promise<MermaidApi> {
  let pending: Promise<MermaidApi> | null = null;
  return () => {
    pending ??= load()
      .then((api) => {
        api.initialize({ ...MERMAID_CONFIG });
        return api;
      })
      .catch((e) => {
        pending = null;
        throw e;
      });
    return pending;
  };
}

export type Rendered = { ok: true; svg: string } | { ok: false; error: string };

/** Renders one diagram, or says why it does not parse (the parser's own message). */
export async function renderDiagram(api: MermaidApi, source: string, id: string): Promise<Rendered> {
  try {
    await api.parse(source);
    const { svg } = await api.render(id, source);
    return { ok: true, svg };
  } catch (e) {
    const message =
      e instanceof Error ? e.message : typeof e === 'string' ? e : String((e as { message?: unknown })?.message ?? e);
    return { ok: false, error: message.trim() || 'This diagram does not parse.' };
  }
}

export const loadMermaid = lazyMermaid(async () => (await import('mermaid')).default);
