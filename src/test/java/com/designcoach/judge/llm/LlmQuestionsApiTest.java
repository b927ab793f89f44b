package com.designcoach.judge.llm;

import com.designcoach.ApiTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Questions to an interviewer on a model (a fake OpenAI-compatible server): answered with
 * the chosen fact's text, and each one taken from the daily allowance of model calls,
 * which a grading then finds spent.
 */
@TestPropertySource(properties = { "app.judge.provider=openai", "app.judge.openai.model=fake-judge",
		"app.judge.openai.api-key=sk-test", "app.judge.max-retries=0", "app.judge.timeout=5s",
		"app.grading.daily-quota=1" })
class LlmQuestionsApiTest extends ApiTestSupport {

	private static final FakeModelServer server = FakeModelServer.started();

	@DynamicPropertySource
	static void judgeServer(DynamicPropertyRegistry registry) {
		registry.add("app.judge.openai.base-url", server::baseUrl);
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void questionsToTheModelAreAnsweredFromAFactAndCountInTheDailyAllowance() {
		server.grader = body -> "{\"reasoning\": \"scale\", \"fact\": 1}";
		String user = newCandidate();
		int id = as(user).body("""
				{"scenarioId": "rag-internal-docs-chatbot"}""")
			.post("/api/interviews")
			.then()
			.statusCode(201)
			.extract()
			.path("id");
		String path = "/api/interviews/" + id + "/questions";
		// a quota of one grading is seven model calls
		for (int i = 0; i < 7; i++) {
			as(user).body("{\"question\": \"How many people will use it? (" + i + ")\"}")
				.post(path)
				.then()
				.statusCode(201)
				.body("grounded", equalTo(true))
				.body("answer", startsWith("About 20,000 employees"));
		}
		as(user).body("{\"question\": \"And the latency?\"}")
			.post(path)
			.then()
			.statusCode(429)
			.contentType("application/problem+json");
		as(user).post("/api/interviews/" + id + "/submit").then().statusCode(429);
		as(user).get("/api/interviews/" + id)
			.then()
			.body("questions.size()", equalTo(7))
			.body("status", equalTo("IN_PROGRESS"));
	}

}
