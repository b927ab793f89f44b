package com.designcoach.grading;

import java.time.Instant;
import java.util.List;

import com.designcoach.judge.JudgeInfo;
import com.designcoach.scenario.ScenarioDocument;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code GET /api/interviews/{id}/feedback}: while grading, the progress; then the scores
 * with evidence and the scenario's facts (what the interviewer knew), or the reason it
 * failed. Always names the judge.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Feedback(String status, String mode, int attempt, Judge judge, Progress progress, Integer overallScore,
		String verdict, List<Step> steps, List<String> flags, String reason, Instant gradedAt,
		List<ScenarioDocument.Fact> facts) {

	static Feedback grading(int attempt, Judge judge, Progress progress) {
		return new Feedback("GRADING", null, attempt, judge, progress, null, null, null, null, null, null, null);
	}

	static Feedback failed(int attempt, Judge judge, String reason) {
		return new Feedback("FAILED", null, attempt, judge, null, null, null, null, null, reason, null, null);
	}

	static Feedback graded(int attempt, Judge judge, Integer overallScore, String verdict, List<Step> steps,
			List<String> flags, Instant gradedAt, List<ScenarioDocument.Fact> facts) {
		return new Feedback("GRADED", null, attempt, judge, null, overallScore, verdict, steps, flags, null, gradedAt,
				facts);
	}

	/** The same feedback, saying whether it is a full interview's or a drill's. */
	public Feedback withMode(String mode) {
		return new Feedback(status, mode, attempt, judge, progress, overallScore, verdict, steps, flags, reason,
				gradedAt, facts);
	}

	public record Progress(int done, int total) {
	}

	/**
	 * Which judge graded, so nobody mistakes one for another, and what an LLM judge
	 * spent: tokens in and out, time in model calls, and quotes it invented that the code
	 * dropped.
	 */
	public record Judge(String kind, String provider, String model, String promptVersion, long tokensIn, long tokensOut,
			long latencyMs, int droppedQuotes) {

		static Judge of(GradingQueue.GradingRow row) {
			JudgeInfo info = row.judge();
			return new Judge(info.kind(), info.provider(), info.model(), info.promptVersion(), row.tokensIn(),
					row.tokensOut(), row.latencyMillis(), row.droppedQuotes());
		}

	}

	public record Step(String key, String title, int score, String level, String rationale, List<String> evidence,
			List<String> coveredKeyPoints, List<String> missedKeyPoints, List<String> suggestions,
			String referenceAnswer, String followUpQuestion, String referenceDiagram) {
	}

	public record Attempt(int attempt, String status, Judge judge, Integer overallScore, String verdict,
			Instant requestedAt, Instant finishedAt) {
	}

}
