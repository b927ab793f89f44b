package com.designcoach.interview;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.designcoach.ApiTestSupport;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * A whole mock interview over HTTP against a real PostgreSQL, graded by the offline
 * judge.
 */
class InterviewApiTest extends ApiTestSupport {

	private static final String CLARIFYING = "I would first pin down the users and scale: about 20,000 employees, "
			+ "with a p95 latency target under 2 seconds for an answer. Access control matters because documents "
			+ "carry ACL permissions, so retrieval must filter by the asking user's groups. "
			+ "We also need citations so people can check the source document.";

	@Test
	void candidatePractisesAWholeInterviewAndGetsEvidenceBackedFeedback() throws Exception {
		String user = newCandidate();
		ValidatableResponse started = as(user).body("""
				{"scenarioId": "rag-internal-docs-chatbot"}""")
			.post("/api/interviews")
			.then()
			.statusCode(201)
			.body("status", equalTo("IN_PROGRESS"))
			.body("steps", hasSize(7))
			.body("steps[0].key", equalTo("clarifying-requirements"))
			.body("steps.version", everyItem(equalTo(0)))
			.body("deadline", notNullValue())
			.body("scenario.slug", equalTo("rag-internal-docs-chatbot"));
		int id = started.extract().path("id");

		as(user).body(save(CLARIFYING, 0))
			.put("/api/interviews/" + id + "/answers/clarifying-requirements")
			.then()
			.statusCode(200)
			.body("version", equalTo(1))
			.body("key", equalTo("clarifying-requirements"));
		as(user).body(save("An older tab writes this", 0))
			.put("/api/interviews/" + id + "/answers/clarifying-requirements")
			.then()
			.statusCode(409)
			.contentType("application/problem+json");
		as(user).body(save("x".repeat(20_001), 1))
			.put("/api/interviews/" + id + "/answers/framing")
			.then()
			.statusCode(413);
		as(user).body(save("连续批处理".repeat(4_000), 0))
			.put("/api/interviews/" + id + "/answers/framing")
			.then()
			.statusCode(200);
		as(user).get("/api/interviews/" + id)
			.then()
			.statusCode(200)
			.body("steps[0].text", equalTo(CLARIFYING))
			.body("steps[0].version", equalTo(1))
			.body("steps[1].version", equalTo(1));

		String question = as(user).post("/api/interviews/" + id + "/answers/evaluation/follow-up")
			.then()
			.statusCode(200)
			.body("question", notNullValue())
			.extract()
			.path("question");
		as(user)
			.body("""
					{"text": "I would measure recall@k on a golden set of 300 questions and faithfulness with an LLM judge."}""")
			.put("/api/interviews/" + id + "/answers/evaluation/follow-up")
			.then()
			.statusCode(200);
		as(user).get("/api/interviews/" + id)
			.then()
			.body("steps.find { it.key == 'evaluation' }.followUp.question", equalTo(question))
			.body("steps.find { it.key == 'evaluation' }.version", equalTo(0));

		as(user).get("/api/interviews/" + id + "/feedback").then().statusCode(409);
		as(user).post("/api/interviews/" + id + "/submit").then().statusCode(202).body("status", equalTo("GRADING"));
		as(user).body(save("too late", 1))
			.put("/api/interviews/" + id + "/answers/clarifying-requirements")
			.then()
			.statusCode(409);

		List<String> events = readEvents(user, id);
		assertThat(events.stream().filter(e -> e.startsWith("event:progress")).count()).isEqualTo(7);
		assertThat(events.get(events.size() - 1)).contains("event:done").contains("GRADED");

		as(user).get("/api/interviews/" + id + "/feedback")
			.then()
			.statusCode(200)
			.body("status", equalTo("GRADED"))
			.body("judge.kind", equalTo("offline"))
			.body("judge.model", equalTo("offline-coverage-3"))
			.body("overallScore", notNullValue())
			.body("verdict", notNullValue())
			.body("steps", hasSize(7))
			.body("steps[0].evidence", hasItem(org.hamcrest.Matchers.containsString("p95 latency target")))
			.body("steps[0].score", org.hamcrest.Matchers.greaterThanOrEqualTo(2))
			.body("steps[0].referenceAnswer", notNullValue())
			.body("steps.find { it.key == 'data-preparation' }.score", equalTo(1))
			.body("steps.find { it.key == 'data-preparation' }.evidence", hasSize(0));
		as(user).get("/api/interviews")
			.then()
			.statusCode(200)
			.body("[0].id", equalTo(id))
			.body("[0].overallScore", notNullValue());

		as(user).post("/api/interviews/" + id + "/regrade").then().statusCode(202);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> as(user).get("/api/interviews/" + id + "/feedback")
				.then()
				.body("status", equalTo("GRADED"))
				.body("attempt", equalTo(2)));
		as(user).get("/api/interviews/" + id + "/gradings").then().body("attempt", equalTo(List.of(2, 1)));
	}

	@Test
	void anotherUsersInterviewIsNotFoundOnEveryEndpoint() {
		String owner = newCandidate();
		int id = as(owner).body("""
				{"scenarioId": "llm-serving-billion-users"}""")
			.post("/api/interviews")
			.then()
			.statusCode(201)
			.extract()
			.path("id");
		String stranger = newCandidate();
		String path = "/api/interviews/" + id;
		as(stranger).get(path).then().statusCode(404);
		as(stranger).body(save("mine now", 0)).put(path + "/answers/framing").then().statusCode(404);
		as(stranger).post(path + "/answers/framing/follow-up").then().statusCode(404);
		as(stranger).body("{\"text\": \"reply\"}").put(path + "/answers/framing/follow-up").then().statusCode(404);
		as(stranger).post(path + "/submit").then().statusCode(404);
		as(stranger).delete(path).then().statusCode(404);
		as(owner).post(path + "/submit").then().statusCode(202);
		as(stranger).get(path + "/feedback").then().statusCode(404);
		as(stranger).get(path + "/events").then().statusCode(404);
		as(stranger).post(path + "/regrade").then().statusCode(404);
		as(stranger).get(path + "/gradings").then().statusCode(404);
		asAdmin().get(path).then().statusCode(404);
		as(stranger).get("/api/interviews").then().body("id", org.hamcrest.Matchers.not(hasItem(id)));
	}

	@Test
	void unsubmittedInterviewsCanBeDiscardedAndEmptyOnesStillGrade() {
		String user = newCandidate();
		int discarded = startInterview(user, "vector-database-hnsw");
		as(user).delete("/api/interviews/" + discarded).then().statusCode(204);
		as(user).get("/api/interviews/" + discarded).then().statusCode(404);

		int empty = startInterview(user, "vector-database-hnsw");
		as(user).post("/api/interviews/" + empty + "/submit").then().statusCode(202);
		as(user).delete("/api/interviews/" + empty).then().statusCode(409);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> as(user).get("/api/interviews/" + empty + "/feedback")
				.then()
				.body("status", equalTo("GRADED"))
				.body("overallScore", equalTo(0))
				.body("verdict", equalTo("NO_HIRE"))
				.body("steps.score", everyItem(equalTo(1))));
		as(user).get("/api/interviews/" + empty)
			.then()
			.body("overtime", equalTo(false))
			.body("submittedAt", notNullValue());
		as(user).body("{\"scenarioId\": \"no-such-scenario\"}").post("/api/interviews").then().statusCode(404);
		as(user).get("/api/interviews/not-a-number").then().statusCode(404).body("overallScore", nullValue());
	}

	private List<String> readEvents(String user, int id) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/interviews/" + id + "/events"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.timeout(Duration.ofSeconds(30))
			.build();
		HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
		List<String> events = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			StringBuilder event = new StringBuilder();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isEmpty()) {
					if (!event.isEmpty()) {
						events.add(event.toString());
					}
					event.setLength(0);
				}
				else if (!line.startsWith(":")) {
					event.append(line.replace(": ", ":").replace("event: ", "event:"));
				}
			}
		}
		return events;
	}

	private static String save(String text, int version) {
		return "{\"text\": \"" + text + "\", \"version\": " + version + "}";
	}

}
