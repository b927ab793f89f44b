import { describe, expect, it, vi } from 'vitest';
import { MERMAID_CONFIG, lazyMermaid, mermaidBlocks, renderDiagram, type MermaidApi } from './diagrams';

/** A mermaid whose parser fails with `fail` when given, and the mocks to check it by. */
function fakeApi(fail?: string) {
  const initialize = vi.fn<(config: Record<string, unknown>) => void>();
  const parse = vi.fn(() => (fail ? Promise.reject(new Error(fail)) : Promise.resolve({})));
  const render = vi.fn((id: string) => Promise.resolve({ svg: `<svg id="${id}"></svg>` }));
  const api: MermaidApi = { initialize, parse, render };
  return { api, initialize, render };
}

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
    const { api, initialize } = fakeApi();
    const load = vi.fn(() => Promise.resolve(api));
    const get = lazyMermaid(load);
    expect(load).not.toHaveBeenCalled();
    await Promise.all([get(), get()]);
    await get();
    expect(load).toHaveBeenCalledTimes(1);
    expect(initialize).toHaveBeenCalledTimes(1);
    const config = initialize.mock.calls[0][0];
    expect(config).toMatchObject({
      securityLevel: 'strict',
      htmlLabels: false,
      flowchart: { htmlLabels: false },
      startOnLoad: false,
    });
    expect(MERMAID_CONFIG.securityLevel).toBe('strict');
  });
  it('tries again after a failed load', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(fakeApi().api);
    const get = lazyMermaid(load);
    await expect(get()).rejects.toThrow('offline');
    await expect(get()).resolves.toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('renderDiagram', () => {
  it('gives the svg of a diagram that parses', async () => {
    expect(await renderDiagram(fakeApi().api, 'flowchart LR\nA-->B', 'd1')).toEqual({
      ok: true,
      svg: '<svg id="d1"></svg>',
    });
  });
  it("gives the parser's message for one that does not, and renders nothing", async () => {
    const { api, render } = fakeApi('Parse error on line 2: Expecting SEMI');
    expect(await renderDiagram(api, 'flowchart LR\nA-->', 'd2')).toEqual({
      ok: false,
      error: 'Parse error on line 2: Expecting SEMI',
    });
    expect(render).not.toHaveBeenCalled();
  });
});
