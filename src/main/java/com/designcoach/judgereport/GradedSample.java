package com.designcoach.judgereport;

import java.util.List;
import java.util.Map;

/**
 * One answer variant graded once, as saved: its overall score (from {@code Scoring}) and,
 * per step, what the judge said that the figures need.
 */
record GradedSample(String scenario, Variant variant, int sample, int overallScore, Map<String, Step> steps) {

	/**
	 * {@code quotes} are the quotes the judge gave that were found in the answer and
	 * {@code droppedQuotes} those thrown away as not found, both counted per verdict over
	 * all the judge's samples, so they add up to every quote it gave;
	 * {@code sampleScores} the judge's own samples when it took several, else just the
	 * score.
	 */
	record Step(int score, List<String> flags, int quotes, int droppedQuotes, List<Integer> sampleScores) {
	}

}
