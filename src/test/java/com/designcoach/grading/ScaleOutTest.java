package com.designcoach.grading;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two service instances, one PostgreSQL: both take grading jobs from the shared queue,
 * none is graded twice, and when one instance is killed the other finishes everything. A
 * browser session made on one instance works on the other, and signing out on one ends it
 * on both.
 */
class ScaleOutTest {

	/**
	 * The contract's longest password (128 code points), over bcrypt's 72 bytes: the
	 * service must start with it.
	 */
	private static final String ADMIN_PASSWORD = "scale-admin-" + "x".repeat(116);

	@TempDir
	Path logs;

	@Test
	void twoInstancesShareTheQueueAndSessions() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			String[] shared = { "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
					"--spring.profiles.active=slow-judge", "--slow-judge.millis=150", "--app.judge.concurrency=1",
					"--app.grading.lease=3s", "--app.grading.poll-interval=100ms",
					"--app.admin-password=" + ADMIN_PASSWORD };
			try (ServiceProcess a = ServiceProcess.start(logs.resolve("a.log"), shared);
					ServiceProcess b = ServiceProcess.start(logs.resolve("b.log"), shared)) {
				String user = "scale-" + System.nanoTime();
				api(a.port).contentType(ContentType.JSON)
					.body("{\"username\": \"" + user + "\", \"password\": \"scale-password\"}")
					.post("/api/auth/register")
					.then()
					.statusCode(201);

				// Both instances start with a 128-character admin password, and it works
				// on each.
				api(a.port).auth().preemptive().basic("admin", ADMIN_PASSWORD).get("/api/me").then().statusCode(200);
				api(b.port).auth().preemptive().basic("admin", ADMIN_PASSWORD).get("/api/me").then().statusCode(200);

				// Sign-in failures are counted in PostgreSQL: three on a and two on b
				// reach the pair's limit.
				String target = "scale-target-" + System.nanoTime();
				api(a.port).contentType(ContentType.JSON)
					.body("{\"username\": \"" + target + "\", \"password\": \"scale-password\"}")
					.post("/api/auth/register")
					.then()
					.statusCode(201);
				for (int i = 0; i < 5; i++) {
					api(i < 3 ? a.port : b.port).auth()
						.preemptive()
						.basic(target, "wrong-guess-" + i)
						.get("/api/me")
						.then()
						.statusCode(401);
				}
				as(a.port, target).get("/api/me").then().statusCode(429);
				as(b.port, target).get("/api/me").then().statusCode(429);

				CookieFilter cookies = new CookieFilter();
				String token = api(a.port).filter(cookies).get("/api/me").then().extract().cookie("XSRF-TOKEN");
				String session = api(a.port).filter(cookies)
					.contentType(ContentType.JSON)
					.header("X-XSRF-TOKEN", token)
					.body("{\"username\": \"" + user + "\", \"password\": \"scale-password\"}")
					.post("/api/auth/login")
					.then()
					.statusCode(200)
					.extract()
					.cookie("SESSION_ID");
				api(b.port).filter(cookies).get("/api/me").then().statusCode(200);
				// Signing out on one instance ends the session on the other within a
				// poll.
				api(b.port).filter(cookies)
					.header("X-XSRF-TOKEN", token)
					.post("/api/auth/logout")
					.then()
					.statusCode(204);
				await().atMost(Duration.ofSeconds(5))
					.untilAsserted(
							() -> api(a.port).cookie("SESSION_ID", session).get("/api/me").then().statusCode(401));

				List<Integer> ids = new ArrayList<>();
				for (int i = 0; i < 12; i++) {
					int id = as(a.port, user).body("{\"scenarioId\": \"llm-semantic-cache\"}")
						.post("/api/interviews")
						.then()
						.statusCode(201)
						.extract()
						.path("id");
					as(a.port, user)
						.body("{\"text\": \"A semantic cache with a similarity threshold of 0.92.\", \"version\": 0}")
						.put("/api/interviews/" + id + "/answers/framing")
						.then()
						.statusCode(200);
					as(a.port, user).post("/api/interviews/" + id + "/submit").then().statusCode(202);
					ids.add(id);
				}
				JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
				await().atMost(Duration.ofSeconds(60))
					.until(() -> jdbc.sql("select count(distinct graded_by) from grading where graded_by is not null")
						.query(Integer.class)
						.single() >= 2);
				b.kill();

				await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
					for (int id : ids) {
						as(a.port, user).get("/api/interviews/" + id)
							.then()
							.body("status", org.hamcrest.Matchers.equalTo("GRADED"));
					}
				});
				List<Map<String, Object>> perInterview = jdbc.sql("""
						select g.interview_id, count(distinct g.id) as gradings, count(s.id) as steps
						from grading g join step_grade s on s.grading_id = g.id group by g.interview_id""")
					.query()
					.listOfRows();
				assertThat(perInterview).hasSize(ids.size());
				assertThat(perInterview).allSatisfy(row -> {
					assertThat(((Number) row.get("gradings")).intValue()).isEqualTo(1);
					assertThat(((Number) row.get("steps")).intValue()).isEqualTo(7);
				});
				List<String> graders = jdbc.sql("select distinct graded_by from grading").query(String.class).list();
				System.out.println("scale-out: gradings per instance "
						+ jdbc.sql("select graded_by, count(*) from grading group by graded_by").query().listOfRows());
				assertThat(graders).hasSizeGreaterThanOrEqualTo(2);
			}
		}
	}

	private static RequestSpecification api(int port) {
		return given().port(port).baseUri("http://localhost");
	}

	private static RequestSpecification as(int port, String user) {
		return api(port).auth().preemptive().basic(user, "scale-password").contentType(ContentType.JSON);
	}

}
