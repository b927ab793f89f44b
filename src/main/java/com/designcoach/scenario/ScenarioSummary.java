package com.designcoach.scenario;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A scenario as the list shows it; {@code archived} appears only on archived ones, for
 * admins.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScenarioSummary(Long id, String slug, String title, String category, String difficulty, String summary,
		Integer durationMinutes, List<String> tags, Boolean archived) {

	boolean matches(String query, String categoryFilter, String difficultyFilter) {
		if (categoryFilter != null && !categoryFilter.equals(category)) {
			return false;
		}
		if (difficultyFilter != null && !difficultyFilter.equals(difficulty)) {
			return false;
		}
		if (query == null) {
			return true;
		}
		String needle = query.toLowerCase(Locale.ROOT);
		return slug.contains(needle) || title.toLowerCase(Locale.ROOT).contains(needle)
				|| summary.toLowerCase(Locale.ROOT).contains(needle)
				|| tags.stream().anyMatch(tag -> tag.toLowerCase(Locale.ROOT).contains(needle));
	}

}
