import { describe, expect, it } from 'vitest';
import type { GradedFeedback, Interview } from '../api';
import { reportFileName, reportMarkdown } from './report';

const interview = {
  id: 12,
  status: 'GRADED',
  startedAt: '',
  deadline: '',
  submittedAt: '2026-01-01T10:00:00Z',
  overtime: true,
  overallScore: 61,
  verdict: 'LEAN_HIRE',
  scenario: {
    id: 1,
    slug: 'rag',
    title: 'Design a RAG bot',
    category: '',
    difficulty: '',
    summary: '',
    durationMinutes: 45,
    tags: [],
    prompt: '',
  },
  steps: [
    {
      key: 'framing',
      title: 'Framing',
      suggestedMinutes: 4,
      version: 1,
      text: 'Use RAG.\nCite sources.',
      followUp: { question: 'Why not fine-tune?', reply: 'Docs change daily.' },
    },
  ],
} as Interview;
const fb: GradedFeedback = {
  status: 'GRADED',
  judge: { kind: 'offline', model: 'offline-coverage-1', promptVersion: '1' },
  overallScore: 61,
  verdict: 'LEAN_HIRE',
  flags: [],
  steps: [
    {
      key: 'framing',
      title: 'Framing',
      score: 3,
      level: 'Adequate.',
      rationale: 'Covers RAG.',
      evidence: ['Use RAG.'],
      coveredKeyPoints: ['RAG over fine-tuning'],
      missedKeyPoints: [],
      suggestions: ['Compare baselines'],
      referenceAnswer: 'I would frame it as RAG.',
    },
  ],
};

describe('reportMarkdown', () => {
  const md = reportMarkdown(interview, fb);
  it('starts with the headline figures', () => {
    expect(md).toContain('# Design a RAG bot');
    expect(md).toContain('- Overall score: **61 / 100**');
    expect(md).toContain('- Verdict: **Lean hire**');
    expect(md).toContain('- Judge: offline (offline-coverage-1)');
    expect(md).not.toContain('prompt 1');
    expect(md).toContain('(overtime)');
  });
  it('has a section per step with answer, follow-up and reference', () => {
    expect(md).toContain('## Framing: 3 / 5 (adequate)');
    expect(md).toContain('> Use RAG.\n> Cite sources.');
    expect(md).toContain('**Follow-up:** Why not fine-tune?');
    expect(md).toContain('### Missed key points\n\n- (none)');
    expect(md).toContain('### Reference answer\n\nI would frame it as RAG.\n');
  });
  it('names the prompt version for an LLM judge only', () => {
    const llm = reportMarkdown(interview, { ...fb, judge: { kind: 'llm', model: 'gpt-4o-mini', promptVersion: '3' } });
    expect(llm).toContain('- Judge: llm (gpt-4o-mini, prompt 3)');
  });
  it('makes a safe file name', () => expect(reportFileName('rag/../x', 12)).toBe('design-coach-ragx-12.md'));
});

describe('reportMarkdown with clarifying questions', () => {
  const withQuestions = {
    ...interview,
    steps: [
      {
        key: 'clarifying-requirements',
        title: 'Clarifying',
        suggestedMinutes: 5,
        version: 0,
        text: '',
        followUp: null,
      },
    ],
    questions: [
      { id: 1, question: 'Which languages?', answer: 'English and German.', grounded: true, askedAt: '' },
      {
        id: 2,
        question: 'Voice input?',
        answer: 'That is not specified; state your assumption and move on.',
        grounded: false,
        askedAt: '',
      },
    ],
  } as Interview;
  const md = reportMarkdown(withQuestions, {
    ...fb,
    facts: [{ text: 'English and German.', keywords: ['languages'] }],
    steps: [{ ...fb.steps[0], key: 'clarifying-requirements', title: 'Clarifying' }],
  });
  it('lists the questions with the answers under step 1 and the facts at the end', () => {
    expect(md).toContain('### Your questions to the interviewer');
    expect(md).toContain('- **Q:** Which languages?\n  **A:** English and German.');
    expect(md).toContain('(not specified)');
    expect(md).toContain('## What the interviewer knew\n\n- English and German.');
  });
});
