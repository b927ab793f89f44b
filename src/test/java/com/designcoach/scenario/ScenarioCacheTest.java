package com.designcoach.scenario;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioCacheTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final ScenarioCache cache = new ScenarioCache(registry);

	@Test
	void readsTheOpenListOnceUntilAnAdminWriteForgetsIt() {
		AtomicInteger reads = new AtomicInteger();
		cache.openScenarios(() -> List.of(summary(reads.incrementAndGet())));
		assertThat(cache.openScenarios(() -> List.of(summary(reads.incrementAndGet())))).extracting(ScenarioSummary::id)
			.containsExactly(1L);
		cache.forgetOpenList();
		assertThat(cache.openScenarios(() -> List.of(summary(reads.incrementAndGet())))).extracting(ScenarioSummary::id)
			.containsExactly(2L);
	}

	@Test
	void keepsAParsedVersionAndCountsHitsAndMissesPerCache() {
		ScenarioSnapshot first = cache.version(7, id -> new ScenarioSnapshot(1, id, 1, null));
		assertThat(cache.version(7, id -> new ScenarioSnapshot(1, id, 2, null))).isSameAs(first);
		assertThat(registry.get("cache.gets")
			.tag("cache", ScenarioCache.VERSIONS)
			.tag("result", "hit")
			.functionCounter()
			.count()).isEqualTo(1);
		assertThat(registry.get("cache.gets")
			.tag("cache", ScenarioCache.VERSIONS)
			.tag("result", "miss")
			.functionCounter()
			.count()).isEqualTo(1);
		assertThat(registry.find("cache.size").tag("cache", ScenarioCache.OPEN_LIST).gauge()).isNotNull();
	}

	private static ScenarioSummary summary(long id) {
		return new ScenarioSummary(id, "slug-" + id, "Title", "ml-platform", "easy", "Summary", 45, List.of(), null);
	}

}
