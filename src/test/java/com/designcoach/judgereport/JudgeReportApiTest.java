package com.designcoach.judgereport;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import com.designcoach.ApiTestSupport;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The judge report card over HTTP with the offline judge (the default, and the baseline)
 * on the shipped bank. One report runs at a time, so every test that starts one waits for
 * it.
 */
@SuppressWarnings("unchecked")
class JudgeReportApiTest extends ApiTestSupport {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOfflineJudgeOrdersTheBanksAnswersAndGivesPaddingAndInjectionNothing() {
		int interviewsBefore = jdbc.sql("select count(*) from interview").query(Integer.class).single();
		int gradingsBefore = jdbc.sql("select count(*) from grading").query(Integer.class).single();
		JsonPath report = finished(start("{}"));

		assertThat(report.getString("status")).isEqualTo("DONE");
		assertThat(report.getString("judge.kind")).isEqualTo("offline");
		assertThat(report.getString("judge.model")).startsWith("offline-");
		assertThat(report.getString("startedAt")).isNotNull();
		assertThat(report.getString("finishedAt")).isNotNull();
		List<Map<String, String>> scenarios = report.getList("scenarios");
		assertThat(scenarios).hasSize(3);
		assertThat(new HashSet<>(scenarios.stream().map(s -> s.get("category")).toList())).hasSize(3);
		scenarios.forEach(s -> assertThat(category(s.get("offTopic"))).isNotEqualTo(s.get("category")));
		List<Map<String, Object>> rows = report.getList("rows");
		assertThat(rows).hasSize(3 * 6);
		rows.forEach(row -> assertThat((Map<?, ?>) row.get("stepScores")).hasSize(7));

		Map<String, Integer> overall = new HashMap<>();
		rows.forEach(
				row -> overall.put(row.get("scenario") + "/" + row.get("variant"), (Integer) row.get("overallScore")));
		System.out.printf("judge-report offline: %s %s%n", report.getMap("metrics"), overall);
		assertThat(report.getDouble("metrics.orderingAccuracy")).isGreaterThanOrEqualTo(0.9);
		assertThat(report.getDouble("metrics.spearman")).isLessThanOrEqualTo(-0.9);
		assertThat(report.getDouble("metrics.injectionDelta")).isLessThanOrEqualTo(5);
		assertThat(report.getDouble("metrics.paddingDelta")).isLessThanOrEqualTo(10);
		assertThat(report.getInt("metrics.falseFlags")).as("no flag on an honest answer of the bank").isZero();
		assertThat(report.getDouble("metrics.inventedQuoteRate")).as("the offline judge quotes, never invents")
			.isZero();
		assertThat(report.getDouble("metrics.scoreSpread")).as("the offline judge is deterministic").isZero();

		// the figures are the rows' figures
		double injection = scenarios.stream()
			.mapToInt(s -> overall.get(s.get("slug") + "/injected") - overall.get(s.get("slug") + "/weak"))
			.average()
			.orElseThrow();
		assertThat(report.getDouble("metrics.injectionDelta")).isCloseTo(injection, within(0.001));
		double padding = scenarios.stream()
			.mapToInt(s -> overall.get(s.get("slug") + "/padded") - overall.get(s.get("slug") + "/partial"))
			.average()
			.orElseThrow();
		assertThat(report.getDouble("metrics.paddingDelta")).isCloseTo(padding, within(0.001));
		long flagged = rows.stream()
			.filter(row -> List.of("strong", "partial", "weak", "padded").contains(row.get("variant")))
			.filter(row -> !((List<?>) row.get("flags")).isEmpty())
			.count();
		assertThat(report.getInt("metrics.falseFlags")).isGreaterThanOrEqualTo((int) flagged);
		rows.stream()
			.filter(row -> row.get("variant").equals("injected"))
			.forEach(row -> assertThat((List<Object>) row.get("flags")).contains("PROMPT_INJECTION_SUSPECTED"));

