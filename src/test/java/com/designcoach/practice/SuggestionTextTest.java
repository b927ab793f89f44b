package com.designcoach.practice;

import java.math.BigDecimal;
import java.util.List;

import com.designcoach.rubric.Framework;
import com.designcoach.scenario.ScenarioDocument;
import com.designcoach.scenario.ScenarioSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionTextTest {

	private static final Framework.Step EVALUATION = new Framework.Step("evaluation", "Evaluation (offline and online)",
			5, "", BigDecimal.ONE, 7, List.of(), List.of());

	@Test
	void matchesMissedTermsAgainstAnotherScenariosKeyPoints() {
		ScenarioDocument.StepContent other = new ScenarioDocument.StepContent(
				List.of(new ScenarioDocument.KeyPoint("Runs an online holdout and compares thumbs",
						List.of("holdout", "a/b")),
						new ScenarioDocument.KeyPoint("Tracks the hit rate per threshold", List.of("replay"))),
				List.of(), "");
		assertThat(ScenarioSuggester.matching(other, List.of("a/b test", "hit rate", "ndcg")))
			.containsExactly("a/b test", "hit rate");
		assertThat(ScenarioSuggester.matching(null, List.of("ndcg"))).isEmpty();
	}

	@Test
	void reasonNamesTheStepTheScoreTheScenarioAndWhatItDrills() {
		ScenarioSuggester.Suggestion suggestion = new ScenarioSuggester.Suggestion(new ScenarioSummary(2L, "cache",
				"Semantic cache", "llm-application", "medium", "", 45, List.of(), false),
				List.of("offline metrics", "a/b test"));
		assertThat(Reasons.of(EVALUATION, 1, 2, "RAG chatbot", suggestion))
			.isEqualTo("Evaluation scored 2 on RAG chatbot; this scenario drills offline metrics and a/b test again");
		assertThat(Reasons.of(EVALUATION, 3, 4, "RAG chatbot", suggestion)).isEqualTo(
				"Evaluation scored 4 on RAG chatbot (box 3, moved up); this scenario drills offline metrics and a/b test");
		assertThat(Reasons.join(List.of("a", "b", "c", "d"))).isEqualTo("a, b and c");
	}

}
