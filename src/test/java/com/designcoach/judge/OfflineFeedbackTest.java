package com.designcoach.judge;

import java.util.List;

import com.designcoach.rubric.StepKeys;
import com.designcoach.scenario.ScenarioDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineFeedbackTest {

	private final OfflineJudge judge = new OfflineJudge(JudgeFixtures.bank());

	@Test
	void suggestsWhatToAddAndWhyInsteadOfRepeatingTheKeyPoint() {
		ScenarioDocument rag = JudgeFixtures.scenario("rag-internal-docs-chatbot");
		InterviewContext weak = JudgeFixtures.interview(rag,
				JudgeFixtures.answers("rag-internal-docs-chatbot", "weak"));

		for (String key : StepKeys.ALL) {
			StepVerdict verdict = judge.gradeStep(weak, key);
			List<String> keyPoints = rag.step(key).keyPoints().stream().map(ScenarioDocument.KeyPoint::text).toList();
			for (String suggestion : verdict.suggestions()) {
				assertThat(suggestion).doesNotStartWith("Address this point")
					.doesNotStartWith("Go deeper on this point");
				keyPoints.forEach(point -> assertThat(suggestion).doesNotContain(point));
			}
		}
		assertThat(judge.gradeStep(weak, "model-development").suggestions())
			.contains("Use hybrid retrieval: in this scenario it matters because acronyms, error codes and project "
					+ "names are missed by dense search alone.");
	}

	@Test
	void turnsAKeyPointIntoAnInstruction() {
		assertThat(OfflineFeedback.topic("Separates an ingestion pipeline (connectors, queue) from the query path."))
			.isEqualTo("Separate an ingestion pipeline");
		assertThat(OfflineFeedback.topic("Clarifies who the users are: employees only, or partners too?"))
			.isEqualTo("Clarify who the users are");
		assertThat(OfflineFeedback.topic("Pushes features to an online store"))
			.isEqualTo("Push features to an online store");
		assertThat(OfflineFeedback.topic("识别用户意图并抽取订单号")).isEqualTo("Add this to your answer: 识别用户意图并抽取订单号");
	}

}
