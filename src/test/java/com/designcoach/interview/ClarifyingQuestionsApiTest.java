package com.designcoach.interview;

import java.time.Duration;

import com.designcoach.ApiTestSupport;
import com.designcoach.judge.ClarifyingAnswer;
import com.designcoach.scenario.ScenarioDocuments;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Step 1 as a dialogue: the candidate asks, the offline interviewer answers from the
 * facts.
 */
class ClarifyingQuestionsApiTest extends ApiTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String LATENCY_FACT = "A complete answer within 800 ms at p95; the first token within 300 ms.";

	private static final String SCALE_FACT = "About 2 million daily active users, with peaks at 3x the average.";

	private String scenarioWithFacts() {
		String slug = uniqueSlug("facts");
		String document = ScenarioDocuments.valid(slug).replaceFirst("\\}\\s*$", """
				, "facts": [
				  {"text": "%s", "keywords": ["latency", "p95", "response time"]},
				  {"text": "%s", "keywords": ["users", "DAU", "traffic", "scale"]},
				  {"text": "只需支持中文和英文。", "keywords": ["语言", "language"]}
				]}""".formatted(LATENCY_FACT, SCALE_FACT));
		asAdmin().body(document).post("/api/admin/scenarios").then().statusCode(201);
		return slug;
	}

	private int start(String user, String slug) {
		return as(user).body("""
				{"scenarioId": "%s"}""".formatted(slug))
			.post("/api/interviews")
			.then()
			.statusCode(201)
			.body("questions", hasSize(0))
			.extract()
			.path("id");
	}

	private static String ask(String question) {
		return "{\"question\": \"" + question + "\"}";
	}

	@Test
	void factsAreHiddenInPracticeAndCarriedByTheAdminViewAndExport() {
		String slug = scenarioWithFacts();
		String user = newCandidate();
		as(user).get("/api/scenarios/" + slug).then().statusCode(200).body("$", not(hasKey("facts")));
		asAdmin().get("/api/admin/scenarios/" + slug)
			.then()
			.statusCode(200)
			.body("facts", hasSize(3))
			.body("facts[0].text", equalTo(LATENCY_FACT));
		asAdmin().get("/api/admin/scenarios/export")
			.then()
			.statusCode(200)
			.body("find { it.slug == '" + slug + "' }.facts[1].text", equalTo(SCALE_FACT));
	}

	@Test
	void importCarriesFactsAndAReferenceDiagramUnchanged() {
		String slug = uniqueSlug("import-facts");
		ObjectNode document = (ObjectNode) JSON.readTree(ScenarioDocuments.valid(slug));
		ArrayNode facts = document.putArray("facts");
		facts.addObject().put("text", LATENCY_FACT).putArray("keywords").add("latency").add("p95");
		facts.addObject().put("text", SCALE_FACT).putArray("keywords").add("users").add("DAU").add("traffic");
		facts.addObject().put("text", "只需支持中文和英文。").putArray("keywords").add("语言").add("language");
		String diagram = "flowchart LR\n  U[Client] -->|POST /chat| G[API gateway]\n  G --> R[(Vector index)]\n"
				+ "  G -.->|fallback| S[Search results]";
		((ObjectNode) document.path("steps").path("system-design")).put("referenceDiagram", diagram);

		asAdmin().body("[" + JSON.writeValueAsString(document) + "]")
			.post("/api/admin/scenarios/import")
			.then()
			.statusCode(200)
			.body("created", equalTo(1))
			.body("updated", equalTo(0));

		JsonNode stored = JSON
			.readTree(asAdmin().get("/api/admin/scenarios/" + slug).then().statusCode(200).extract().asString());
		assertThat(stored.path("facts")).isEqualTo(facts);
		assertThat(stored.path("steps").path("system-design").path("referenceDiagram").asString()).isEqualTo(diagram);
		assertThat(stored.path("steps").path("framing").has("referenceDiagram")).isFalse();
	}

	@Test
	void importRejectsFactsOverTheLimitsWithTheirPaths() {
		String slug = uniqueSlug("bad-facts");
		String document = ScenarioDocuments.valid(slug).replaceFirst("\\}\\s*$", """
				, "facts": [{"text": "", "keywords": ["scale"]}, {"text": "Fine.", "keywords": []}]}""");
		asAdmin().body("[" + document + "]")
			.post("/api/admin/scenarios/import")
			.then()
			.statusCode(400)
			.body("errors.field", hasItem("[0].facts[0].text"))
			.body("errors.field", hasItem("[0].facts[1].keywords"));
		asAdmin().get("/api/admin/scenarios/" + slug).then().statusCode(404);
	}

	@Test
	void answersAQuestionFromAFactAndAnotherAsNotSpecified() {
		String slug = scenarioWithFacts();
		String user = newCandidate();
		int id = start(user, slug);
		String path = "/api/interviews/" + id + "/questions";

		as(user).body(ask("What p95 latency should an answer meet?"))
			.post(path)
			.then()
			.statusCode(201)
			.body("id", notNullValue())
			.body("question", equalTo("What p95 latency should an answer meet?"))
			.body("answer", equalTo(LATENCY_FACT))
			.body("grounded", equalTo(true))
			.body("askedAt", notNullValue());
		as(user).body(ask("How many users do we have each day?"))
			.post(path)
			.then()
			.statusCode(201)
			.body("answer", equalTo(SCALE_FACT))
			.body("grounded", equalTo(true));
		as(user).body(ask("What colour should the logo be?"))
			.post(path)
			.then()
			.statusCode(201)
			.body("answer", equalTo(ClarifyingAnswer.NOT_SPECIFIED))
			.body("grounded", equalTo(false));
		as(user).body(ask("需要支持哪些语言？"))
			.post(path)
			.then()
			.statusCode(201)
			.body("answer", equalTo("只需支持中文和英文。"))
			.body("grounded", equalTo(true));

		as(user).get("/api/interviews/" + id)
			.then()
			.statusCode(200)
			.body("questions", hasSize(4))
			.body("questions[0].question", equalTo("What p95 latency should an answer meet?"))
			.body("questions[0].grounded", equalTo(true))
			.body("questions[2].answer", equalTo(ClarifyingAnswer.NOT_SPECIFIED));
	}

	@Test
	void rejectsBlankTooLongAndOthersInterviews() {
		String slug = scenarioWithFacts();
		String user = newCandidate();
		int id = start(user, slug);
		String path = "/api/interviews/" + id + "/questions";
		as(user).body(ask("   "))
			.post(path)
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("errors[0].field", equalTo("question"));
		as(user).body("{}").post(path).then().statusCode(400);
		as(user).body(ask("问".repeat(1_001)))
			.post(path)
			.then()
			.statusCode(400)
			.body("errors[0].field", equalTo("question"));
		as(user).body(ask("问".repeat(1_000))).post(path).then().statusCode(201);
		as(user).body("[1]").post(path).then().statusCode(400);
		as(user).body("{\"question\": \"a\\u0000b\"}").post(path).then().statusCode(400);
		as(newCandidate()).body(ask("What latency?")).post(path).then().statusCode(404);
		as(user).body(ask("What latency?")).post("/api/interviews/99999999999/questions").then().statusCode(404);
		as(user).body(ask("What latency?")).post("/api/interviews/abc/questions").then().statusCode(404);
	}

	@Test
	void limitsQuestionsPerInterviewAndClosesThemAtSubmit() {
		String slug = scenarioWithFacts();
		String user = newCandidate();
		int id = start(user, slug);
		String path = "/api/interviews/" + id + "/questions";
		for (int i = 0; i < 20; i++) {
			as(user).body(ask("Question " + i + " about the p95 latency?")).post(path).then().statusCode(201);
		}
		as(user).body(ask("One more about users?"))
			.post(path)
			.then()
			.statusCode(429)
			.contentType("application/problem+json");
		as(user).get("/api/interviews/" + id).then().body("questions", hasSize(20));

		int other = start(user, slug);
		as(user).post("/api/interviews/" + other + "/submit").then().statusCode(202);
		as(user).body(ask("What latency?")).post("/api/interviews/" + other + "/questions").then().statusCode(409);
	}

	@Test
	void theClarifyingStepIsGradedOnTheQuestionsAndTheFeedbackShowsTheFacts() {
		String slug = scenarioWithFacts();
		String user = newCandidate();
		int id = start(user, slug);
		String question = "What p95 latency target must a response meet?";
		as(user).body(ask(question)).post("/api/interviews/" + id + "/questions").then().statusCode(201);
		as(user).post("/api/interviews/" + id + "/submit").then().statusCode(202);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> as(user).get("/api/interviews/" + id + "/feedback").then().body("status", equalTo("GRADED")));
		as(user).get("/api/interviews/" + id + "/feedback")
			.then()
			.statusCode(200)
			.body("facts", hasSize(3))
			.body("facts[0].text", equalTo(LATENCY_FACT))
			.body("steps[0].key", equalTo("clarifying-requirements"))
			.body("steps[0].coveredKeyPoints", hasItem("States a p95 latency target for clarifying-requirements"))
			.body("steps[0].evidence", hasItem(question))
			.body("steps[1].coveredKeyPoints", hasSize(0));
	}

}
