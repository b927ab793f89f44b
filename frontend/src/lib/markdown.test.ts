import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, safeHref } from './markdown';

describe('parseInline', () => {
  it('keeps HTML as plain text', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([{ t: 'text', v: '<img src=x onerror=alert(1)>' }]);
  });
  it('parses bold, italic and code', () => {
    expect(parseInline('a **b** *c* `d`')).toEqual([
      { t: 'text', v: 'a ' },
      { t: 'strong', c: [{ t: 'text', v: 'b' }] },
      { t: 'text', v: ' ' },
      { t: 'em', c: [{ t: 'text', v: 'c' }] },
      { t: 'text', v: ' ' },
      { t: 'code', v: 'd' },
    ]);
  });
  it('does not treat multiplication as emphasis', () => {
    expect(parseInline('20k users x ~5 = 100k * 3 * 2')).toEqual([{ t: 'text', v: '20k users x ~5 = 100k * 3 * 2' }]);
  });
  it('allows only http, https and mailto links', () => {
    expect(parseInline('[ok](https://example.com)')).toEqual([
      { t: 'link', href: 'https://example.com', c: [{ t: 'text', v: 'ok' }] },
    ]);
    expect(parseInline('[x](javascript:alert(1))')).toEqual([{ t: 'text', v: '[x](javascript:alert(1))' }]);
    expect(safeHref('JAVASCRIPT:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,hi')).toBeNull();
  });
});

describe('parseMarkdown', () => {
  it('splits paragraphs, headings, lists, quotes and code', () => {
    const blocks = parseMarkdown(
      '# Title\n\nline one\nline two\n\n- a\n- b\ncontinued\n\n1. x\n2) y\n\n> quoted\n\n```\n<b>raw</b>\n```',
    );
    expect(blocks.map((b) => b.t)).toEqual(['h', 'p', 'ul', 'ol', 'quote', 'pre']);
    expect(blocks[1]).toEqual({ t: 'p', c: [{ t: 'text', v: 'line one line two' }] });
    expect(blocks[2]).toEqual({ t: 'ul', items: [[{ t: 'text', v: 'a' }], [{ t: 'text', v: 'b continued' }]] });
    expect(blocks[5]).toEqual({ t: 'pre', v: '<b>raw</b>' });
  });
  it('handles an unclosed code fence and CRLF', () => {
    expect(parseMarkdown('text\r\n```\ncode')).toEqual([
      { t: 'p', c: [{ t: 'text', v: 'text' }] },
      { t: 'pre', v: 'code' },
    ]);
  });
  it('is empty for blank input', () => expect(parseMarkdown('\n  \n')).toEqual([]));
});
