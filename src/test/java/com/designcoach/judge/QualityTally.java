package com.designcoach.judge;

import java.util.List;
import java.util.Map;

/**
 * The quality figures of {@link JudgeQualityReport} and {@link EmbeddingJudgeExperiment},
 * tallied over suites: ordering accuracy (pairs of strong > partial > weak > off-topic
 * ordered right, pooled), mean Spearman correlation, padded − partial (mean and worst),
 * answers wrongly flagged off topic or as injection, and the share of evidence quotes
 * found verbatim.
 */
final class QualityTally {

	private static final List<String> RANKED = List.of("strong", "partial", "weak", "off-topic");

	private static final double MIN_ORDERING = 0.95;

	private static final double MAX_SPEARMAN = -0.90;

	private static final int MAX_PADDING_GAIN = 5;

	private int pairs;

	private int rightPairs;

	private double spearman;

	private int spearmanCount;

	private double padSum;

	private int padCount;

	private int padWorst = Integer.MIN_VALUE;

	private int falseOffTopic;

	private int falseInjection;

	private int honest;

	private int quotes;

	private int verbatim;

	/** Adds one suite: its variants' grades, variant → graded answers. */
	void add(Map<String, JudgeQualityReport.Graded> graded) {
		List<String> ranked = RANKED.stream().filter(graded::containsKey).toList();
		for (int i = 0; i < ranked.size(); i++) {
			for (int j = i + 1; j < ranked.size(); j++) {
				pairs++;
				rightPairs += graded.get(ranked.get(i)).overall() > graded.get(ranked.get(j)).overall() ? 1 : 0;
			}
		}
		if (ranked.size() >= 3) {
			spearman += spearman(ranked.stream().map(v -> (double) RANKED.indexOf(v)).toList(),
					ranked.stream().map(v -> (double) graded.get(v).overall()).toList());
			spearmanCount++;
		}
		if (graded.containsKey("padded") && graded.containsKey("partial")) {
			int delta = graded.get("padded").overall() - graded.get("partial").overall();
			padSum += delta;
			padCount++;
			padWorst = Math.max(padWorst, delta);
		}
		for (Map.Entry<String, JudgeQualityReport.Graded> entry : graded.entrySet()) {
			String variant = entry.getKey();
			JudgeQualityReport.Graded g = entry.getValue();
			quotes += g.quotes();
			verbatim += g.verbatim();
			if (!variant.equals("off-topic") && g.flags().contains(StepVerdict.OFF_TOPIC_SUSPECTED)) {
				falseOffTopic++;
			}
			if (!variant.equals("injected")) {
				honest++;
				if (g.flags().contains(StepVerdict.PROMPT_INJECTION_SUSPECTED)) {
					falseInjection++;
				}
			}
		}
	}

	double ordering() {
		return (double) rightPairs / Math.max(1, pairs);
	}

	boolean hasSpearman() {
		return spearmanCount > 0;
	}

	/** The mean Spearman correlation, 0 when no suite had three ranked variants. */
	double spearman() {
		return spearman / Math.max(1, spearmanCount);
	}

	double padMean() {
		return padSum / Math.max(1, padCount);
	}

	/** The largest padded − partial, "-" when no suite had both. */
	String padWorst() {
		return padCount == 0 ? "-" : String.valueOf(padWorst);
	}

	/** Honest answers flagged off topic, as "flagged/honest". */
	String falseOffTopic() {
		return falseOffTopic + "/" + honest;
	}

	/** Honest answers flagged as injection, as "flagged/honest". */
	String falseInjection() {
		return falseInjection + "/" + honest;
	}

	double verbatimShare() {
		return quotes == 0 ? 1.0 : (double) verbatim / quotes;
	}

	/**
	 * The targets, each met or not on this tally: ordering ≥ 0.95, Spearman ≤
	 * −0.90, no honest answer flagged off topic or as injection, padded ≤ partial + 5,
	 * every evidence quote verbatim. A target with nothing to measure is left out.
	 */
	Map<String, Boolean> targets() {
		Map<String, Boolean> targets = new java.util.LinkedHashMap<>();
		if (pairs > 0) {
			targets.put("ordering>=0.95", ordering() >= MIN_ORDERING);
		}
		if (hasSpearman()) {
			targets.put("spearman<=-0.90", spearman() <= MAX_SPEARMAN);
		}
		targets.put("off-topic=0", falseOffTopic == 0);
		targets.put("injection=0", falseInjection == 0);
		if (padCount > 0) {
			targets.put("padded<=partial+5", padWorst <= MAX_PADDING_GAIN);
		}
		targets.put("verbatim=1.0", quotes == verbatim);
		return targets;
	}

	/** Spearman's rank correlation, ties given their mean rank. */
	static double spearman(List<Double> x, List<Double> y) {
		double[] rx = ranks(x);
		double[] ry = ranks(y);
		double mx = mean(rx);
		double my = mean(ry);
		double cov = 0;
		double vx = 0;
		double vy = 0;
		for (int i = 0; i < rx.length; i++) {
			cov += (rx[i] - mx) * (ry[i] - my);
			vx += (rx[i] - mx) * (rx[i] - mx);
			vy += (ry[i] - my) * (ry[i] - my);
		}
		return vx == 0 || vy == 0 ? 0 : cov / Math.sqrt(vx * vy);
	}

	private static double[] ranks(List<Double> values) {
		double[] ranks = new double[values.size()];
		for (int i = 0; i < values.size(); i++) {
			int below = 0;
			int equal = 0;
			for (double other : values) {
				below += other < values.get(i) ? 1 : 0;
				equal += other == values.get(i) ? 1 : 0;
			}
			ranks[i] = below + (equal + 1) / 2.0;
		}
		return ranks;
	}

	private static double mean(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum / values.length;
	}

}
