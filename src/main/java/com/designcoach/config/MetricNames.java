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

	/*
	 * Caches, published by Caffeine's binder as cache.gets, cache.size, cache.evictions
	 * and the like, tagged cache=<one of these names>.
	 */

	public static final String CACHE_SCENARIO_OPEN_LIST = "scenario-open-list";

	public static final String CACHE_SCENARIO_VERSIONS = "scenario-versions";

	public static final String CACHE_RUBRIC_FRAMEWORK = "rubric-framework";

	public static final String CACHE_COMPILED_SCENARIOS = "judge.offline.compiled-scenarios";

	public static final String CACHE_SCENARIO_FEATURES = "judge.offline.scenario-features";

	public static final String CACHE_TOPIC_INDEXES = "judge.offline.topic-indexes";

	public static final String CACHE_SCREENED_INTERVIEWS = "judge.offline.screened-interviews";

	public static final String CACHE_JUDGE_HEALTH = "judge.health";

	private MetricNames() {
	}

}
