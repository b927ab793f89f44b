package com.designcoach.grading;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Kills the service with SIGKILL in the middle of a grading and starts it again on the
 * same data: the interview ends graded, by the same grading job, with every answer
 * intact. The service runs as a separate process with its embedded PostgreSQL, exactly as
 * in production (the orphaned database server left by the kill included).
 */
class CrashRecoveryTest {

	private static final String ANSWER = "We need a p95 latency under 2 seconds and ACL permissions checked at retrieval.";

	@TempDir
	Path dataDir;

	private ServiceProcess service;

	@AfterEach
	void stop() {
		if (service != null) {
			service.close();
		}
	}

	@Test
	void gradingSurvivesSigkillMidway() throws Exception {
		service = start("first");
		int port = service.port;
		String user = "crash-" + System.nanoTime();
		api(port).contentType(ContentType.JSON)
			.body("{\"username\": \"" + user + "\", \"password\": \"crash-password\"}")
			.post("/api/auth/register")
			.then()
			.statusCode(201);
		int id = as(port, user).body("{\"scenarioId\": \"rag-internal-docs-chatbot\"}")
			.post("/api/interviews")
			.then()
			.statusCode(201)
			.extract()
			.path("id");
		for (String step : List.of("clarifying-requirements", "system-design")) {
			as(port, user).body("{\"text\": \"" + ANSWER + "\", \"version\": 0}")
				.put("/api/interviews/" + id + "/answers/" + step)
				.then()
				.statusCode(200);
		}
		as(port, user).post("/api/interviews/" + id + "/submit").then().statusCode(202);
		// Generous: a machine busy with other builds takes many times longer than a quiet
		// one.
		await().atMost(Duration.ofSeconds(120)).until(() -> {
			Integer done = as(port, user).get("/api/interviews/" + id + "/feedback")
				.then()
				.extract()
				.path("progress.done");
			return done != null && done >= 2;
		});

		service.kill();
		service = start("second");
		int restarted = service.port;

		await().atMost(Duration.ofSeconds(180))
			.untilAsserted(() -> as(restarted, user).get("/api/interviews/" + id + "/feedback")
				.then()
				.statusCode(200)
				.body("status", equalTo("GRADED"))
				.body("attempt", equalTo(1))
				.body("steps", hasSize(7)));
		as(restarted, user).get("/api/interviews/" + id)
			.then()
			.body("steps.find { it.key == 'clarifying-requirements' }.text", equalTo(ANSWER))
			.body("steps.find { it.key == 'system-design' }.text", equalTo(ANSWER))
			.body("status", equalTo("GRADED"));
		as(restarted, user).get("/api/interviews/" + id + "/gradings").then().body("attempt", equalTo(List.of(1)));
	}

	private ServiceProcess start(String name) throws IOException {
		return ServiceProcess.start(dataDir.resolve(name + ".log"), "--app.data-dir=" + dataDir,
				"--spring.profiles.active=slow-judge", "--app.judge.concurrency=1", "--app.grading.lease=3s",
				"--app.grading.poll-interval=200ms", "--app.admin-password=crash-admin-password");
	}

	private static RequestSpecification api(int port) {
		return given().port(port).baseUri("http://localhost");
	}

	private static RequestSpecification as(int port, String user) {
		return api(port).auth().preemptive().basic(user, "crash-password").contentType(ContentType.JSON);
	}

}
