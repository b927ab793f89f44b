package com.designcoach.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.designcoach.ApiTestSupport;
import com.designcoach.scenario.ScenarioDocuments;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The OWASP API Security Top 10 items that apply here, each shown closed. Object-level
 * authorization (another user's interview on every endpoint) is in InterviewApiTest, the
 * sign-in rate limit in AuthApiTest, the LLM grading quota in LlmGradingApiTest.
 */
class ApiSecurityTest extends ApiTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void functionLevelAuthorizationEveryAdminEndpointRefusesCandidates() {
		String user = newCandidate();
		String doc = ScenarioDocuments.valid(uniqueSlug("nope"));
		String base = "/api/admin/scenarios";
		String one = base + "/rag-internal-docs-chatbot";
		List<Response> responses = List.of(as(user).get(base), as(user).body(doc).post(base), as(user).get(one),
				as(user).body(doc).put(one), as(user).delete(one), as(user).post(one + "/restore"),
				as(user).get(one + "/versions"), as(user).post(one + "/calibrate"),
				as(user).body("[" + doc + "]").post(base + "/import"), as(user).get(base + "/export"),
				as(user).get("/actuator/prometheus"));
		responses.forEach(response -> response.then().statusCode(403).contentType("application/problem+json"));
		asAdmin().get(one).then().statusCode(200).body("archived", equalTo(false));
	}

	@Test
	void massAssignmentIsIgnored() {
		String name = "mass-" + Long.toString(System.nanoTime(), 36);
		given().contentType(ContentType.JSON)
			.body("{\"username\": \"" + name + "\", \"password\": \"" + PASSWORD + "\", \"roles\": [\"ADMIN\"]}")
			.post("/api/auth/register")
			.then()
			.statusCode(201)
			.body("roles", equalTo(List.of("CANDIDATE")));
		as(name).get("/api/admin/scenarios").then().statusCode(403);

		int id = as(name)
			.body("{\"scenarioId\": \"rag-internal-docs-chatbot\", \"status\": \"GRADED\", "
					+ "\"overallScore\": 100, \"userId\": 1}")
			.post("/api/interviews")
			.then()
			.statusCode(201)
			.body("status", equalTo("IN_PROGRESS"))
			.extract()
			.path("id");
		as(name).body("{\"text\": \"an answer\", \"version\": 0, \"score\": 5, \"status\": \"GRADED\"}")
			.put("/api/interviews/" + id + "/answers/framing")
			.then()
			.statusCode(200);
		as(name).get("/api/interviews/" + id)
			.then()
			.body("status", equalTo("IN_PROGRESS"))
			.body("overallScore", equalTo(null));
	}

	@Test
	void unrestrictedResourceConsumptionIsBounded() {
		String user = newCandidate();
		int id = startInterview(user, "rag-internal-docs-chatbot");
		as(user).body("{\"text\": \"" + "a".repeat(20_001) + "\", \"version\": 0}")
			.put("/api/interviews/" + id + "/answers/framing")
			.then()
			.statusCode(413);
		as(user).body("{\"text\": \"" + "a".repeat(3 * 1024 * 1024) + "\", \"version\": 0}")
			.put("/api/interviews/" + id + "/answers/framing")
			.then()
			.statusCode(413);
		as(user).get("/api/interviews/" + id)
			.then()
			.body("steps[1].version", equalTo(0))
			.body("steps[1].text", equalTo(""));
	}

	@Test
	void responsesCarrySecurityHeadersAndARequestId() {
		Response page = given().get("/");
		page.then()
			.statusCode(200)
			.header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
			.header("Content-Security-Policy", containsString("script-src 'self'"))
			.header("X-Content-Type-Options", "nosniff")
			.header("Referrer-Policy", "strict-origin-when-cross-origin")
			.header("X-Frame-Options", "DENY")
			.header("X-Request-Id", notNullValue());
		given().header("X-Request-Id", "trace-12345678").get("/api/me").then().header("X-Request-Id", "trace-12345678");
	}

	@Test
	void browserSessionCookiesAreSignedAndEndAtSignOut() {
		String user = newCandidate();
		CookieFilter cookies = new CookieFilter();
		String token = given().filter(cookies).get("/api/me").then().extract().cookie("XSRF-TOKEN");
		Response login = given().filter(cookies)
			.contentType(ContentType.JSON)
			.header("X-XSRF-TOKEN", token)
			.body("{\"username\": \"" + user + "\", \"password\": \"" + PASSWORD + "\"}")
			.post("/api/auth/login");
		login.then().statusCode(200);
		assertThat(login.getDetailedCookie("SESSION_ID").isHttpOnly()).isTrue();
		String session = login.getCookie("SESSION_ID");
		given().cookie("SESSION_ID", session).get("/api/me").then().statusCode(200).body("username", equalTo(user));

		// Claiming another role or another name breaks the signature.
		String payload = session.substring(0, session.indexOf('.'));
		String signature = session.substring(session.indexOf('.'));
		String fields = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
		for (String forged : List.of(fields.replace("|CANDIDATE|", "|ADMIN,CANDIDATE|"),
				fields.replace(user, "admin"))) {
			String cookie = Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + signature;
			given().cookie("SESSION_ID", cookie).get("/api/admin/scenarios").then().statusCode(401);
		}
		given().cookie("SESSION_ID", "not-a-session").get("/api/me").then().statusCode(401);

		// After sign-out a copy of the cookie is refused too, not only forgotten by the
		// browser.
		given().filter(cookies)
			.header("X-XSRF-TOKEN", token)
			.post("/api/auth/logout")
			.then()
			.statusCode(204)
			.header("Set-Cookie", containsString("Max-Age=0"));
		given().cookie("SESSION_ID", session).get("/api/me").then().statusCode(401);
		assertThat(jdbc.sql("select count(*) from revoked_session").query(Integer.class).single()).isPositive();
	}

	@Test
	void prometheusShowsGradingMetricsToAdmins() {
		// A request timer exists once a request has finished; do not rely on earlier
		// tests.
		asAdmin().get("/api/framework").then().statusCode(200);
		asAdmin().get("/actuator/prometheus")
			.then()
			.statusCode(200)
			.body(containsString("grading_queue_open"))
			.body(containsString("grading_queue_oldest_age_seconds"))
			.body(containsString("http_server_requests_seconds"));
	}

}
