package com.designcoach.interview;

import java.time.Instant;
import java.util.List;

import com.designcoach.scenario.ScenarioView;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** What the interview endpoints read and answer. */
final class InterviewDtos {

	private InterviewDtos() {
	}

	/**
	 * {@code scenarioId} takes an id or a slug; {@code steps}, when given, makes it a
	 * drill of those steps only (checked by {@link DrillSteps}).
	 */
	record StartRequest(@NotBlank String scenarioId, List<String> steps) {
	}

	record SaveAnswer(@NotNull String text, @NotNull @PositiveOrZero Integer version) {
	}

	record FollowUpReply(@NotNull String text) {
	}

	record InterviewView(long id, InterviewStatus status, String mode, ScenarioView scenario, List<StepView> steps,
			Instant startedAt, Instant deadline, Instant submittedAt, boolean overtime, Integer overallScore,
			String verdict, List<AskedQuestion> questions) {
	}

	/**
	 * A clarifying question for the interviewer; checked in the service, in code points.
	 */
	record AskQuestion(String question) {
	}

	/**
	 * A clarifying question and the interviewer's answer; {@code grounded} when a fact
	 * answered it.
	 */
	record AskedQuestion(long id, String question, String answer, boolean grounded, Instant askedAt) {
	}

	record StepView(String key, String title, int suggestedMinutes, String text, int version, FollowUp followUp) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record FollowUp(String question, String reply) {
	}

	record SavedAnswer(String key, String text, int version) {
	}

	record Question(String question) {
	}

	/** {@code steps}: the keys of the steps practised (all seven, or a drill's). */
	record InterviewSummary(long id, InterviewStatus status, String mode, List<String> steps, ScenarioRef scenario,
			Instant startedAt, Instant submittedAt, boolean overtime, Integer overallScore, String verdict) {
	}

	record ScenarioRef(long id, String slug, String title) {
	}

	record Submitted(InterviewStatus status) {
	}

}
