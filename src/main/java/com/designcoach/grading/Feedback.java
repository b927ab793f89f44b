package com.designcoach.grading;

import java.time.Instant;
import java.util.List;

import com.designcoach.judge.JudgeInfo;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code GET /api/interviews/{id}/feedback}: while grading, the progress; then the scores
 * with evidence, or the reason it failed. Always names the judge.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Feedback(String status, int attempt, JudgeInfo judge, Progress progress, Integer overallScore,
		String verdict, List<Step> steps, List<String> flags, String reason, Instant gradedAt) {

	static Feedback grading(int attempt, JudgeInfo judge, Progress progress) {
		return new Feedback("GRADING", attempt, judge, progress, null, null, null, null, null, null);
	}

	static Feedback failed(int attempt, JudgeInfo judge, String reason) {
		return new Feedback("FAILED", attempt, judge, null, null, null, null, null, reason, null);
	}

	static Feedback graded(int attempt, JudgeInfo judge, Integer overallScore, String verdict, List<Step> steps,
			List<String> flags, Instant gradedAt) {
		return new Feedback("GRADED", attempt, judge, null, overallScore, verdict, steps, flags, null, gradedAt);
	}

	public record Progress(int done, int total) {
	}

	public record Step(String key, String title, int score, String level, String rationale, List<String> evidence,
			List<String> coveredKeyPoints, List<String> missedKeyPoints, List<String> suggestions,
			String referenceAnswer, String followUpQuestion) {
	}

	public record Attempt(int attempt, String status, JudgeInfo judge, Integer overallScore, String verdict,
			Instant requestedAt, Instant finishedAt) {
	}

}
