package com.designcoach.interview;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.designcoach.ApiTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * A drill over HTTP: some steps only, graded on those steps only, and marked as a drill
 * everywhere.
 */
class DrillApiTest extends ApiTestSupport {

	private static final String SCENARIO = "rag-internal-docs-chatbot";

	@Test
	void drillOfTwoStepsIsGradedOnThoseTwoOnly() {
		String user = newCandidate();
		String reference = asAdmin().get("/api/admin/scenarios/" + SCENARIO)
			.then()
			.statusCode(200)
			.extract()
			.path("steps.evaluation.referenceAnswer");

		var started = as(user).body("""
				{"scenarioId": "%s", "steps": ["system-design", "evaluation"]}""".formatted(SCENARIO))
			.post("/api/interviews")
			.then()
			.statusCode(201)
			.body("mode", equalTo("drill"))
			.body("steps.key", contains("evaluation", "system-design"))
			.extract();
		int id = started.path("id");
		Instant startedAt = Instant.parse(started.path("startedAt"));
		Instant deadline = Instant.parse(started.path("deadline"));
		assertThat(Duration.between(startedAt, deadline)).isEqualTo(Duration.ofMinutes(7 + 8));

		as(user).body(save(reference)).put("/api/interviews/" + id + "/answers/evaluation").then().statusCode(200);
		as(user).body(save("not drilled")).put("/api/interviews/" + id + "/answers/framing").then().statusCode(404);
		as(user).post("/api/interviews/" + id + "/submit").then().statusCode(202);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> as(user).get("/api/interviews/" + id + "/feedback")
				.then()
				.statusCode(200)
				.body("status", equalTo("GRADED")));
		var feedback = as(user).get("/api/interviews/" + id + "/feedback")
			.then()
			.body("mode", equalTo("drill"))
			.body("steps.key", contains("evaluation", "system-design"))
			.body("steps.find { it.key == 'system-design' }.score", equalTo(1))
			.extract();
		int evaluation = feedback.path("steps.find { it.key == 'evaluation' }.score");
		assertThat(evaluation).isGreaterThanOrEqualTo(4);
		// The weighted mean over the two drilled steps (weights 0.15 and 0.18), mapped to
		// 0-100.
		double mean = (0.15 * evaluation + 0.18 * 1) / (0.15 + 0.18);
		assertThat((int) feedback.path("overallScore")).isEqualTo((int) Math.round((mean - 1) / 4 * 100));
		assertThat((String) feedback.path("verdict")).isIn("LEAN_NO_HIRE", "NO_HIRE");

		as(user).get("/api/interviews/" + id).then().body("mode", equalTo("drill")).body("steps", hasSize(2));
		as(user).get("/api/interviews")
			.then()
			.body("[0].id", equalTo(id))
			.body("[0].mode", equalTo("drill"))
			.body("[0].steps", contains("evaluation", "system-design"));
		as(user).get("/api/interviews/" + id + "/gradings").then().body("[0].status", equalTo("GRADED"));
	}

	@Test
	void aDrillWithoutTheClarifyingStepTakesNoQuestionsAndOneWithItDoes() {
		String user = newCandidate();
		int without = startDrill(user, "evaluation");
		as(user).body("""
				{"question": "What p95 latency should an answer meet?"}""")
			.post("/api/interviews/" + without + "/questions")
			.then()
			.statusCode(409)
			.contentType("application/problem+json")
			.body("detail", containsString("does not include the clarifying-requirements step"));
		as(user).get("/api/interviews/" + without).then().statusCode(200).body("questions", hasSize(0));

		int with = startDrill(user, "clarifying-requirements");
		as(user).body("""
				{"question": "What p95 latency should an answer meet?"}""")
			.post("/api/interviews/" + with + "/questions")
			.then()
			.statusCode(201);
		as(user).get("/api/interviews/" + with).then().body("questions", hasSize(1));
	}

	@Test
	void fullInterviewsAreMarkedFullAndKeepAllSevenSteps() {
		String user = newCandidate();
		int id = as(user).body("""
				{"scenarioId": "%s"}""".formatted(SCENARIO))
			.post("/api/interviews")
			.then()
			.statusCode(201)
			.body("mode", equalTo("full"))
			.body("steps", hasSize(7))
			.extract()
			.path("id");
		as(user).get("/api/interviews").then().body("[0].mode", equalTo("full")).body("[0].steps", hasSize(7));
		as(user).post("/api/interviews/" + id + "/submit").then().statusCode(202);
		as(user).get("/api/interviews/" + id + "/feedback").then().statusCode(200).body("mode", equalTo("full"));
	}

	@Test
	void badDrillStepsAnswer400AndStartNothing() {
		String user = newCandidate();
		Map<String, String> bodies = Map.of("""
				{"scenarioId": "%s", "steps": []}""", "steps", """
				{"scenarioId": "%s", "steps": ["evaluation", "testing"]}""", "steps[1]", """
				{"scenarioId": "%s", "steps": ["evaluation", "evaluation"]}""", "steps[1]", """
				{"scenarioId": "%s", "steps": [null]}""", "steps[0]");
		bodies.forEach((body, field) -> as(user).body(body.formatted(SCENARIO))
			.post("/api/interviews")
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("errors.field", hasItem(field)));
		for (String body : List.of("""
				{"scenarioId": "%s", "steps": "evaluation"}""", """
				{"scenarioId": "%s", "steps": [{"key": "evaluation"}]}""")) {
			as(user).body(body.formatted(SCENARIO))
				.post("/api/interviews")
				.then()
				.statusCode(400)
				.contentType("application/problem+json");
		}
		as(user).body("""
				{"scenarioId": "no-such-scenario", "steps": ["evaluation"]}""")
			.post("/api/interviews")
			.then()
			.statusCode(404)
			.body("detail", containsString("no-such-scenario"));
		as(user).get("/api/interviews").then().body("", hasSize(0));
	}

	private int startDrill(String user, String step) {
		return as(user).body("""
				{"scenarioId": "%s", "steps": ["%s"]}""".formatted(SCENARIO, step))
			.post("/api/interviews")
			.then()
			.statusCode(201)
			.extract()
			.path("id");
	}

	private static String save(String text) {
		return """
				{"text": %s, "version": 0}"""
			.formatted(tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(text));
	}

}
