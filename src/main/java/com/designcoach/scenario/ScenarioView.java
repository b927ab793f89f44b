package com.designcoach.scenario;

import java.util.List;

/**
 * A scenario for practice: everything but the key points, follow-ups and reference
 * answers, which the interview and its feedback reveal in their time.
 */
public record ScenarioView(Long id, String slug, String title, String summary, String prompt, String category,
		String difficulty, int durationMinutes, List<String> tags, int version) {

	static ScenarioView of(Long id, int version, ScenarioDocument doc) {
		return new ScenarioView(id, doc.slug(), doc.title(), Summaries.of(doc), doc.prompt(), doc.category(),
				doc.difficulty(), doc.durationMinutes(), doc.tags() == null ? List.of() : doc.tags(), version);
	}

}
