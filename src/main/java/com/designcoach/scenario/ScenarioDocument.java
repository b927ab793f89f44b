package com.designcoach.scenario;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A scenario in the contract's exchange format: what admins import, export, create and
 * edit. Checked by {@link ScenarioValidator}, not by annotations, so that errors carry
 * the contract's field paths ({@code steps.evaluation.keyPoints[0].text}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScenarioDocument(String slug, String title, String summary, String prompt, String category,
		String difficulty, Integer durationMinutes, List<String> tags, Map<String, StepContent> steps, Boolean archived,
		List<Fact> facts) {

	/**
	 * What the interviewer knows and answers when asked; hidden in practice, shown in the
	 * feedback.
	 */
	public record Fact(String text, List<String> keywords) {
	}

	/**
	 * {@code referenceDiagram}: optional Mermaid text, shown after grading beside the
	 * reference answer.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record StepContent(List<KeyPoint> keyPoints, List<String> followUps, String referenceAnswer,
			String referenceDiagram) {

		public StepContent(List<KeyPoint> keyPoints, List<String> followUps, String referenceAnswer) {
			this(keyPoints, followUps, referenceAnswer, null);
		}

	}

	public record KeyPoint(String text, List<String> keywords) {
	}

	/** The facts, never null: older documents have none. */
	public List<Fact> factList() {
		return facts == null ? List.of() : facts;
	}

	public StepContent step(String key) {
		return steps.get(key);
	}

	ScenarioDocument withArchived(Boolean archivedFlag) {
		return new ScenarioDocument(slug, title, summary, prompt, category, difficulty, durationMinutes, tags, steps,
				archivedFlag, facts);
	}

}
