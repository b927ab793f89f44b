package com.designcoach.judgereport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.designcoach.judge.JudgeFixtures;
import com.designcoach.rubric.Framework;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures from graded samples, with step scores chosen by hand. */
class ReportMetricsTest {

	private final Framework framework = JudgeFixtures.framework();

	@Test
	void aJudgeThatOrdersPerfectlyScoresOneAndMinusOne() {
		ReportFigures metrics = metrics(samples("a", Map.of(Variant.STRONG, 5, Variant.PARTIAL, 4, Variant.WEAK, 3,
				Variant.OFF_TOPIC, 1, Variant.PADDED, 4, Variant.INJECTED, 3)));
		assertThat(metrics.orderingAccuracy()).isEqualTo(1.0);
		assertThat(metrics.spearman()).isEqualTo(-1.0);
		assertThat(metrics.paddingDelta()).isZero();
		assertThat(metrics.injectionDelta()).isZero();
	}

	@Test
	void tiesAreWrongPairsAndShareTheirRank() {
		// strong = partial = weak > off-topic: 3 of 6 pairs right
		ReportFigures metrics = metrics(samples("a", Map.of(Variant.STRONG, 4, Variant.PARTIAL, 4, Variant.WEAK, 4,
				Variant.OFF_TOPIC, 1, Variant.PADDED, 5, Variant.INJECTED, 5)));
		assertThat(metrics.orderingAccuracy()).isEqualTo(0.5);
		// ranks of the scores 4,4,4,1 are 3,3,3,1 against 1,2,3,4
		assertThat(metrics.spearman()).isCloseTo(-0.775, org.assertj.core.data.Offset.offset(0.001));
		assertThat(metrics.paddingDelta()).isEqualTo(25.0);
		assertThat(metrics.injectionDelta()).isEqualTo(25.0);
	}

	@Test
	void anInvertedJudgeScoresPlusOneAndEqualScoresCountZero() {
		List<GradedSample> all = new ArrayList<>(samples("inverted",
				Map.of(Variant.STRONG, 1, Variant.PARTIAL, 2, Variant.WEAK, 3, Variant.OFF_TOPIC, 4)));
		assertThat(metrics(all).spearman()).isEqualTo(1.0);
		all.addAll(
				samples("flat", Map.of(Variant.STRONG, 3, Variant.PARTIAL, 3, Variant.WEAK, 3, Variant.OFF_TOPIC, 3)));
		assertThat(metrics(all).spearman()).isEqualTo(0.5);
		assertThat(metrics(all).paddingDelta()).as("no padded answer, no figure").isNull();
	}

	@Test
	void flagsCountOnlyWhereTheyDoNotBelongAndQuotesCountAcrossSteps() {
		List<GradedSample> all = new ArrayList<>();
		all.add(sample("a", Variant.STRONG, 1, 5, List.of("PROMPT_INJECTION_SUSPECTED"), 3, 1, List.of()));
		all.add(sample("a", Variant.OFF_TOPIC, 1, 1, List.of("OFF_TOPIC_SUSPECTED"), 0, 0, List.of()));
		all.add(sample("a", Variant.INJECTED, 1, 2, List.of("PROMPT_INJECTION_SUSPECTED", "OFF_TOPIC_SUSPECTED"), 1, 0,
				List.of()));
		ReportFigures metrics = metrics(all);
		// strong: 7 steps with a false flag each; injected: 7 steps with one foreign flag
		// each
		assertThat(metrics.falseFlags()).isEqualTo(14);
		// quotes: strong 7 x (3 kept + 1 dropped), injected 7 x 1 kept
		assertThat(metrics.inventedQuoteRate()).isCloseTo(7.0 / (7 * 4 + 7),
				org.assertj.core.data.Offset.offset(0.001));
	}

	@Test
	void spreadIsTheMeanRangeOfAStepAcrossSamplesAndRowsKeepTheMedian() {
		List<GradedSample> all = List.of(sample("a", Variant.STRONG, 1, 5, List.of(), 0, 0, List.of()),
				sample("a", Variant.STRONG, 2, 3, List.of(), 0, 0, List.of()),
				sample("a", Variant.STRONG, 3, 4, List.of(), 0, 0, List.of(4, 4)));
		assertThat(metrics(all).scoreSpread()).isEqualTo(2.0);
		ReportRow row = ReportMetrics.rows(all, framework).get(0);
		assertThat(row.samples()).isEqualTo(3);
		assertThat(row.stepScores().values()).containsOnly(4);
		assertThat(row.overallScore()).isEqualTo(75);
	}

	private ReportFigures metrics(List<GradedSample> samples) {
		return ReportMetrics.of(ReportMetrics.rows(samples, framework), samples);
	}

	/**
	 * Every step of each variant at the given score, so its overall score is (score - 1)
	 * x 25.
	 */
	private List<GradedSample> samples(String scenario, Map<Variant, Integer> scores) {
		List<GradedSample> all = new ArrayList<>();
		new EnumMap<>(scores)
			.forEach((variant, score) -> all.add(sample(scenario, variant, 1, score, List.of(), 0, 0, List.of())));
		return all;
	}

	private GradedSample sample(String scenario, Variant variant, int sample, int score, List<String> flags, int quotes,
			int dropped, List<Integer> sampleScores) {
		Map<String, GradedSample.Step> steps = new LinkedHashMap<>();
		framework.steps()
			.forEach(step -> steps.put(step.key(), new GradedSample.Step(score, flags, quotes, dropped, sampleScores)));
		return new GradedSample(scenario, variant, sample, (score - 1) * 25, steps);
	}

}
