package com.designcoach.judgereport;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.designcoach.ApiTestSupport;
import com.designcoach.judge.llm.FakeModelServer;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.not;

/**
 * The report card with an LLM judge: a fake OpenAI-compatible model that calls every key
 * point covered, quoting the candidate's first sentence for the first key point and
 * inventing the quotes of all the others. The report must see exactly the share of quotes
 * it invented, and a model that grades everything alike must not look like it orders
 * answers. The model's name is this test's own, so only this test's instance claims the
 * report.
 */
@TestPropertySource(properties = { "app.judge.provider=openai", "app.judge.openai.model=fake-judge-report",
		"app.judge.max-retries=1", "app.judge.timeout=5s", "app.grading.poll-interval=100ms" })
class JudgeReportLlmTest extends ApiTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final FakeModelServer server = start();

	private static final AtomicInteger quotes = new AtomicInteger();

	private static final AtomicInteger invented = new AtomicInteger();

	private static FakeModelServer start() {
		FakeModelServer fake = FakeModelServer.started();
		fake.habit = JudgeReportLlmTest::inventQuotes;
		return fake;
	}

	/**
	 * Keeps the first key point's genuine quote and invents a different one for every
	 * other.
	 */
	private static String inventQuotes(String grade) {
		JsonNode root = JSON.readTree(grade);
		int i = 0;
		for (JsonNode point : root.path("keyPoints")) {
			quotes.incrementAndGet();
			if (i++ > 0) {
				((ObjectNode) point).put("quote", "The candidate designed a quantum index number " + i + ".");
				invented.incrementAndGet();
			}
		}
		return root.toString();
	}

	@DynamicPropertySource
	static void judgeServer(DynamicPropertyRegistry registry) {
		registry.add("app.judge.openai.base-url", server::baseUrl);
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void seesTheQuotesTheModelInventedAndThatItCannotOrderAnswers() {
		quotes.set(0);
		invented.set(0);
		int id = asAdmin()
			.body("{\"scenarios\": [\"rag-internal-docs-chatbot\", \"llm-serving-billion-users\"], "
					+ "\"samples\": 2}")
			.post("/api/admin/judge-reports")
			.then()
			.statusCode(202)
			.extract()
			.path("id");
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> asAdmin().get("/api/admin/judge-reports/" + id)
				.then()
				.statusCode(200)
				.body("status", not("RUNNING")));
		JsonPath report = asAdmin().get("/api/admin/judge-reports/" + id).then().extract().jsonPath();
		System.out.printf("judge-report fake model: %s%n", report.getMap("metrics"));

		assertThat(report.getString("status")).isEqualTo("DONE");
		assertThat(report.getString("judge.kind")).isEqualTo("llm");
		assertThat(report.getString("judge.provider")).isEqualTo("openai");
		assertThat(report.getString("judge.model")).isEqualTo("fake-judge-report");
		assertThat(report.getString("judge.promptVersion")).isNotBlank();
		List<Map<String, Object>> rows = report.getList("rows");
		assertThat(rows).hasSize(2 * 6);
		assertThat(rows).extracting(row -> row.get("variant"))
			.containsOnly("strong", "partial", "weak", "off-topic", "padded", "injected");
		rows.forEach(row -> assertThat((Map<?, ?>) row.get("stepScores")).hasSize(7));
		assertThat(report.getList("rows.samples", Integer.class)).containsOnly(2);
		assertThat(report.getMap("metrics")).containsKeys("orderingAccuracy", "spearman", "paddingDelta",
				"injectionDelta", "falseFlags", "inventedQuoteRate", "scoreSpread");

		assertThat(invented.get()).isPositive();
		double expected = (double) invented.get() / quotes.get();
		assertThat(report.getDouble("metrics.inventedQuoteRate")).isPositive().isCloseTo(expected, within(0.001));
		assertThat(report.getDouble("metrics.orderingAccuracy")).as("grading every answer alike is not ordering them")
			.isLessThan(0.5);
		assertThat(report.getDouble("metrics.scoreSpread")).isGreaterThanOrEqualTo(0);
	}

}
