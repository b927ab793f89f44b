package com.designcoach.judgereport;

/**
 * See {@link ReportMetrics} for what each figure means; null when there was nothing to
 * measure.
 */
record ReportFigures(Double orderingAccuracy, Double spearman, Double paddingDelta, Double injectionDelta,
		int falseFlags, Double inventedQuoteRate, Double scoreSpread) {
}
