package com.designcoach.judgereport;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.designcoach.ApiTestSupport;
import com.designcoach.judge.JudgeInfo;
import com.designcoach.judge.OfflineJudge;
import com.designcoach.judge.llm.FakeModelServer;
import com.designcoach.rubric.StepKeys;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.not;

/**
 * The report card with an LLM judge: a fake OpenAI-compatible model that calls every key
 * point covered, quoting the candidate's first sentence for the first two key points and
 * inventing the quotes of all the others. The report must see exactly the share of quotes
 * it invented, and a model that grades everything alike must not look like it orders
 * answers. The model's name is this test's own, so only this test's instance claims the
 * report.
 */
@TestPropertySource(properties = { "app.judge.provider=openai", "app.judge.openai.model=fake-judge-report",
		"app.judge.max-retries=1", "app.judge.timeout=5s", "app.grading.poll-interval=100ms",
		"app.judge.concurrency=" + JudgeReportLlmTest.CONCURRENCY })
class JudgeReportLlmTest extends ApiTestSupport {

	static final int CONCURRENCY = 3;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportStore store;

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
	 * Keeps the first key point's genuine quote, gives it again for the second (a
	 * sentence may make two points), and invents a different one for every other. The
	 * repeated quote is one piece of evidence but two quotes given: the rate must count
	 * it twice, as it counts the invented ones, one per verdict.
	 */
	private static String inventQuotes(String grade) {
		JsonNode root = JSON.readTree(grade);
		int i = 0;
		String genuine = null;
		for (JsonNode point : root.path("keyPoints")) {
			quotes.incrementAndGet();
			if (i == 0) {
				genuine = point.path("quote").asString();
			}
			else if (i == 1) {
				((ObjectNode) point).put("quote", genuine);
			}
			else {
				((ObjectNode) point).put("quote", "The candidate designed a quantum index number " + i + ".");
				invented.incrementAndGet();
			}
			i++;
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

	@Test
	void theOfflineBaselineRunsWhileAnLlmJudgeIsActiveWithoutCallingTheModel() {
		int calls = server.requests.size();
		int id = start("{\"scenarios\": [\"rag-internal-docs-chatbot\"], \"judge\": \"offline\"}");
		JsonPath report = finished(id);
		assertThat(report.getString("status")).isEqualTo("DONE");
		assertThat(report.getString("judge.kind")).isEqualTo(JudgeInfo.OFFLINE);
		assertThat(report.getString("judge.model")).isEqualTo(OfflineJudge.INFO.model());
		assertThat(report.getList("rows")).hasSize(6);
		assertThat(report.getDouble("metrics.orderingAccuracy")).isGreaterThanOrEqualTo(0.9);
		assertThat(server.requests).as("the offline judge calls no model").hasSize(calls);
		// and the active judge's reports are still the default
		int active = start("{\"scenarios\": [\"rag-internal-docs-chatbot\"]}");
		assertThat(finished(active).getString("judge.kind")).isEqualTo(JudgeInfo.LLM);
	}

	@Test
	void startingAReportDoesNotAbandonAnOfflineBaselineNobodyHoldsYet() {
		long offline = jdbc
			.sql("""
					insert into judge_report (status, judge_kind, judge_provider, judge_model, prompt_version, plan, samples,
					                          requested_by, started_at)
					values ('RUNNING', :kind, :provider, :model, :prompt, '[]', 1, 'admin', now())
					returning id""")
			.param("kind", OfflineJudge.INFO.kind())
			.param("provider", OfflineJudge.INFO.provider())
			.param("model", OfflineJudge.INFO.model())
			.param("prompt", OfflineJudge.INFO.promptVersion())
			.query(Long.class)
			.single();
		store.abandonOtherJudges(new JudgeInfo(JudgeInfo.LLM, "openai", "fake-judge-report", "4"), OfflineJudge.INFO);
		assertThat(jdbc.sql("select coalesce(reason, '') from judge_report where id = :id")
			.param("id", offline)
			.query(String.class)
			.single()).doesNotContain("Abandoned");
		// any instance has the offline judge, so this one finishes it
		assertThat(finished((int) offline).getString("status")).isEqualTo("DONE");
		// a report of a judge no instance runs any more is still abandoned
		long foreign = jdbc
			.sql("""
					insert into judge_report (status, judge_kind, judge_provider, judge_model, prompt_version, plan, samples,
					                          requested_by, started_at)
					values ('RUNNING', 'llm', 'openai', 'a-model-gone-away', '1', '[]', 1, 'admin', now())
					returning id""")
			.query(Long.class)
			.single();
		assertThat(store.abandonOtherJudges(new JudgeInfo(JudgeInfo.LLM, "openai", "fake-judge-report", "4"),
				OfflineJudge.INFO))
			.isEqualTo(1);
		assertThat(before((int) foreign).getString("reason")).contains("Abandoned");
	}

	@Test
	void aReportAndACandidatesGradingShareOneBoundOnModelCalls() {
		server.delayMillis = 60;
		server.maxInFlight.set(0);
		try {
			String user = newCandidate();
			int interview = startInterview(user, "rag-internal-docs-chatbot");
			for (String step : StepKeys.ALL) {
				as(user)
					.body(Map.of("text", "We need a p95 latency under 2 seconds. Retrieval filters by ACL.", "version",
							0))
					.put("/api/interviews/" + interview + "/answers/" + step)
					.then()
					.statusCode(200);
			}
			int id = start("{\"scenarios\": [\"rag-internal-docs-chatbot\", \"llm-serving-billion-users\"]}");
			as(user).post("/api/interviews/" + interview + "/submit").then().statusCode(202);
			assertThat(before(id).getString("status")).as("the grading ran while the report did").isEqualTo("RUNNING");
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(as(user).get("/api/interviews/" + interview + "/feedback")
					.then()
					.extract()
					.<String>path("status")).isEqualTo("GRADED"));
			assertThat(finished(id).getString("status")).isEqualTo("DONE");
			assertThat(server.maxInFlight.get()).isBetween(2, CONCURRENCY);
		}
		finally {
			server.delayMillis = 0;
		}
	}

	private int start(String body) {
		return asAdmin().body(body).post("/api/admin/judge-reports").then().statusCode(202).extract().path("id");
	}

	private JsonPath before(int id) {
		return asAdmin().get("/api/admin/judge-reports/" + id).then().statusCode(200).extract().jsonPath();
	}

	private JsonPath finished(int id) {
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(before(id).getString("status")).isNotEqualTo("RUNNING"));
		return before(id);
	}

}
