package com.designcoach.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.designcoach.scenario.ScenarioDocument;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline judge's caches answer repeats from memory and say so in their metrics. */
class OfflineJudgeCachesTest {

	private final MeterRegistry registry = new SimpleMeterRegistry();

	private final OfflineJudgeCaches caches = new OfflineJudgeCaches(registry);

	@Test
	void aScenarioIsCompiledOnceAndTheSecondAskIsAHit() {
		ScenarioDocument scenario = JudgeFixtures.scenario("rag-internal-docs-chatbot");
		assertThat(caches.compiled(scenario)).isSameAs(caches.compiled(scenario));
		assertThat(gets(OfflineJudgeCaches.COMPILED_SCENARIOS, "hit")).isEqualTo(1);
		assertThat(gets(OfflineJudgeCaches.COMPILED_SCENARIOS, "miss")).isEqualTo(1);
	}

	@Test
	void anInterviewIsScreenedOncePerStepAndKeptByIdentity() {
		ScenarioDocument scenario = JudgeFixtures.scenario("rag-internal-docs-chatbot");
		InterviewContext interview = JudgeFixtures.interview(scenario, Map.of("framing", "We index the wiki."));
		ScreenedInterview screened = caches.interview(interview);
		assertThat(caches.interview(interview)).isSameAs(screened);
		assertThat(screened.step(interview, "framing")).isSameAs(screened.step(interview, "framing"));
		InterviewContext equal = JudgeFixtures.interview(scenario, Map.of("framing", "We index the wiki."));
		assertThat(caches.interview(equal)).as("another interview object, however alike").isNotSameAs(screened);
	}

	@Test
	void aNewBankDropsTheIndexesOverTheOld() {
		ScenarioDocument own = JudgeFixtures.scenario("rag-internal-docs-chatbot");
		List<ScenarioDocument> bank = JudgeFixtures.bank().scenarios();
		TopicIndex index = caches.topicIndex(bank, own);
		assertThat(caches.topicIndex(bank, own)).isSameAs(index);
		assertThat(caches.topicIndex(new ArrayList<>(bank), own)).isNotSameAs(index);
	}

	@Test
	void workWithoutARegistry() {
		OfflineJudgeCaches unmeasured = new OfflineJudgeCaches(null);
		ScenarioDocument scenario = JudgeFixtures.scenario("rag-internal-docs-chatbot");
		assertThat(unmeasured.compiled(scenario)).isSameAs(unmeasured.compiled(scenario));
	}

	private double gets(String cache, String result) {
		return registry.get("cache.gets").tag("cache", cache).tag("result", result).functionCounter().count();
	}

}
