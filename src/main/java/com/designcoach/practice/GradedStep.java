package com.designcoach.practice;

import java.time.Instant;
import java.util.List;

/** One step of one graded interview or drill, from its latest graded attempt. */
record GradedStep(long interviewId, long scenarioVersionId, Instant submittedAt, String stepKey, int score,
		List<String> missedKeyPoints) {
}
