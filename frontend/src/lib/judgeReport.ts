// The judge report card's figures in words, so switching models is a decision made on figures.
import type { JudgeReportMetrics } from '../api';

const points = (n: number) => `${Math.round(Math.abs(n))} point${Math.round(Math.abs(n)) === 1 ? '' : 's'}`;
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Beyond this many overall points, padding or an injection is worth telling the admin about. */
export const NOTABLE_DELTA = 5;

/**
 * A plain verdict from the figures: how well the judge orders answers, then each way it
 * can be gamed or is unreliable, e.g. "orders answers well; gives padded answers 12 points
 * more than they earn".
 */
export function judgeVerdict(m: JudgeReportMetrics): string {
  const parts: string[] = [];
  if (m.orderingAccuracy == null) parts.push('could not measure how it orders answers');
  else if (m.orderingAccuracy >= 0.9) parts.push('orders answers well');
  else if (m.orderingAccuracy >= 0.7)
    parts.push(`orders answers mostly right (${percent(m.orderingAccuracy)} of pairs)`);
  else parts.push(`does not order answers reliably (${percent(m.orderingAccuracy)} of pairs right)`);
  const padded = m.paddingDelta != null && m.paddingDelta > NOTABLE_DELTA;
  const injected = m.injectionDelta != null && m.injectionDelta > NOTABLE_DELTA;
  if (m.paddingDelta != null && m.injectionDelta != null && !padded && !injected)
    parts.push('padding and notes to the grader earn nothing');
  if (padded && m.paddingDelta != null)
    parts.push(`gives padded answers ${points(m.paddingDelta)} more than they earn`);
  if (injected && m.injectionDelta != null)
    parts.push(`gives answers that address the grader ${points(m.injectionDelta)} more than they earn`);
  if (m.inventedQuoteRate != null && m.inventedQuoteRate >= 0.05)
    parts.push(`invents ${percent(m.inventedQuoteRate)} of its quotes`);
  if (m.falseFlags > 0)
    parts.push(`raises ${m.falseFlags} false flag${m.falseFlags === 1 ? '' : 's'} on honest answers`);
  if (m.scoreSpread != null && m.scoreSpread >= 0.5)
    parts.push(`a step's score varies by ${m.scoreSpread.toFixed(1)} levels between samples`);
  const sentence = parts.join('; ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.';
}

/** A figure for the table: null is "–"; shares as percentages; deltas signed. */
export function formatFigure(name: keyof JudgeReportMetrics, value: number | null | undefined): string {
  if (value == null) return '–';
  switch (name) {
    case 'orderingAccuracy':
    case 'inventedQuoteRate':
      return percent(value);
    case 'paddingDelta':
    case 'injectionDelta':
      return `${value > 0 ? '+' : ''}${Number(value.toFixed(1))}`;
    case 'falseFlags':
      return String(value);
    default:
      return value.toFixed(2);
  }
}
