package com.designcoach.interview;

import com.designcoach.ApiTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

/**
 * The per-interview limit on questions to the interviewer comes from
 * {@code app.interview.questions-per-interview}: here 3 instead of the default 20. Its
 * own context, since the property differs from every other test's.
 */
@TestPropertySource(properties = "app.interview.questions-per-interview=3")
class InterviewQuestionsLimitApiTest extends ApiTestSupport {

	@Test
	void theFourthQuestionIsRefusedWhenTheLimitIsThree() {
		String user = newCandidate();
		int id = startInterview(user, "rag-internal-docs-chatbot");
		String path = "/api/interviews/" + id + "/questions";
		for (int i = 1; i <= 3; i++) {
			as(user).body("""
					{"question": "Question %d: how many employees use it?"}""".formatted(i))
				.post(path)
				.then()
				.statusCode(201);
		}
		as(user).body("""
				{"question": "And what latency is expected?"}""")
			.post(path)
			.then()
			.statusCode(429)
			.contentType("application/problem+json")
			.body("detail", containsString("its 3 questions"));
		as(user).get("/api/interviews/" + id).then().statusCode(200).body("questions", hasSize(3));
	}

}
