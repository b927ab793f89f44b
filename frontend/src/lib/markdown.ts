// A deliberately small Markdown subset, parsed into a tree and rendered with DOM calls
// only (createElement/textContent): no HTML from the text is ever interpreted.
// Supported: paragraphs, #-headings, - and 1. lists, > quotes, ``` code blocks,
// **bold**, *italic*, `code` and [links](https://...) with http(s)/mailto targets only.

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'code'; v: string }
  | { t: 'strong' | 'em'; c: Inline[] }
  | { t: 'link'; href: string; c: Inline[] };

export type Block =
  | { t: 'p' | 'quote'; c: Inline[] }
  | { t: 'h'; level: number; c: Inline[] }
  | { t: 'ul' | 'ol'; items: Inline[][] }
  | { t: 'pre'; v: string };

const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|\*([^*\s](?:[^*]*[^*\s])?)\*|\[([^\]]+)\]\(([^()\s]+)\)/g;

export function safeHref(href: string): string | null {
  return /^(https?:\/\/|mailto:)/i.test(href) ? href : null;
}

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const push = (v: string) => {
    if (!v) return;
    const last = out[out.length - 1];
    if (last && last.t === 'text') last.v += v;
    else out.push({ t: 'text', v });
  };
  let at = 0;
  for (const m of text.matchAll(INLINE)) {
    push(text.slice(at, m.index));
    at = m.index + m[0].length;
    if (m[1] !== undefined) out.push({ t: 'code', v: m[1] });
    else if (m[2] !== undefined) out.push({ t: 'strong', c: parseInline(m[2]) });
    else if (m[3] !== undefined) out.push({ t: 'em', c: parseInline(m[3]) });
    else {
      const href = safeHref(m[5]);
      if (href) out.push({ t: 'link', href, c: parseInline(m[4]) });
      else push(m[0]);
    }
  }
  push(text.slice(at));
  return out;
}

const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBER = /^\s*\d+[.)]\s+(.*)$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (/^\s*$/.test(line)) {
      i++;
      continue;
    }
    if (/^\s*```/.test(line)) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !/^\s*```/.test(lines[i])) body.push(lines[i++]);
      i++; // closing fence (or end of text)
      blocks.push({ t: 'pre', v: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ t: 'h', level: heading[1].length, c: parseInline(heading[2]) });
      i++;
      continue;
    }
    const listRe = BULLET.test(line) ? BULLET : NUMBER.test(line) ? NUMBER : null;
    if (listRe) {
      const items: Inline[][] = [];
      let current: string[] = [];
      while (i < lines.length && !/^\s*$/.test(lines[i])) {
        const m = listRe.exec(lines[i]);
        if (m) {
          if (current.length) items.push(parseInline(current.join(' ')));
          current = [m[1]];
        } else current.push(lines[i].trim());
        i++;
      }
      if (current.length) items.push(parseInline(current.join(' ')));
      blocks.push({ t: listRe === BULLET ? 'ul' : 'ol', items });
      continue;
    }
    if (/^\s*>/.test(line)) {
      const body: string[] = [];
      while (i < lines.length && /^\s*>/.test(lines[i])) body.push(lines[i++].replace(/^\s*>\s?/, ''));
      blocks.push({ t: 'quote', c: parseInline(body.join(' ')) });
      continue;
    }
    const body: string[] = [];
    while (
      i < lines.length &&
      !/^\s*$/.test(lines[i]) &&
      !/^\s*```/.test(lines[i]) &&
      !HEADING.test(lines[i]) &&
      !BULLET.test(lines[i]) &&
      !NUMBER.test(lines[i]) &&
      !/^\s*>/.test(lines[i])
    ) {
      body.push(lines[i++].trim());
    }
    blocks.push({ t: 'p', c: parseInline(body.join(' ')) });
  }
  return blocks;
}

function renderInline(nodes: Inline[], parent: Node): void {
  for (const n of nodes) {
    if (n.t === 'text') parent.appendChild(document.createTextNode(n.v));
    else if (n.t === 'code') {
      const code = document.createElement('code');
      code.textContent = n.v;
      parent.appendChild(code);
    } else if (n.t === 'link') {
      const a = document.createElement('a');
      a.href = n.href;
      a.rel = 'noopener noreferrer nofollow';
      a.target = '_blank';
      renderInline(n.c, a);
      parent.appendChild(a);
    } else {
      const e = document.createElement(n.t);
      renderInline(n.c, e);
      parent.appendChild(e);
    }
  }
}

/** Renders sanitised Markdown into a fresh element; headings start at `baseLevel`. */
export function renderMarkdown(source: string, baseLevel = 3): HTMLElement {
  const root = document.createElement('div');
  root.className = 'markdown';
  for (const b of parseMarkdown(source)) {
    let node: HTMLElement;
    if (b.t === 'pre') {
      node = document.createElement('pre');
      node.textContent = b.v;
    } else if (b.t === 'ul' || b.t === 'ol') {
      node = document.createElement(b.t);
      for (const item of b.items) {
        const li = document.createElement('li');
        renderInline(item, li);
        node.appendChild(li);
      }
    } else {
      const tag = b.t === 'h' ? `h${Math.min(6, baseLevel + b.level - 1)}` : b.t === 'quote' ? 'blockquote' : 'p';
      node = document.createElement(tag);
      renderInline((b as { c: Inline[] }).c, node);
    }
    root.appendChild(node);
  }
  return root;
}
