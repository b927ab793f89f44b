package com.designcoach.judgereport;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The judge report card's requests and views. */
final class ReportDtos {

	private ReportDtos() {
	}

	/**
	 * All optional: the default is three scenarios spread over categories, one sample,
	 * graded by the active judge; {@code judge: "offline"} grades with the offline judge
	 * instead, the baseline, whichever judge is active.
	 */
	public record StartRequest(List<String> scenarios, Integer samples, String judge) {
	}

	public record Started(long id) {
	}

	public record Judge(String kind, String provider, String model, String promptVersion) {
	}

	/**
	 * A graded scenario and the scenario whose reference answers make its off-topic
	 * answer.
	 */
	public record Scenario(String slug, String title, String category, String offTopic) {
	}

	public record Progress(int done, int total) {
	}

	/**
	 * See {@link ReportMetrics} for what each figure means; null when there was nothing
	 * to measure.
	 */
	public record Metrics(Double orderingAccuracy, Double spearman, Double paddingDelta, Double injectionDelta,
			int falseFlags, Double inventedQuoteRate, Double scoreSpread) {
	}

	/**
	 * {@code stepScores} are the medians over {@code samples}; {@code overallScore} is
	 * computed from them.
	 */
	public record Row(String scenario, String variant, int overallScore, Map<String, Integer> stepScores,
			List<String> flags, int samples) {
	}

	/**
	 * The list leaves out {@code rows}; {@code metrics} appears once the report is done.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Report(long id, String status, String reason, Judge judge, String requestedBy, Instant startedAt,
			Instant finishedAt, int samples, List<Scenario> scenarios, Progress progress, Metrics metrics,
			List<Row> rows) {
	}

}
