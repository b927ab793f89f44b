package com.designcoach.config;

/**
 * Every meter name the service publishes, so that a dashboard or alert can be checked
 * against one list and a rename cannot miss a place. Prometheus shows them with dots as
 * underscores and the base unit appended ({@code grading_queue_oldest_age_seconds}).
 */
public final class MetricNames {

	/** Gradings queued or running (gauge). */
	public static final String GRADING_QUEUE_OPEN = "grading.queue.open";

	/** Age of the oldest queued or running grading (gauge, seconds). */
	public static final String GRADING_QUEUE_OLDEST_AGE = "grading.queue.oldest.age";

	/** One grading, tagged by judge and outcome (timer). */
	public static final String GRADING_DURATION = "grading.duration";

	/** One step of a grading, tagged by judge and step (timer). */
	public static final String GRADING_STEP_DURATION = "grading.step.duration";

	/** Tokens the judge spent, tagged by judge and direction (counter). */
	public static final String JUDGE_TOKENS = "judge.tokens";

	/** Judge calls that failed, tagged by cause (counter). */
	public static final String JUDGE_CALL_FAILURES = "judge.call.failures";

	/** Judge calls retried, tagged by cause (counter). */
	public static final String JUDGE_RETRIES = "judge.retries";

	private MetricNames() {
	}

}
