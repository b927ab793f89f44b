package com.designcoach.scenario;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A scenario as the list shows it; {@code archived} appears only on archived ones, for admins. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScenarioSummary(Long id, String slug, String title, String category, String difficulty,
		String summary, Integer durationMinutes, List<String> tags, Boolean archived) {
}
