package com.designcoach.judgereport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.designcoach.grading.Scoring;
import com.designcoach.rubric.Framework;

/**
 * The report card's figures, computed from the graded variants. Each is a mean over the
 * scenarios that have what it needs; a figure with nothing to stand on is null, not 0.
 * <ul>
 * <li>orderingAccuracy: the share of the six ordered pairs of strong > partial > weak >
 * off-topic, per scenario, that the overall scores order strictly right (a tie is
 * wrong);</li>
 * <li>spearman: Spearman's rank correlation between the expected rank (1 strong .. 4
 * off-topic) and the overall score, mean over scenarios; -1 is a perfect judge, 0 no
 * relation, +1 an inverted one; a scenario whose four scores are all equal counts 0;</li>
 * <li>paddingDelta, injectionDelta: padded - partial and injected - weak, overall
 * points;</li>
 * <li>falseFlags: flags on step verdicts where they do not belong (any flag on strong,
 * partial, weak and padded; on off-topic and injected, any flag but their own);</li>
 * <li>inventedQuoteRate: dropped quotes / (dropped + kept quotes), both counted per
 * verdict in every sample the judge took;</li>
 * <li>scoreSpread: mean over (scenario, variant, step) of max - min step score across
 * samples (the report's samples and the judge's own).</li>
 * </ul>
 */
final class ReportMetrics {

	private ReportMetrics() {
	}

	/**
	 * @param rows the samples' rows as {@link #rows} makes them
	 */
	static ReportFigures of(List<ReportRow> rows, Collection<GradedSample> samples) {
		Map<String, Map<Variant, Integer>> overall = new LinkedHashMap<>();
		for (ReportRow row : rows) {
			Variant.of(row.variant())
				.ifPresent(v -> overall.computeIfAbsent(row.scenario(), s -> new LinkedHashMap<>())
					.put(v, row.overallScore()));
		}
		List<Double> ordering = new ArrayList<>();
		List<Double> spearman = new ArrayList<>();
		List<Double> padding = new ArrayList<>();
		List<Double> injection = new ArrayList<>();
		for (Map<Variant, Integer> scores : overall.values()) {
			if (scores.keySet().containsAll(Variant.RANKED)) {
				ordering.add(orderedPairs(scores));
				spearman.add(spearman(scores));
			}
			delta(scores, Variant.PADDED, Variant.PARTIAL).ifPresent(padding::add);
			delta(scores, Variant.INJECTED, Variant.WEAK).ifPresent(injection::add);
		}
		int falseFlags = 0;
		long kept = 0;
		long dropped = 0;
		for (GradedSample sample : samples) {
			for (GradedSample.Step step : sample.steps().values()) {
				falseFlags += (int) step.flags().stream().filter(f -> !f.equals(sample.variant().expectedFlag)).count();
				kept += step.quotes();
				dropped += step.droppedQuotes();
			}
		}
		return new ReportFigures(mean(ordering), mean(spearman), mean(padding), mean(injection), falseFlags,
				kept + dropped == 0 ? null : round((double) dropped / (kept + dropped)), spread(samples));
	}

	/**
	 * One row per (scenario, variant): the median of each step over the samples (the
	 * upper one for an even count, as the LLM judge takes it), and the overall score of
	 * those medians.
	 */
	static List<ReportRow> rows(Collection<GradedSample> samples, Framework framework) {
		Map<String, List<GradedSample>> byRow = samples.stream()
			.collect(Collectors.groupingBy(s -> s.scenario() + "\n" + s.variant().ordinal(), LinkedHashMap::new,
					Collectors.toList()));
		List<ReportRow> rows = new ArrayList<>();
		for (List<GradedSample> group : byRow.values()) {
			GradedSample first = group.get(0);
			Map<String, Integer> medians = new LinkedHashMap<>();
			for (Framework.Step step : framework.steps()) {
				String key = step.key();
				List<Integer> scores = group.stream().map(s -> s.steps().get(key).score()).sorted().toList();
				medians.put(key, scores.get(scores.size() / 2));
			}
			int overallScore = Scoring.of(medians, framework).overallScore();
			List<String> flags = group.stream()
				.flatMap(s -> s.steps().values().stream())
				.flatMap(step -> step.flags().stream())
				.distinct()
				.sorted()
				.toList();
			rows.add(new ReportRow(first.scenario(), first.variant().apiName, overallScore, medians, flags,
					group.size()));
		}
		return rows;
	}

	private static double orderedPairs(Map<Variant, Integer> scores) {
		int right = 0;
		int pairs = 0;
		for (int i = 0; i < Variant.RANKED.size(); i++) {
			for (int j = i + 1; j < Variant.RANKED.size(); j++) {
				pairs++;
				if (scores.get(Variant.RANKED.get(i)) > scores.get(Variant.RANKED.get(j))) {
					right++;
				}
			}
		}
		return (double) right / pairs;
	}

	/**
	 * Pearson's correlation of the expected ranks with the score ranks (ties share their
	 * mean rank).
	 */
	static double spearman(Map<Variant, Integer> scores) {
		List<Integer> values = Variant.RANKED.stream().map(scores::get).toList();
		double[] expected = Variant.RANKED.stream().mapToDouble(v -> v.rank).toArray();
		double[] actual = new double[values.size()];
		for (int i = 0; i < values.size(); i++) {
			int below = 0;
			int equal = 0;
			for (int other : values) {
				below += other < values.get(i) ? 1 : 0;
				equal += other == values.get(i) ? 1 : 0;
			}
			actual[i] = below + (equal + 1) / 2.0;
		}
		return pearson(expected, actual);
	}

	private static double pearson(double[] x, double[] y) {
		double mx = Arrays.stream(x).average().orElse(0);
		double my = Arrays.stream(y).average().orElse(0);
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (int i = 0; i < x.length; i++) {
			sxy += (x[i] - mx) * (y[i] - my);
			sxx += (x[i] - mx) * (x[i] - mx);
			syy += (y[i] - my) * (y[i] - my);
		}
		return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
	}

	private static Optional<Double> delta(Map<Variant, Integer> scores, Variant variant, Variant base) {
		return scores.containsKey(variant) && scores.containsKey(base)
				? Optional.of((double) scores.get(variant) - scores.get(base)) : Optional.empty();
	}

	private static Double spread(Collection<GradedSample> samples) {
		Map<String, List<Integer>> byStep = new LinkedHashMap<>();
		for (GradedSample sample : samples) {
			sample.steps()
				.forEach((key, step) -> byStep
					.computeIfAbsent(sample.scenario() + "\n" + sample.variant() + "\n" + key, k -> new ArrayList<>())
					.addAll(step.sampleScores().isEmpty() ? List.of(step.score()) : step.sampleScores()));
		}
		return mean(byStep.values()
			.stream()
			.map(scores -> (double) (scores.stream().mapToInt(Integer::intValue).max().orElse(0)
					- scores.stream().mapToInt(Integer::intValue).min().orElse(0)))
			.toList());
	}

	private static Double mean(List<Double> values) {
		return values.isEmpty() ? null : round(values.stream().mapToDouble(Double::doubleValue).average().orElse(0));
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
