package com.designcoach.judge;

import java.time.Duration;
import java.util.List;

import com.designcoach.ApiTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A grading keeps the judge version it was made with: moving the offline judge to a new
 * version relabels no earlier grading, and a regrade is the new version's.
 */
class EarlierJudgeVersionTest extends ApiTestSupport {

	private static final String EARLIER = "offline-coverage-2";

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aGradingMadeByAnEarlierJudgeVersionKeepsThatVersion() {
		String user = newCandidate();
		int id = startInterview(user, "rag-internal-docs-chatbot");
		as(user)
			.body("""
					{"text": "About 20,000 employees, p95 under 2 s, answers cite their source documents.", "version": 0}""")
			.put("/api/interviews/" + id + "/answers/clarifying-requirements")
			.then()
			.statusCode(200);
		as(user).post("/api/interviews/" + id + "/submit").then().statusCode(202);
		awaitAttempt(user, id, 1);
		// As a grading stored before the judge moved to offline-coverage-3 reads.
		jdbc.update("update grading set judge_model = ?, prompt_version = '2' where interview_id = ? and attempt = 1",
				EARLIER, id);

		as(user).get("/api/interviews/" + id + "/feedback")
			.then()
			.statusCode(200)
			.body("attempt", equalTo(1))
			.body("judge.kind", equalTo("offline"))
			.body("judge.model", equalTo(EARLIER));

		as(user).post("/api/interviews/" + id + "/regrade").then().statusCode(202);
		awaitAttempt(user, id, 2);
		as(user).get("/api/interviews/" + id + "/feedback")
			.then()
			.body("judge.model", equalTo(OfflineJudge.INFO.model()));
		as(user).get("/api/interviews/" + id + "/gradings")
			.then()
			.statusCode(200)
			.body("attempt", equalTo(List.of(2, 1)))
			.body("judge.model", equalTo(List.of(OfflineJudge.INFO.model(), EARLIER)));
	}

	private void awaitAttempt(String user, int id, int attempt) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> as(user).get("/api/interviews/" + id + "/feedback")
				.then()
				.statusCode(200)
				.body("status", equalTo("GRADED"))
				.body("attempt", equalTo(attempt)));
	}

}
