package com.designcoach.judge.llm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.designcoach.config.MetricNames;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Shows in {@code /actuator/health} which judge is active and whether its model server
 * answers. An unreachable model reports UNKNOWN, never DOWN: the service still takes
 * answers and queues gradings, so a load balancer must not pull it out of rotation.
 */
@Component("judge")
class JudgeHealthIndicator implements HealthIndicator {

	/** The cache of the last probe, as metrics name it. */
	static final String CACHE_NAME = MetricNames.CACHE_JUDGE_HEALTH;

	/**
	 * How long a probe's answer stands: health is polled often, and the model server need
	 * not be asked each time.
	 */
	private static final Duration CACHE = Duration.ofSeconds(30);

	/** The one key of the cache: there is one model server. */
	private static final String MODEL_SERVER = "model-server";

	private final ModelEndpoint endpoint;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/** The last probe's health. */
	private final Cache<String, Health> last = Caffeine.newBuilder()
		.maximumSize(1)
		.expireAfterWrite(CACHE)
		.recordStats()
		.build();

	JudgeHealthIndicator(ModelEndpoint endpoint, ObjectProvider<MeterRegistry> registry) {
		this.endpoint = endpoint;
		registry.ifAvailable(meters -> CaffeineCacheMetrics.monitor(meters, last, CACHE_NAME));
	}

	@Override
	public Health health() {
		if (endpoint.provider() == null) {
			return Health.up().withDetail("kind", "offline").build();
		}
		return last.get(MODEL_SERVER, key -> probe());
	}

	private Health probe() {
		String path = "ollama".equals(endpoint.provider()) ? "/api/tags" : "/models";
		Health.Builder health = Health.up();
		try {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create(endpoint.baseUrl().replaceAll("/+$", "") + path))
				.timeout(Duration.ofSeconds(3))
				.GET();
			if (endpoint.apiKey() != null && !endpoint.apiKey().isBlank()) {
				request.header("Authorization", "Bearer " + endpoint.apiKey());
			}
			int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
			health = status < 500 ? Health.up() : Health.unknown();
			health.withDetail("reachable", status < 500).withDetail("status", status);
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			health = Health.unknown().withDetail("reachable", false).withDetail("error", ex.getClass().getSimpleName());
		}
		return health.withDetail("kind", "llm")
			.withDetail("provider", endpoint.provider())
			.withDetail("model", endpoint.model())
			.build();
	}

}
