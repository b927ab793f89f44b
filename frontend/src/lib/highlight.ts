// Finds evidence quotes inside the candidate's answer. The judge may have collapsed
// whitespace or changed case, so matching ignores both, then maps back to the original.

export interface Segment {
  text: string;
  mark: boolean;
}

function normalise(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      if (norm.length > 0 && norm[norm.length - 1] !== ' ') {
        norm += ' ';
        map.push(i);
      }
      continue;
    }
    const lower = ch.toLowerCase();
    norm += lower.length === 1 ? lower : ch;
    map.push(i);
  }
  return { norm, map };
}

function cleanQuote(quote: string): string {
  return normalise(
    quote
      .trim()
      .replace(/^["'“”‘’«»]+|["'“”‘’«»]+$/g, '')
      .replace(/(\.\.\.|…)$/, '')
      .trim(),
  ).norm.trim();
}

/** Ranges [start, end) of the original text covered by the quotes, sorted and merged. */
export function findRanges(text: string, quotes: string[]): [number, number][] {
  const { norm, map } = normalise(text);
  const ranges: [number, number][] = [];
  for (const quote of quotes) {
    const q = cleanQuote(quote);
    if (!q) continue;
    let from = 0;
    for (;;) {
      const at = norm.indexOf(q, from);
      if (at < 0) break;
      ranges.push([map[at], map[at + q.length - 1] + 1]);
      from = at + q.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Quotes that occur nowhere in the given texts. */
export function unmatchedQuotes(texts: string[], quotes: string[]): string[] {
  return quotes.filter((q) => texts.every((t) => findRanges(t, [q]).length === 0));
}

/** The text cut into plain and highlighted segments. */
export function highlight(text: string, quotes: string[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of findRanges(text, quotes)) {
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
