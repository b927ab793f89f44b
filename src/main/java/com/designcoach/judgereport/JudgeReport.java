package com.designcoach.judgereport;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The list leaves out {@code rows}; {@code metrics} appears once the report is done.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record JudgeReport(long id, String status, String reason, ReportJudge judge, String requestedBy, Instant startedAt,
		Instant finishedAt, int samples, List<ReportScenario> scenarios, ReportProgress progress, ReportFigures metrics,
		List<ReportRow> rows) {
}
