package com.designcoach.judge;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.designcoach.config.MetricNames;
import com.designcoach.scenario.ScenarioDocument;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * What the offline judge prepares once and reuses: per scenario version its compiled key
 * points, its terms and its place in the bank; per interview its screened answers. Every
 * cache is bounded and, given a registry, measured under its name. What is cached is a
 * pure function of the key, so an eviction costs time, never a different grade.
 */
final class OfflineJudgeCaches {

	static final String COMPILED_SCENARIOS = MetricNames.CACHE_COMPILED_SCENARIOS;

	static final String SCENARIO_FEATURES = MetricNames.CACHE_SCENARIO_FEATURES;

	static final String TOPIC_INDEXES = MetricNames.CACHE_TOPIC_INDEXES;

	static final String SCREENED_INTERVIEWS = MetricNames.CACHE_SCREENED_INTERVIEWS;

	/**
	 * Scenario versions graded recently: the bank holds a few dozen, and drafts and older
	 * versions add some.
	 */
	private static final int SCENARIO_VERSIONS = 64;

	/**
	 * Every scenario of the bank and some of their versions: each index over the bank
	 * reads all of them.
	 */
	private static final int BANK_DOCUMENTS = 256;

	/**
	 * Interviews being graded at once, with room to spare: grading runs a few steps at a
	 * time.
	 */
	private static final int INTERVIEWS = 256;

	/**
	 * An interview's steps are graded within seconds of each other; one idle this long is
	 * done with.
	 */
	private static final Duration INTERVIEW_IDLE = Duration.ofMinutes(10);

	private final Cache<ScenarioDocument, CompiledScenario> compiled;

	private final Cache<ScenarioDocument, Map<String, Integer>> features;

	/**
	 * Topic indexes over the bank, one per scenario version graded; dropped when the bank
	 * changes.
	 */
	private final Cache<ScenarioDocument, TopicIndex> indexes;

	/**
	 * Keyed weakly, by identity: grading hands every step the same interview object, and
	 * an interview nobody holds any more is graded.
	 */
	private final Cache<InterviewContext, ScreenedInterview> interviews;

	private List<ScenarioDocument> indexedBank;

	/** The caches, measured in {@code registry}; {@code null}: not measured. */
	OfflineJudgeCaches(MeterRegistry registry) {
		compiled = measured(registry, COMPILED_SCENARIOS, Caffeine.newBuilder().maximumSize(SCENARIO_VERSIONS));
		features = measured(registry, SCENARIO_FEATURES, Caffeine.newBuilder().maximumSize(BANK_DOCUMENTS));
		indexes = measured(registry, TOPIC_INDEXES, Caffeine.newBuilder().maximumSize(SCENARIO_VERSIONS));
		interviews = measured(registry, SCREENED_INTERVIEWS,
				Caffeine.newBuilder().weakKeys().maximumSize(INTERVIEWS).expireAfterAccess(INTERVIEW_IDLE));
	}

	CompiledScenario compiled(ScenarioDocument scenario) {
		return compiled.get(scenario, CompiledScenario::new);
	}

	ScreenedInterview interview(InterviewContext interview) {
		return interviews.get(interview, key -> new ScreenedInterview());
	}

	/**
	 * The index over {@code bank} with {@code own} in it; a new bank (another list) drops
	 * every index of the old.
	 */
	synchronized TopicIndex topicIndex(List<ScenarioDocument> bank, ScenarioDocument own) {
		if (bank != indexedBank) {
			indexes.invalidateAll();
			indexedBank = bank;
		}
		return indexes.get(own,
				document -> new TopicIndex(bank, document, scenario -> features.get(scenario, TopicIndex::featuresOf)));
	}

	private static <K, V> Cache<K, V> measured(MeterRegistry registry, String name, Caffeine<Object, Object> builder) {
		Cache<K, V> cache = builder.recordStats().build();
		if (registry != null) {
			CaffeineCacheMetrics.monitor(registry, cache, name);
		}
		return cache;
	}

}
