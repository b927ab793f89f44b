package com.designcoach.scenario;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/** What the read side keeps in memory; admin writes forget the open list. */
@Component
class ScenarioCache {

	private static final long LIST_TTL_NANOS = 1_000_000_000L;

	private volatile OpenList openList;

	private final Map<Long, ScenarioSnapshot> parsedVersions = new ConcurrentHashMap<>();

	/**
	 * The open scenarios, read at most once a second: the list is the most read thing in the
	 * service and changes only when an admin edits; another instance's edit shows within a
	 * second.
	 */
	List<ScenarioSummary> openScenarios(Supplier<List<ScenarioSummary>> read) {
		OpenList cached = openList;
		long now = System.nanoTime();
		if (cached != null && now - cached.readAt() < LIST_TTL_NANOS) {
			return cached.scenarios();
		}
		List<ScenarioSummary> fresh = read.get();
		openList = new OpenList(fresh, now);
		return fresh;
	}

	/**
	 * Versions never change, so parsed ones are kept (a few hundred at most) instead of
	 * re-reading the document on every interview read.
	 */
	ScenarioSnapshot version(long versionId, LongFunction<ScenarioSnapshot> read) {
		ScenarioSnapshot cached = parsedVersions.get(versionId);
		if (cached != null) {
			return cached;
		}
		ScenarioSnapshot snapshot = read.apply(versionId);
		if (parsedVersions.size() > 512) {
			parsedVersions.clear();
		}
		parsedVersions.put(versionId, snapshot);
		return snapshot;
	}

	/** Every admin write calls this, so this instance's own list never shows a stale edit. */
	void forgetOpenList() {
		openList = null;
	}

	private record OpenList(List<ScenarioSummary> scenarios, long readAt) {
	}

}
