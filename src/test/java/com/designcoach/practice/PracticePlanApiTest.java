package com.designcoach.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.designcoach.ApiTestSupport;
import com.designcoach.MutableClock;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * The practice plan over HTTP, with a clock the test moves: a low score puts a step in
 * box 1 due tomorrow, a high score moves it up and further out, a low one sends it back.
 */
@Import(MovableClockConfiguration.class)
class PracticePlanApiTest extends ApiTestSupport {

	@Autowired
	MutableClock clock;

	@Test
	void stepMovesBetweenBoxesWithItsScores() {
		String user = newCandidate();
		as(user).get("/api/me/practice-plan")
			.then()
			.statusCode(200)
			.body("due", hasSize(0))
			.body("upcoming", hasSize(0));
		Instant day = clock.instant();

		drill(user, "rag-internal-docs-chatbot", "");
		var plan = as(user).get("/api/me/practice-plan")
			.then()
			.statusCode(200)
			.body("due", hasSize(0))
			.body("upcoming", hasSize(1))
			.body("upcoming[0].stepKey", equalTo("evaluation"))
			.body("upcoming[0].box", equalTo(1))
			.body("upcoming[0].lastScore", equalTo(1))
			.body("upcoming[0].dueAt", equalTo(startOfDay(day, 1)))
			.body("upcoming[0].reason", containsString("Evaluation scored 1 on "))
			.body("upcoming[0].scenarioSlug", not(equalTo("rag-internal-docs-chatbot")))
			.extract();
		assertThat((List<?>) plan.path("upcoming[0].focus")).isNotEmpty();
		assertThat((String) plan.path("upcoming[0].reason")).contains("this scenario drills").endsWith(" again");

		clock.advance(Duration.ofDays(1));
		String suggested = as(user).get("/api/me/practice-plan")
			.then()
			.body("due", hasSize(1))
			.body("due[0].stepKey", equalTo("evaluation"))
			.body("due[0].box", equalTo(1))
			.body("upcoming", hasSize(0))
			.extract()
			.path("due[0].scenarioSlug");

		drill(user, suggested, reference(suggested));
		as(user).get("/api/me/practice-plan")
			.then()
			.body("due", hasSize(0))
			.body("upcoming[0].box", equalTo(2))
			.body("upcoming[0].dueAt", equalTo(startOfDay(day, 1 + 2)))
			.body("upcoming[0].reason", containsString("moved up"))
			// Both scenarios were practised within two weeks: the next suggestion is a
			// third one.
			.body("upcoming[0].scenarioSlug", not(equalTo(suggested)))
			.body("upcoming[0].scenarioSlug", not(equalTo("rag-internal-docs-chatbot")));

		clock.advance(Duration.ofDays(2));
		as(user).get("/api/me/practice-plan").then().body("due", hasSize(1)).body("due[0].box", equalTo(2));

		drill(user, "rag-internal-docs-chatbot", "");
		as(user).get("/api/me/practice-plan")
			.then()
			.body("due", hasSize(0))
			.body("upcoming[0].box", equalTo(1))
			.body("upcoming[0].dueAt", equalTo(startOfDay(day, 3 + 1)));

		as(newCandidate()).get("/api/me/practice-plan").then().body("due", hasSize(0)).body("upcoming", hasSize(0));
	}

	@Test
	void planNeedsSigningIn() {
		io.restassured.RestAssured.given()
			.get("/api/me/practice-plan")
			.then()
			.statusCode(401)
			.contentType("application/problem+json");
	}

	private void drill(String user, String scenario, String evaluationAnswer) {
		int id = as(user).body("""
				{"scenarioId": "%s", "steps": ["evaluation"]}""".formatted(scenario))
			.post("/api/interviews")
			.then()
			.statusCode(201)
			.extract()
			.path("id");
		as(user).body("{\"text\": " + JsonMapper.shared().writeValueAsString(evaluationAnswer) + ", \"version\": 0}")
			.put("/api/interviews/" + id + "/answers/evaluation")
			.then()
			.statusCode(200);
		as(user).post("/api/interviews/" + id + "/submit").then().statusCode(202);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> as(user).get("/api/interviews/" + id + "/feedback").then().body("status", equalTo("GRADED")));
	}

	private String reference(String scenario) {
		return asAdmin().get("/api/admin/scenarios/" + scenario)
			.then()
			.statusCode(200)
			.extract()
			.path("steps.evaluation.referenceAnswer");
	}

	private static String startOfDay(Instant day, int plusDays) {
		return day.plus(Duration.ofDays(plusDays)).truncatedTo(java.time.temporal.ChronoUnit.DAYS).toString();
	}

}
