package com.designcoach.rubric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The interview framework as {@code GET /api/framework} serves it. */
public record Framework(List<Step> steps) {

	public record Step(String key, String title, int order, String description, BigDecimal weight, int suggestedMinutes,
			List<String> criteria, List<Level> levels) {

		public String descriptor(int score) {
			return levels.get(score - 1).descriptor();
		}

	}

	public record Level(int score, String descriptor) {
	}

	public Optional<Step> step(String key) {
		return steps.stream().filter(step -> step.key().equals(key)).findFirst();
	}

}
