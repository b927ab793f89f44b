package com.designcoach.practice;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/me/practice-plan}: the steps due today, then the ones coming up,
 * soonest first.
 */
record PracticePlan(List<Item> due, List<Item> upcoming) {

	/**
	 * A step to drill: its Leitner box and when it is due, the scenario suggested for it
	 * and why, the latest score, and the key-point terms the suggestion drills.
	 */
	public record Item(String stepKey, String stepTitle, int box, Instant dueAt, int lastScore, Long scenarioId,
			String scenarioSlug, String scenarioTitle, String reason, List<String> focus) {
	}

}
