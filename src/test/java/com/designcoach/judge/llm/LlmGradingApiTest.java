package com.designcoach.judge.llm;

import java.time.Duration;

import com.designcoach.ApiTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

/**
 * The whole service with APP_JUDGE_PROVIDER=openai against a fake OpenAI-compatible server:
 * the seven step calls run in parallel, the feedback names the model and its token use,
 * a server that keeps failing ends in FAILED with a reason and a working regrade, and
 * the daily quota answers 429.
 */
@TestPropertySource(properties = { "app.judge.provider=openai", "app.judge.openai.model=fake-judge",
		"app.judge.openai.api-key=sk-test-secret-key", "app.judge.max-retries=1", "app.judge.timeout=5s",
		"app.grading.daily-quota=3", "app.grading.poll-interval=100ms" })
class LlmGradingApiTest extends ApiTestSupport {

	private static final FakeModelServer server = start();

	private static FakeModelServer start() {
		try {
			return new FakeModelServer();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void judgeServer(DynamicPropertyRegistry registry) {
		registry.add("app.judge.openai.base-url", server::baseUrl);
	}

	@org.junit.jupiter.api.BeforeEach
	void resetServer() {
		server.clearScript();
		server.failStatus = 0;
		server.delayMillis = 0;
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void gradesStepsInParallelAndReportsTheModelAndItsTokens() {
		server.delayMillis = 400;
		server.maxInFlight.set(0);
		String user = newCandidate();
		int id = startAndSubmit(user);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(user).get("/api/interviews/" + id + "/feedback")
			.then().body("status", equalTo("GRADED")));
		server.delayMillis = 0;
		as(user).get("/api/interviews/" + id + "/feedback").then()
			.body("judge.kind", equalTo("llm"))
			.body("judge.provider", equalTo("openai"))
			.body("judge.model", equalTo("fake-judge"))
			.body("judge.tokensIn", equalTo(7 * 1200))
			.body("judge.tokensOut", equalTo(7 * 300))
			.body("judge.latencyMs", greaterThan(0))
			.body("steps", hasSize(7))
			.body("steps[0].evidence[0]", equalTo("We need a p95 latency under 2 seconds."))
			.body(org.hamcrest.Matchers.not(containsString("sk-test-secret-key")));
		assertThat(server.maxInFlight.get()).isGreaterThanOrEqualTo(5);
		asAdmin().get("/actuator/health").then().body(org.hamcrest.Matchers.not(containsString("sk-test-secret-key")))
			.body("components.judge.details.provider", equalTo("openai"));
	}

	@Test
	void aServerThatKeepsFailingEndsInFailedAndRegradeWorks() {
		server.failStatus = 500;
		String user = newCandidate();
		int id = startAndSubmit(user);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(user).get("/api/interviews/" + id + "/feedback")
			.then().body("status", equalTo("FAILED")).body("reason", containsString("HTTP 500")));
		as(user).get("/api/interviews/" + id).then()
			.body("steps[0].text", equalTo("We need a p95 latency under 2 seconds. Retrieval filters by ACL."));
		server.failStatus = 0;
		as(user).post("/api/interviews/" + id + "/regrade").then().statusCode(202);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(user).get("/api/interviews/" + id + "/feedback")
			.then().body("status", equalTo("GRADED")).body("attempt", equalTo(2)));
	}

	@Test
	void theDailyQuotaAnswers429() {
		String user = newCandidate();
		for (int i = 0; i < 3; i++) {
			startAndSubmit(user);
		}
		int id = as(user).body("{\"scenarioId\": \"rag-internal-docs-chatbot\"}").post("/api/interviews").then()
			.statusCode(201).extract().path("id");
		as(user).post("/api/interviews/" + id + "/submit").then().statusCode(429)
			.contentType("application/problem+json");
		as(user).get("/api/interviews/" + id).then().body("status", equalTo("IN_PROGRESS"));
	}

	@Test
	void theInterviewerAsksTheModelForTheFollowUp() {
		server.thenContent("{\"question\": \"How would you keep p95 latency under 2 s at peak?\"}");
		String user = newCandidate();
		int id = as(user).body("{\"scenarioId\": \"rag-internal-docs-chatbot\"}").post("/api/interviews").then()
			.statusCode(201).extract().path("id");
		as(user).post("/api/interviews/" + id + "/answers/framing/follow-up").then().statusCode(200)
			.body("question", equalTo("How would you keep p95 latency under 2 s at peak?"));
	}

	private int startAndSubmit(String user) {
		int id = as(user).body("{\"scenarioId\": \"rag-internal-docs-chatbot\"}").post("/api/interviews").then()
			.statusCode(201).extract().path("id");
		for (String step : com.designcoach.rubric.StepKeys.ALL) {
			as(user).body("{\"text\": \"We need a p95 latency under 2 seconds. Retrieval filters by ACL.\", \"version\": 0}")
				.put("/api/interviews/" + id + "/answers/" + step).then().statusCode(200);
		}
		as(user).post("/api/interviews/" + id + "/submit").then().statusCode(202);
		return id;
	}

}
