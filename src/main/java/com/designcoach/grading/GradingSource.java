package com.designcoach.grading;

import com.designcoach.judge.InterviewContext;
import com.designcoach.rubric.Verdict;

/**
 * What grading needs from interviews: their content, and a place to record the outcome.
 */
public interface GradingSource {

	InterviewContext context(long interviewId);

	void finished(long interviewId, GradingStatus status, Integer overallScore, Verdict verdict);

}
