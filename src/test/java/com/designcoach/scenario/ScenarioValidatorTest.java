package com.designcoach.scenario;

import java.util.List;
import java.util.Map;

import com.designcoach.rubric.StepKeys;
import com.designcoach.web.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioValidatorTest {

	@Test
	void acceptsACompleteDocument() {
		assertThat(ScenarioValidator.validate(document("a-fine-slug", "medium", stepsWithKeyPoints(2)))).isEmpty();
	}

	@Test
	void namesEachFieldByItsPath() {
		var steps = new java.util.LinkedHashMap<>(stepsWithKeyPoints(2));
		steps.put("evaluation",
				new ScenarioDocument.StepContent(List.of(new ScenarioDocument.KeyPoint("", List.of("x")),
						new ScenarioDocument.KeyPoint("ok", List.of())), List.of(), " "));
		List<FieldError> errors = ScenarioValidator.validate(document("12345", "extreme", steps));
		assertThat(errors).extracting(FieldError::field)
			.contains("slug", "difficulty", "steps.evaluation.keyPoints[0].text",
					"steps.evaluation.keyPoints[1].keywords", "steps.evaluation.followUps",
					"steps.evaluation.referenceAnswer");
	}

	@Test
	void checksFactsAgainstTheContractsLimits() {
		List<ScenarioDocument.Fact> facts = new java.util.ArrayList<>();
		facts.add(new ScenarioDocument.Fact("x".repeat(501), List.of("scale")));
		facts.add(new ScenarioDocument.Fact("About 1M users.", List.of()));
		facts.add(new ScenarioDocument.Fact(" ", java.util.Collections.nCopies(11, "k")));
		ScenarioDocument base = document("with-facts", "easy", stepsWithKeyPoints(2));
		ScenarioDocument doc = new ScenarioDocument(base.slug(), base.title(), null, base.prompt(), base.category(),
				base.difficulty(), base.durationMinutes(), base.tags(), base.steps(), null, facts);
		assertThat(ScenarioValidator.validate(doc)).extracting(FieldError::field)
			.containsExactlyInAnyOrder("facts[0].text", "facts[1].keywords", "facts[2].text", "facts[2].keywords");
		List<ScenarioDocument.Fact> many = java.util.Collections.nCopies(31,
				new ScenarioDocument.Fact("A fact.", List.of("fact")));
		assertThat(ScenarioValidator.validate(new ScenarioDocument(base.slug(), base.title(), null, base.prompt(),
				base.category(), base.difficulty(), base.durationMinutes(), base.tags(), base.steps(), null, many)))
			.extracting(FieldError::field)
			.containsExactly("facts");
	}

	@Test
	void countsLengthsInCodePoints() {
		String chinese = "设".repeat(200);
		ScenarioDocument doc = new ScenarioDocument("cjk-title", chinese, null, "题目", "llm-application", "easy", 30,
				List.of(), stepsWithKeyPoints(2), null, null);
		assertThat(ScenarioValidator.validate(doc)).isEmpty();
	}

	static ScenarioDocument document(String slug, String difficulty, Map<String, ScenarioDocument.StepContent> steps) {
		return new ScenarioDocument(slug, "A title", null, "A prompt.", "llm-application", difficulty, 45,
				List.of("tag"), steps, null, null);
	}

	static Map<String, ScenarioDocument.StepContent> stepsWithKeyPoints(int count) {
		Map<String, ScenarioDocument.StepContent> steps = new java.util.LinkedHashMap<>();
		for (String key : StepKeys.ALL) {
			List<ScenarioDocument.KeyPoint> points = java.util.stream.IntStream.range(0, count)
				.mapToObj(i -> new ScenarioDocument.KeyPoint("point " + i, List.of("kw" + i)))
				.toList();
			steps.put(key, new ScenarioDocument.StepContent(points, List.of("Why?"), "Because."));
		}
		return steps;
	}

}
