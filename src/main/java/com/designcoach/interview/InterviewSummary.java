package com.designcoach.interview;

import java.time.Instant;
import java.util.List;

/** {@code steps}: the keys of the steps practised (all seven, or a drill's). */
record InterviewSummary(long id, InterviewStatus status, String mode, List<String> steps, ScenarioRef scenario,
		Instant startedAt, Instant submittedAt, boolean overtime, Integer overallScore, String verdict) {
}
