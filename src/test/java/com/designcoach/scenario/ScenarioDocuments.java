package com.designcoach.scenario;

import java.util.stream.Collectors;

import com.designcoach.rubric.StepKeys;

/** Scenario documents for tests, as JSON text in the import format. */
public final class ScenarioDocuments {

	private ScenarioDocuments() {
	}

	public static String valid(String slug) {
		return valid(slug, "Design a test scenario " + slug);
	}

	public static String valid(String slug, String title) {
		String steps = StepKeys.ALL.stream().map(key -> """
				"%s": {
				  "keyPoints": [
				    {"text": "States a p95 latency target for %s", "keywords": ["latency", "p95"]},
				    {"text": "Estimates the cost per request for %s", "keywords": ["cost", "budget"]}
				  ],
				  "followUps": ["What happens to latency at ten times the traffic?"],
				  "referenceAnswer": "A p95 latency under 800 ms and a cost budget of one cent per request."
				}""".formatted(key, key, key)).collect(Collectors.joining(",\n"));
		return """
				{
				  "slug": "%s",
				  "title": "%s",
				  "prompt": "Design a service that answers questions quickly and cheaply.",
				  "category": "llm-application",
				  "difficulty": "medium",
				  "durationMinutes": 45,
				  "tags": ["test"],
				  "steps": {%s}
				}""".formatted(slug, title, steps);
	}

}
