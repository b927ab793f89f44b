package com.designcoach.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.designcoach.diagram.Diagrams;
import com.designcoach.rubric.StepKeys;
import com.designcoach.web.FieldError;

/**
 * Checks a scenario document against the contract's rules and reports every problem at
 * once.
 */
final class ScenarioValidator {

	static final Set<String> CATEGORIES = Set.of("llm-application", "generative-media", "training-infrastructure",
			"inference-serving", "data-platform", "ml-platform");

	static final Set<String> DIFFICULTIES = Set.of("easy", "medium", "hard");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{3,80}");

	private static final int MAX_TAGS = 12;

	private static final int MAX_KEY_POINTS = 12;

	private static final int MAX_KEYWORDS = 10;

	private static final int MAX_FOLLOW_UPS = 10;

	private static final int MAX_FACTS = 30;

	private final List<FieldError> errors = new ArrayList<>();

	private ScenarioValidator() {
	}

	static List<FieldError> validate(ScenarioDocument document) {
		ScenarioValidator validator = new ScenarioValidator();
		if (document == null) {
			validator.error("", "a scenario document is required");
		}
		else {
			validator.check(document);
		}
		return List.copyOf(validator.errors);
	}

	private void check(ScenarioDocument doc) {
		if (doc.slug() == null || !SLUG.matcher(doc.slug()).matches() || ScenarioKey.allDigits(doc.slug())) {
			error("slug", "must be 3 to 80 of a-z, 0-9 and '-', not all digits");
		}
		text("title", doc.title(), 200);
		optionalText("summary", doc.summary(), 500);
		text("prompt", doc.prompt(), 10_000);
		if (doc.category() == null || !CATEGORIES.contains(doc.category())) {
			error("category", "must be one of " + String.join(", ", CATEGORIES.stream().sorted().toList()));
		}
		if (doc.difficulty() == null || !DIFFICULTIES.contains(doc.difficulty())) {
			error("difficulty", "must be one of easy, medium, hard");
		}
		if (doc.durationMinutes() == null || doc.durationMinutes() < 10 || doc.durationMinutes() > 180) {
			error("durationMinutes", "must be 10 to 180");
		}
		checkTags(doc.tags());
		checkSteps(doc);
		checkFacts(doc.facts());
	}

	private void checkFacts(List<ScenarioDocument.Fact> facts) {
		if (facts == null) {
			return;
		}
		if (facts.size() > MAX_FACTS) {
			error("facts", "at most " + MAX_FACTS + " facts");
		}
		for (int i = 0; i < facts.size(); i++) {
			String path = "facts[" + i + "]";
			ScenarioDocument.Fact fact = facts.get(i);
			if (fact == null) {
				error(path, "is required");
				continue;
			}
			text(path + ".text", fact.text(), 500);
			checkKeywords(path + ".keywords", fact.keywords());
		}
	}

	private void checkTags(List<String> tags) {
		if (tags == null) {
			return;
		}
		if (tags.size() > MAX_TAGS) {
			error("tags", "at most " + MAX_TAGS + " tags");
		}
		for (int i = 0; i < tags.size(); i++) {
			text("tags[" + i + "]", tags.get(i), 40);
		}
	}

	private void checkSteps(ScenarioDocument doc) {
		if (doc.steps() == null) {
			error("steps", "all seven steps are required: " + String.join(", ", StepKeys.ALL));
			return;
		}
		for (String key : doc.steps().keySet()) {
			if (!StepKeys.ALL.contains(key)) {
				error("steps." + key, "is not a step; steps are " + String.join(", ", StepKeys.ALL));
			}
		}
		for (String key : StepKeys.ALL) {
			ScenarioDocument.StepContent step = doc.steps().get(key);
			if (step == null) {
				error("steps." + key, "is required");
			}
			else {
				checkStep("steps." + key, step);
			}
		}
	}

	private void checkStep(String path, ScenarioDocument.StepContent step) {
		List<ScenarioDocument.KeyPoint> keyPoints = step.keyPoints();
		if (keyPoints == null || keyPoints.size() < 2 || keyPoints.size() > MAX_KEY_POINTS) {
			error(path + ".keyPoints", "must have 2 to " + MAX_KEY_POINTS + " key points");
		}
		if (keyPoints != null) {
			for (int i = 0; i < keyPoints.size(); i++) {
				checkKeyPoint(path + ".keyPoints[" + i + "]", keyPoints.get(i));
			}
		}
		List<String> followUps = step.followUps();
		if (followUps == null || followUps.isEmpty() || followUps.size() > MAX_FOLLOW_UPS) {
			error(path + ".followUps", "must have 1 to " + MAX_FOLLOW_UPS + " follow-up questions");
		}
		else {
			for (int i = 0; i < followUps.size(); i++) {
				text(path + ".followUps[" + i + "]", followUps.get(i), 1_000);
			}
		}
		text(path + ".referenceAnswer", step.referenceAnswer(), 20_000);
		checkDiagram(path + ".referenceDiagram", step.referenceDiagram());
	}

	private void checkDiagram(String field, String diagram) {
		if (diagram == null) {
			return;
		}
		optionalText(field, diagram, MAX_DIAGRAM);
		if (diagram.codePointCount(0, diagram.length()) <= MAX_DIAGRAM) {
			Diagrams.problem(diagram).ifPresent(problem -> error(field, problem));
		}
	}

	private static final int MAX_DIAGRAM = 5_000;

	private void checkKeyPoint(String path, ScenarioDocument.KeyPoint keyPoint) {
		if (keyPoint == null) {
			error(path, "is required");
			return;
		}
		text(path + ".text", keyPoint.text(), 500);
		checkKeywords(path + ".keywords", keyPoint.keywords());
	}

	private void checkKeywords(String path, List<String> keywords) {
		if (keywords == null || keywords.isEmpty() || keywords.size() > MAX_KEYWORDS) {
			error(path, "must have 1 to " + MAX_KEYWORDS + " keywords");
			return;
		}
		for (int i = 0; i < keywords.size(); i++) {
			text(path + "[" + i + "]", keywords.get(i), 60);
		}
	}

	private void text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			error(field, "is required");
		}
		else {
			optionalText(field, value, max);
		}
	}

	private void optionalText(String field, String value, int max) {
		if (value != null && value.codePointCount(0, value.length()) > max) {
			error(field, "must be at most " + max + " characters");
		}
	}

	private void error(String field, String message) {
		errors.add(new FieldError(field, message));
	}

}
