package com.designcoach.grading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.designcoach.judge.JudgeFixtures;
import com.designcoach.rubric.Framework;
import com.designcoach.rubric.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringTest {

	private final Framework framework = JudgeFixtures.framework();

	@Test
	void mapsAllOnesToZeroAndAllFivesToHundred() {
		assertThat(Scoring.of(all(1), framework)).isEqualTo(new Scoring.Result(0, Verdict.NO_HIRE));
		assertThat(Scoring.of(all(5), framework)).isEqualTo(new Scoring.Result(100, Verdict.STRONG_HIRE));
		assertThat(Scoring.of(all(3), framework)).isEqualTo(new Scoring.Result(50, Verdict.LEAN_NO_HIRE));
		assertThat(Scoring.of(all(4), framework)).isEqualTo(new Scoring.Result(75, Verdict.HIRE));
	}

	@Test
	void weighsStepsByTheRubric() {
		Map<String, Integer> heavyStrong = all(1);
		heavyStrong.put("model-development", 5);
		Map<String, Integer> lightStrong = all(1);
		lightStrong.put("framing", 5);
		assertThat(Scoring.of(heavyStrong, framework).overallScore())
			.isGreaterThan(Scoring.of(lightStrong, framework).overallScore());
	}

	@Test
	void aStepScoredOneCapsTheVerdictAtLeanNoHire() {
		Map<String, Integer> scores = all(5);
		scores.put("framing", 1);
		Scoring.Result result = Scoring.of(scores, framework);
		assertThat(result.overallScore()).isGreaterThanOrEqualTo(85);
		assertThat(result.verdict()).isEqualTo(Verdict.LEAN_NO_HIRE);
	}

	@Test
	void aDrillIsScoredOverItsStepsOnly() {
		Map<String, Integer> scores = Map.of("evaluation", 5, "framing", 5);
		assertThat(Scoring.over(scores, framework, List.of("evaluation", "framing")))
			.isEqualTo(new Scoring.Result(100, Verdict.STRONG_HIRE));
		Map<String, Integer> oneMissed = Map.of("evaluation", 5, "framing", 1, "system-design", 1);
		Scoring.Result result = Scoring.over(oneMissed, framework, List.of("evaluation", "framing"));
		assertThat(result.verdict()).isEqualTo(Verdict.LEAN_NO_HIRE);
		assertThat(Scoring.over(Map.of("evaluation", 4, "framing", 1), framework, List.of("evaluation")))
			.isEqualTo(new Scoring.Result(75, Verdict.HIRE));
	}

	@Test
	void bandsStartWhereDocumented() {
		assertThat(Verdict.of(85, false)).isEqualTo(Verdict.STRONG_HIRE);
		assertThat(Verdict.of(84, false)).isEqualTo(Verdict.HIRE);
		assertThat(Verdict.of(70, false)).isEqualTo(Verdict.HIRE);
		assertThat(Verdict.of(69, false)).isEqualTo(Verdict.LEAN_HIRE);
		assertThat(Verdict.of(55, false)).isEqualTo(Verdict.LEAN_HIRE);
		assertThat(Verdict.of(54, false)).isEqualTo(Verdict.LEAN_NO_HIRE);
		assertThat(Verdict.of(40, false)).isEqualTo(Verdict.LEAN_NO_HIRE);
		assertThat(Verdict.of(39, false)).isEqualTo(Verdict.NO_HIRE);
		assertThat(Verdict.of(30, true)).isEqualTo(Verdict.NO_HIRE);
	}

	private Map<String, Integer> all(int score) {
		Map<String, Integer> scores = new LinkedHashMap<>();
		framework.steps().forEach(step -> scores.put(step.key(), score));
		return scores;
	}

}
