import { describe, expect, it, vi } from 'vitest';
import { MERMAID_CONFIG, lazyMermaid, mermaidBlocks, renderDiagram, type MermaidApi } from './diagrams';

const fakeApi = (fail?: string): MermaidApi => ({
  initialize: vi.fn(),
  parse: vi.fn(async () => {
    if (fail) throw new Error(fail);
    return {};
  }),
  render: vi.fn(async (id: string) => ({ svg: `<svg id="${id}"></svg>` })),
});

describe('mermaidBlocks', () => {
  it('finds fenced mermaid blocks and nothing else', () => {
    const text =
      'Intro\n```mermaid\nflowchart LR\n  A --> B\n```\n```js\nx\n```\n~~~mermaid\nsequenceDiagram\n  A->>B: hi\n~~~\nend';
    const blocks = mermaidBlocks(text);
    expect(blocks.map((b) => b.source)).toEqual(['flowchart LR\n  A --> B', 'sequenceDiagram\n  A->>B: hi']);
    expect(text.slice(blocks[0].start, blocks[0].end)).toBe('```mermaid\nflowchart LR\n  A --> B\n```\n');
  });
  it('reads an unclosed fence to the end and skips empty ones', () => {
    expect(mermaidBlocks('```mermaid\nflowchart LR\nA --> B').map((b) => b.source)).toEqual(['flowchart LR\nA --> B']);
    expect(mermaidBlocks('```mermaid\n\n```')).toEqual([]);
    expect(mermaidBlocks('no diagram here, just mermaid the word')).toEqual([]);
  });
});

describe('lazyMermaid', () => {
  it('loads nothing until asked, then once, configured strict with text labels', async () => {
    const api = fakeApi();
    const load = vi.fn(async () => api);
    const get = lazyMermaid(load);
    expect(load).not.toHaveBeenCalled();
    await Promise.all([get(), get()]);
    await get();
    expect(load).toHaveBeenCalledTimes(1);
    expect(api.initialize).toHaveBeenCalledTimes(1);
    const config = (api.initialize as ReturnType<typeof vi.fn>).mock.calls[0][0];
    expect(config).toMatchObject({
      securityLevel: 'strict',
      htmlLabels: false,
      flowchart: { htmlLabels: false },
      startOnLoad: false,
    });
    expect(MERMAID_CONFIG.securityLevel).toBe('strict');
  });
  it('tries again after a failed load', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(fakeApi());
    const get = lazyMermaid(load);
    await expect(get()).rejects.toThrow('offline');
    await expect(get()).resolves.toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('renderDiagram', () => {
  it('gives the svg of a diagram that parses', async () => {
    expect(await renderDiagram(fakeApi(), 'flowchart LR\nA-->B', 'd1')).toEqual({
      ok: true,
      svg: '<svg id="d1"></svg>',
    });
  });
  it("gives the parser's message for one that does not, and renders nothing", async () => {
    const api = fakeApi('Parse error on line 2: Expecting SEMI');
    expect(await renderDiagram(api, 'flowchart LR\nA-->', 'd2')).toEqual({
      ok: false,
      error: 'Parse error on line 2: Expecting SEMI',
    });
    expect(api.render).not.toHaveBeenCalled();
  });
});
