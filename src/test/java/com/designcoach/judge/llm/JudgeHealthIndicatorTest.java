package com.designcoach.judge.llm;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judge's health: offline is always up; a model server is probed at most once per
 * cache period.
 */
class JudgeHealthIndicatorTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private JudgeHealthIndicator indicator(ModelEndpoint endpoint) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("registry", registry);
		return new JudgeHealthIndicator(endpoint, beans.getBeanProvider(MeterRegistry.class));
	}

	@Test
	void theOfflineJudgeIsUpWithoutAProbe() {
		Health health = indicator(ModelEndpoint.none()).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("kind", "offline");
	}

	@Test
	void anUnreachableModelIsUnknownAndTheProbeIsRememberedForAWhile() {
		JudgeHealthIndicator indicator = indicator(new ModelEndpoint("openai", "http://127.0.0.1:9/v1", "m", null));
		Health first = indicator.health();
		assertThat(first.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(first.getDetails()).containsEntry("reachable", false);
		assertThat(indicator.health()).isSameAs(first);
		assertThat(gets("miss")).isEqualTo(1);
		assertThat(gets("hit")).isEqualTo(1);
	}

	private double gets(String result) {
		return registry.get("cache.gets")
			.tag("cache", JudgeHealthIndicator.CACHE_NAME)
			.tag("result", result)
			.functionCounter()
			.count();
	}

}
