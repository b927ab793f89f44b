import { describe, expect, it } from 'vitest';
import type { JudgeReportMetrics } from '../api';
import { formatFigure, judgeVerdict } from './judgeReport';

const good: JudgeReportMetrics = {
  orderingAccuracy: 1,
  spearman: -1,
  paddingDelta: 0,
  injectionDelta: 0,
  falseFlags: 0,
  inventedQuoteRate: 0,
  scoreSpread: 0,
};

describe('judgeVerdict', () => {
  it('praises a judge that orders well and cannot be gamed', () =>
    expect(judgeVerdict(good)).toBe('Orders answers well; padding and notes to the grader earn nothing.'));
  it('names the padding it rewards', () =>
    expect(judgeVerdict({ ...good, paddingDelta: 12 })).toBe(
      'Orders answers well; gives padded answers 12 points more than they earn.',
    ));
  it('names every weakness, in order', () =>
    expect(
      judgeVerdict({
        orderingAccuracy: 0.5,
        spearman: -0.4,
        paddingDelta: 3,
        injectionDelta: 20,
        falseFlags: 1,
        inventedQuoteRate: 0.25,
        scoreSpread: 0.8,
      }),
    ).toBe(
      'Does not order answers reliably (50% of pairs right); gives answers that address the grader 20 points more than they earn; ' +
        "invents 25% of its quotes; raises 1 false flag on honest answers; a step's score varies by 0.8 levels between samples.",
    ));
  it('says when ordering could not be measured', () =>
    expect(judgeVerdict({ ...good, orderingAccuracy: null, paddingDelta: null })).toBe(
      'Could not measure how it orders answers.',
    ));
  it('keeps the good news beside a weakness', () =>
    expect(judgeVerdict({ ...good, falseFlags: 2 })).toBe(
      'Orders answers well; padding and notes to the grader earn nothing; raises 2 false flags on honest answers.',
    ));
});

describe('formatFigure', () => {
  it('shows shares as percentages, deltas signed, missing as a dash', () => {
    expect(formatFigure('orderingAccuracy', 0.833)).toBe('83%');
    expect(formatFigure('paddingDelta', 12)).toBe('+12');
    expect(formatFigure('injectionDelta', -0.333)).toBe('-0.3');
    expect(formatFigure('spearman', -1)).toBe('-1.00');
    expect(formatFigure('scoreSpread', null)).toBe('–');
  });
});
