package com.designcoach.scenario;

import java.time.Duration;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import com.designcoach.config.MetricNames;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.stereotype.Component;

/** What the read side keeps in memory, bounded and measured under the names below. */
@Component
class ScenarioCache {

	static final String OPEN_LIST = MetricNames.CACHE_SCENARIO_OPEN_LIST;

	static final String VERSIONS = MetricNames.CACHE_SCENARIO_VERSIONS;

	/** The open list is one value. */
	private static final String OPEN = "open";

	/**
	 * The list is the most read thing in the service and changes only when an admin
	 * edits: it is read at most once a second, so another instance's edit shows within a
	 * second.
	 */
	private final Cache<String, List<ScenarioSummary>> openList = Caffeine.newBuilder()
		.maximumSize(1)
		.expireAfterWrite(Duration.ofSeconds(1))
		.recordStats()
		.build();

	/**
	 * Versions never change, so parsed ones never expire: a few hundred are kept instead
	 * of re-reading the document on every interview read.
	 */
	private final Cache<Long, ScenarioSnapshot> versions = Caffeine.newBuilder().maximumSize(512).recordStats().build();

	ScenarioCache(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, openList, OPEN_LIST);
		CaffeineCacheMetrics.monitor(registry, versions, VERSIONS);
	}

	List<ScenarioSummary> openScenarios(Supplier<List<ScenarioSummary>> read) {
		return openList.get(OPEN, key -> read.get());
	}

	ScenarioSnapshot version(long versionId, LongFunction<ScenarioSnapshot> read) {
		return versions.get(versionId, read::apply);
	}

	/**
	 * Every admin write calls this, so this instance's own list never shows a stale edit.
	 */
	void forgetOpenList() {
		openList.invalidateAll();
	}

}
