package com.designcoach.judge.llm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

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

	private static final Duration CACHE = Duration.ofSeconds(30);

	private final ModelEndpoint endpoint;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private volatile Health last;

	private volatile Instant checkedAt = Instant.EPOCH;

	JudgeHealthIndicator(ModelEndpoint endpoint) {
		this.endpoint = endpoint;
	}

	@Override
	public Health health() {
		if (endpoint.provider() == null) {
			return Health.up().withDetail("kind", "offline").build();
		}
		if (last == null || Instant.now().isAfter(checkedAt.plus(CACHE))) {
			last = probe();
			checkedAt = Instant.now();
		}
		return last;
	}

	private Health probe() {
		String path = "ollama".equals(endpoint.provider()) ? "/api/tags" : "/models";
		Health.Builder health = Health.up();
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.baseUrl().replaceAll("/+$", "") + path))
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
