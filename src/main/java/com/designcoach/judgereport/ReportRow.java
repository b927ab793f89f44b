package com.designcoach.judgereport;

import java.util.List;
import java.util.Map;

/**
 * {@code stepScores} are the medians over {@code samples}; {@code overallScore} is
 * computed from them.
 */
record ReportRow(String scenario, String variant, int overallScore, Map<String, Integer> stepScores, List<String> flags,
		int samples) {
}
