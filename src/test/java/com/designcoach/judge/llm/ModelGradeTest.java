package com.designcoach.judge.llm;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whatever shape a model answers in, verdicts land on their key points by number. */
class ModelGradeTest {

	@Test
	void readsPropertiesPerKeyPointInAnyOrderAndIgnoresUnknownNumbers() {
		ModelGrade grade = ModelGrade
			.read("""
					{"keyPoints": {"kp3": {"verdict": "Covered", "quote": "c"}, "kp1": {"verdict": "partial", "quote": "a"},
					 "kp9": {"verdict": "covered", "quote": "x"}}, "rationale": "ok", "score": "4", "suggestions": ["s"]}""",
					3, FakeModelServer.JSON);
		assertThat(grade.verdicts()).containsOnlyKeys(1, 3);
		assertThat(grade.verdicts().get(3)).isEqualTo(new ModelGrade.Verdict("covered", "c"));
		assertThat(grade.verdicts().get(1).verdict()).isEqualTo("partial");
		assertThat(grade.ignored()).isEqualTo(1);
		assertThat(grade.score()).isEqualTo(4);
	}

	@Test
	void readsAnArrayByIndexOrPositionKeepingTheFirstOfDuplicates() {
		ModelGrade grade = ModelGrade.read("""
				```json
				{"keyPoints": [{"index": 2, "verdict": "covered", "quote": "b"}, {"index": 2, "verdict": "missing"},
				 {"verdict": "sort of", "quote": "c"}], "score": 8}
				```""", 3, FakeModelServer.JSON);
		assertThat(grade.verdicts()).containsOnlyKeys(2, 3);
		assertThat(grade.verdicts().get(2).verdict()).isEqualTo("covered");
		assertThat(grade.verdicts().get(3).verdict()).isEqualTo("missing");
		assertThat(grade.ignored()).isEqualTo(1);
		assertThat(grade.score()).isNull();
	}

	@Test
	void onlyAReplyWithNoVerdictAtAllIsUnreadable() {
		assertThatThrownBy(() -> ModelGrade.read("great answer!", 3, FakeModelServer.JSON))
			.isInstanceOf(ModelGrade.Unreadable.class)
			.hasMessageContaining("not valid JSON");
		assertThatThrownBy(() -> ModelGrade.read("{\"score\": 5}", 3, FakeModelServer.JSON))
			.isInstanceOf(ModelGrade.Unreadable.class)
			.hasMessageContaining("none of the 3");
	}

}
