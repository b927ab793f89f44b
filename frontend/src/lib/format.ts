// Small pure formatting helpers shared by the views.

const CJK = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af';
const WORD = new RegExp(`[${CJK}]|[^\\s${CJK}]+`, 'gu');

/** Words in a text; each Chinese, Japanese or Korean character counts as one word. */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Length in Unicode code points, the way the service counts its limit. */
export function codePoints(text: string): number {
  return [...text].length; // a string iterates by code point
}

/** "2 s ago", "5 min ago", "3 h ago". */
export function formatAgo(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s} s ago`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ago`;
  return `${Math.floor(m / 60)} h ago`;
}

/** A countdown: "45:00", "1:02:03", or "-03:10" past zero. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${pad(m)}:${pad(s)}` : `${sign}${pad(m)}:${pad(s)}`;
}

/**
 * Which step the candidate should be on after `elapsedMinutes`, following the suggested
 * minutes per step scaled to the scenario's duration. Answers the index and the minute
 * (from the start) by which that step should be finished.
 */
export function suggestedStep(
  elapsedMinutes: number,
  minutes: number[],
  durationMinutes: number,
): { index: number; until: number } {
  const sum = minutes.reduce((a, b) => a + b, 0) || 1;
  const scale = durationMinutes > 0 ? durationMinutes / sum : 1;
  let end = 0;
  for (let i = 0; i < minutes.length; i++) {
    end += minutes[i] * scale;
    if (elapsedMinutes < end) return { index: i, until: Math.round(end) };
  }
  return { index: minutes.length - 1, until: Math.round(end) };
}

/** "LEAN_NO_HIRE" -> "Lean no hire". */
export function verdictLabel(verdict: string | null | undefined): string {
  if (!verdict) return '';
  const words = verdict.toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "llm-application" -> "LLM application". */
export function categoryLabel(category: string): string {
  const words = category.split('-').map((w) => (w === 'llm' || w === 'ml' ? w.toUpperCase() : w));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const SHORT: Record<string, string> = {
  'clarifying-requirements': 'Requirements',
  framing: 'Framing',
  'data-preparation': 'Data',
  'model-development': 'Model',
  evaluation: 'Evaluation',
  'system-design': 'System design',
  'deployment-monitoring': 'Deployment',
};

/** A short name for a step, for chart labels. */
export function shortStepTitle(key: string, title = ''): string {
  return SHORT[key] ?? (title.split(/[ (]/)[0] || key);
}

export const SCORE_NAMES = ['', 'missing or wrong', 'superficial', 'adequate', 'strong', 'exceptional'];

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Comma-separated input to a clean list. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
