package com.designcoach.judge.llm;

/**
 * The step score an LLM verdict earns, computed here and not by the model. Coverage is
 * the share of key points with a verified quote (a covered one counts 1, a partial one
 * half); it sets the level by the table below, and the model's own score may move that by
 * at most one level, for depth, correctness and trade-offs the key points do not capture.
 * A model whose claims were not borne out (a quote it gave was not in the answer, or one
 * quote was given for more key points than it can support) may only move the level down:
 * its own score is no evidence once its quotes are not, and a claim of everything with
 * one real quote gets what that quote supports, no more.
 *
 * <p>
 * The table is the offline judge's mapping
 * ({@code 1 + round(4 * min(1, coverage / 0.8))}, at least 2 once anything is covered)
 * with its depth factor at full, since here depth is the model's one level: the two
 * judges mean the same thing by each level.
 *
 * <pre>
 * coverage          level
 * 0                 1  missing or wrong
 * above 0, < 0.3    2  superficial
 * 0.3 to < 0.5      3  adequate
 * 0.5 to < 0.7      4  strong
 * 0.7 and above     5  exceptional
 * </pre>
 */
final class EvidenceLevels {

	/** The lowest coverage of levels 2, 3, 4 and 5. */
	static final double[] THRESHOLDS = { Double.MIN_VALUE, 0.3, 0.5, 0.7 };

	private EvidenceLevels() {
	}

	static int level(double coverage) {
		int level = 1;
		for (double threshold : THRESHOLDS) {
			if (coverage >= threshold - 1e-9 && coverage > 0) {
				level++;
			}
		}
		return level;
	}

	/**
	 * The evidence's level, moved toward the model's score by one level at most, and only
	 * down when {@code claimsHeld} is false.
	 */
	static int score(double coverage, Integer modelScore, boolean claimsHeld) {
		int level = level(coverage);
		if (modelScore == null) {
			return level;
		}
		int highest = claimsHeld ? level + 1 : level;
		return Math.max(1, Math.min(5, Math.max(level - 1, Math.min(highest, modelScore))));
	}

}