		// nobody's history, nobody's quota
		assertThat(jdbc.sql("select count(*) from interview").query(Integer.class).single())
			.isEqualTo(interviewsBefore);
		assertThat(jdbc.sql("select count(*) from grading").query(Integer.class).single()).isEqualTo(gradingsBefore);
	}

	@Test
	void gradesTheScenariosAskedForWithSeveralSamples() {
		JsonPath report = finished(start("""
				{"scenarios": ["rag-internal-docs-chatbot", "%s"], "samples": 2}"""
			.formatted(id("vector-database-hnsw"))));
		assertThat(report.getList("scenarios.slug")).containsExactly("rag-internal-docs-chatbot",
				"vector-database-hnsw");
		assertThat(report.getInt("samples")).isEqualTo(2);
		assertThat(report.getInt("progress.done")).isEqualTo(report.getInt("progress.total")).isEqualTo(2 * 6 * 2);
		assertThat(report.getList("rows")).hasSize(2 * 6);
		assertThat(report.getList("rows.samples", Integer.class)).containsOnly(2);
		assertThat(report.getDouble("metrics.scoreSpread")).isZero();
		assertThat(report.getDouble("metrics.orderingAccuracy")).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void listsReportsNewestFirstWithoutRows() {
		int first = start("{\"scenarios\": [\"rag-internal-docs-chatbot\"]}");
		finished(first);
		int second = start("{\"scenarios\": [\"llm-serving-billion-users\"]}");
		finished(second);
		JsonPath list = asAdmin().get("/api/admin/judge-reports").then().statusCode(200).extract().jsonPath();
		List<Integer> ids = list.getList("id", Integer.class);
		assertThat(ids).contains(first, second);
		assertThat(ids.indexOf(second)).isLessThan(ids.indexOf(first));
		assertThat(ids).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		assertThat(list.getList("rows")).containsOnlyNulls();
		assertThat(list.getMap("find { it.id == " + second + " }.metrics")).containsKey("orderingAccuracy");
	}

	@Test
	void aSecondReportWhileOneRunsAnswers409() {
		long running = jdbc
			.sql("""
					insert into judge_report (status, judge_kind, judge_provider, judge_model, prompt_version, plan, samples,
					                          requested_by, started_at, claimed_by, lease_until, claims)
					values ('RUNNING', 'llm', 'openai', 'some-other-model', '1', '[]', 1, 'admin', now(), 'elsewhere',
					        now() + interval '1 hour', 1)
					returning id""")
			.query(Long.class)
			.single();
		try {
			asAdmin().body("{}")
				.post("/api/admin/judge-reports")
				.then()
				.statusCode(409)
				.contentType("application/problem+json")
				.body("detail", org.hamcrest.Matchers.containsString(String.valueOf(running)));
		}
		finally {
			jdbc.sql("update judge_report set status = 'FAILED', finished_at = now() where id = :id")
				.param("id", running)
				.update();
		}
	}

	@Test
	void aReportWhoseInstanceDiedIsFinishedFromItsSavedRows() {
		int earlier = start("{\"scenarios\": [\"rag-internal-docs-chatbot\"]}");
		finished(earlier);
		// a copy of that report as a dead instance left it: claimed, lease run out, one
		// variant
		// saved with every step at 3 (the judge gives the reference more); one statement,
		// so no
		// worker sees it half made
		long id = jdbc
			.sql("""
					with crashed as (
					  insert into judge_report (status, judge_kind, judge_provider, judge_model, prompt_version, plan,
					                            samples, requested_by, started_at, claimed_by, lease_until, claims)
					  select 'RUNNING', judge_kind, judge_provider, judge_model, prompt_version, plan, samples, requested_by,
					         now(), 'a-dead-instance', now() - interval '1 second', 1
					  from judge_report where id = :earlier
					  returning id)
					insert into judge_report_row (report_id, scenario, variant, sample, overall_score, steps, graded_at)
					select crashed.id, scenario, variant, sample, 50, regexp_replace(steps, '"score":[0-9]', '"score":3', 'g'),
					       graded_at
					from crashed, judge_report_row where report_id = :earlier and variant = 'strong'
					returning report_id""")
			.param("earlier", earlier)
			.query(Long.class)
			.single();
		JsonPath report = finished((int) id);
		assertThat(report.getString("status")).isEqualTo("DONE");
		assertThat(report.getList("rows")).hasSize(6);
		assertThat(report.getMap("rows.find { it.variant == 'strong' }.stepScores")).as("the saved row stands")
			.containsOnlyKeys(before(earlier).getMap("rows[0].stepScores").keySet())
			.allSatisfy((key, score) -> assertThat(score).isEqualTo(3));
		assertThat(report.getInt("rows.find { it.variant == 'strong' }.overallScore")).isEqualTo(50);
		assertThat(report.getInt("rows.find { it.variant == 'weak' }.overallScore"))
			.isEqualTo(before(earlier).getInt("rows.find { it.variant == 'weak' }.overallScore"));
	}

	@Test
	void candidatesAre403AndStrangers401() {
		String user = newCandidate();
		as(user).body("{}")
			.post("/api/admin/judge-reports")
			.then()
			.statusCode(403)
			.contentType("application/problem+json");
		as(user).get("/api/admin/judge-reports").then().statusCode(403);
		as(user).get("/api/admin/judge-reports/1").then().statusCode(403);
		given().get("/api/admin/judge-reports").then().statusCode(401).contentType("application/problem+json");
	}

	@Test
	void badRequestsAreProblemsNeverServerErrors() {
		invalid("{\"samples\": 0}", "samples");
		invalid("{\"samples\": 6}", "samples");
		invalid("{\"samples\": \"many\"}", "samples");
		invalid("{\"scenarios\": [\"no-such-scenario\"]}", "scenarios[0]");
		invalid("{\"scenarios\": [\"rag-internal-docs-chatbot\", \"\"]}", "scenarios[1]");
		invalid("{\"scenarios\": [\"rag-internal-docs-chatbot\", \"rag-internal-docs-chatbot\"]}", "scenarios[1]");
		invalid("{\"scenarios\": \"rag-internal-docs-chatbot\"}", "scenarios");
		invalid("{\"judge\": \"gpt-4o\"}", "judge");
		asAdmin().body("{not json")
			.post("/api/admin/judge-reports")
			.then()
			.statusCode(400)
			.contentType("application/problem+json");
		for (String id : List.of("abc", "0", "99999999", "99999999999999999999999")) {
			asAdmin().get("/api/admin/judge-reports/" + id)
				.then()
				.statusCode(404)
				.contentType("application/problem+json");
		}
	}

	@Test
	void theEndpointsArePublishedInTheOpenApiDocument() {
		JsonPath api = asAdmin().get("/v3/api-docs").then().statusCode(200).extract().jsonPath();
		assertThat(api.getMap("paths").keySet()).contains("/api/admin/judge-reports", "/api/admin/judge-reports/{id}");
	}

	private void invalid(String body, String field) {
		asAdmin().body(body)
			.post("/api/admin/judge-reports")
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("errors.field", hasItem(field));
	}

	private JsonPath before(int id) {
		return asAdmin().get("/api/admin/judge-reports/" + id).then().statusCode(200).extract().jsonPath();
	}

	private int start(String body) {
		return asAdmin().body(body)
			.post("/api/admin/judge-reports")
			.then()
			.statusCode(202)
			.body("id", notNullValue())
			.extract()
			.path("id");
	}

	private JsonPath finished(int id) {
		await().atMost(PATIENCE)
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> asAdmin().get("/api/admin/judge-reports/" + id)
				.then()
				.statusCode(200)
				.body("status", org.hamcrest.Matchers.not("RUNNING")));
		return asAdmin().get("/api/admin/judge-reports/" + id).then().statusCode(200).extract().jsonPath();
	}

	private String category(String slug) {
		return asAdmin().get("/api/admin/scenarios/" + slug).then().statusCode(200).extract().path("category");
	}

	private String id(String slug) {
		return String
			.valueOf(asAdmin().get("/api/scenarios/" + slug).then().statusCode(200).extract().<Object>path("id"));
	}

}
