package com.designcoach.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.designcoach.ApiTestSupport;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every endpoint with a corpus of bad input (bodies, path segments, query values)
 * and holds each answer to a 4xx problem document, then checks that nothing was stored:
 * the row counts, the caller's interview and the scenario are as they were.
 *
 * <p>
 * Requests go out as raw bytes through {@link HttpClient}, so invalid UTF-8 and
 * percent-encoded NULs and surrogates reach the service exactly as an attacker sends
 * them. They are authenticated by browser sessions, so the walk costs no password hash
 * per request.
 */
class BadInputCorpusTest extends ApiTestSupport {

	/** Path segments that name nothing: every shape of id, and bytes that are no text. */
	private static final List<String> IDS = List.of("0", "-1", "99999999999999999999999", "1e5", "abc", "%00", "a%00b",
			"%ED%A0%80", "%C3%28", "%FF", "%F0%9F%98%80", "%20", "..%2F..", "%252e", "x".repeat(300), "1;x=y",
			"%E2%80%AE", "null", "%5B%5D");

	private static final String DEEP = "[".repeat(5000) + "]".repeat(5000);

	/** Bodies that are not what any endpoint takes, as bytes on the wire. */
	private static final List<byte[]> BODIES = List.of(bytes(""), bytes("null"), bytes("[]"), bytes("42"),
			bytes("\"text\""), bytes("{"), bytes(DEEP),
			bytes("{\"a\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3001)),
			bytes("{\"text\": \"a\\u0000b\", \"version\": 0, \"username\": \"a\\u0000b\", \"password\": \"p\\u0000ssword-12\"}"),
			bytes("{\"text\": \"\\ud800\", \"version\": 0, \"question\": \"\\udfff?\", \"username\": \"\\ud800abc\", "
					+ "\"password\": \"\\ud800\\ud800\\ud800\\ud800\\ud800\\ud800\\ud800\\ud800\\ud800\\ud800\"}"),
			new byte[] { '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' },
			new byte[] { '{', '"', 'u', 's', 'e', 'r', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"',
					'}' },
			bytes("{\"version\": 1e400, \"text\": 1, \"samples\": 99999999999999999999, \"scenarioId\": 1e400}"),
			bytes("{\"version\": -99999999999999999999, \"scenarioId\": {\"a\": 1}, \"steps\": 7, \"scenarios\": \"x\"}"),
			bytes("{\"version\": \"1\", \"text\": [\"a\"], \"scenarioId\": [], \"steps\": [null, 5, \"nope\"]}"),
			bytes("{\"text\": null, \"version\": null, \"username\": null, \"password\": null, \"scenarioId\": null}"),
			bytes("[{}, null, 1, \"x\", [" + "[".repeat(100) + "]".repeat(100) + "]]"),
			bytes("{\"slug\": 5, \"steps\": {\"evaluation\": 1}, \"tags\": {}, \"durationMinutes\": 1e400}"));

	/**
	 * The judge report's fields are all optional and unknown fields are ignored, so most
	 * generic bodies (and an empty or null one) are a valid request to it; it gets the
	 * malformed ones and its own.
	 */
	private static final List<byte[]> REPORT_BODIES = Stream.concat(BODIES.subList(2, 7).stream(),
			Stream.of(bytes("{\"samples\": \"x\"}"), bytes("{\"samples\": 1e400}"), bytes("{\"samples\": 0}"),
					bytes("{\"samples\": 99999999999999999999}"), bytes("{\"scenarios\": \"x\"}"),
					bytes("{\"scenarios\": [null]}"), bytes("{\"scenarios\": [\"\\u0000\"]}"),
					bytes("{\"scenarios\": [\"\\ud800\"]}"), bytes("{\"scenarios\": [\"no-such-scenario\"]}"),
					bytes("{\"scenarios\": [{\"a\": 1}]}")))
		.toList();

	/** Query values that are not text: refused (4xx) wherever they are sent. */
	private static final List<String> NOT_TEXT = List.of("%00", "a%00", "%ED%A0%80", "%C3%28", "%FF");

	/**
	 * Query values that are text, only odd: a list may ignore them (an unknown parameter)
	 * or match nothing with them; an endpoint that parses the value must refuse them.
	 */
	private static final List<String> ODD_TEXT = List.of("x".repeat(5000), "%E2%80%AE", "1e400", "-1");

	private record Endpoint(String method, String template, boolean admin) {

		String path(String id) {
			return template.replace("{id}", id).replace("{step}", "framing");
		}

	}

	private static final List<Endpoint> ENDPOINTS = List.of(new Endpoint("POST", "/api/auth/register", false),
			new Endpoint("POST", "/api/auth/login", false), new Endpoint("POST", "/api/auth/logout", false),
			new Endpoint("PUT", "/api/me/password", false), new Endpoint("GET", "/api/me", false),
			new Endpoint("GET", "/api/framework", false), new Endpoint("GET", "/api/scenarios", false),
			new Endpoint("GET", "/api/scenarios/{id}", false), new Endpoint("POST", "/api/interviews", false),
			new Endpoint("GET", "/api/interviews", false), new Endpoint("GET", "/api/interviews/{id}", false),
			new Endpoint("DELETE", "/api/interviews/{id}", false),
			new Endpoint("PUT", "/api/interviews/{id}/answers/{step}", false),
			new Endpoint("POST", "/api/interviews/{id}/answers/{step}/follow-up", false),
			new Endpoint("PUT", "/api/interviews/{id}/answers/{step}/follow-up", false),
			new Endpoint("POST", "/api/interviews/{id}/submit", false),
			new Endpoint("GET", "/api/interviews/{id}/feedback", false),
			new Endpoint("GET", "/api/interviews/{id}/gradings", false),
			new Endpoint("GET", "/api/interviews/{id}/events", false),
			new Endpoint("POST", "/api/interviews/{id}/regrade", false),
			new Endpoint("POST", "/api/admin/scenarios", true), new Endpoint("GET", "/api/admin/scenarios/{id}", true),
			new Endpoint("PUT", "/api/admin/scenarios/{id}", true),
			new Endpoint("DELETE", "/api/admin/scenarios/{id}", true),
			new Endpoint("POST", "/api/admin/scenarios/{id}/restore", true),
			new Endpoint("GET", "/api/admin/scenarios/{id}/versions", true),
			new Endpoint("POST", "/api/admin/scenarios/{id}/calibrate", true),
			new Endpoint("POST", "/api/admin/scenarios/import", true),
			new Endpoint("GET", "/api/admin/scenarios/export", true),
			new Endpoint("POST", "/api/admin/judge-reports", true),
			new Endpoint("GET", "/api/admin/judge-reports", true),
			new Endpoint("GET", "/api/admin/judge-reports/{id}", true),
			new Endpoint("POST", "/api/interviews/{id}/questions", false),
			new Endpoint("GET", "/api/me/practice-plan", false), new Endpoint("GET", "/api/admin/scenarios", true));

	/**
	 * The only answers to bad input that may be 2xx, each for its reason; every other
	 * answer must be a 4xx problem document. Lists (GETs without an id) may also answer
	 * 2xx to a query that is text, see {@link #ODD_TEXT}.
	 */
	private static final java.util.Set<String> MAY_SUCCEED = java.util.Set.of(
			// Signing out reads no body: whatever is sent, the session ends.
			"POST /api/auth/logout");

	private static final java.util.Set<String> IGNORE_BODY = java.util.Set.of("POST /api/interviews/{id}/submit",
			"POST /api/interviews/{id}/regrade", "POST /api/interviews/{id}/answers/{step}/follow-up",
			"POST /api/admin/scenarios/{id}/restore", "POST /api/admin/scenarios/{id}/calibrate");

	private static final List<String> TABLES = List.of("app_user", "scenario", "scenario_version", "interview",
			"interview_answer", "interview_question", "grading", "judge_report");

	@Autowired
	JdbcClient jdbc;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@TestFactory
	Stream<DynamicTest> everyEndpointAnswersBadInputWithAProblemAndStoresNothing() {
		return Stream.of(DynamicTest.dynamicTest("the whole corpus", this::walk));
	}

	private void walk() throws Exception {
		Session candidate = signIn(newCandidate(), PASSWORD);
		Session admin = signIn("admin", ADMIN_PASSWORD);
		int interview = given().cookie("SESSION_ID", candidate.session)
			.cookie("XSRF-TOKEN", candidate.csrf)
			.header("X-XSRF-TOKEN", candidate.csrf)
			.contentType(ContentType.JSON)
			.body("{\"scenarioId\": \"llm-semantic-cache\"}")
			.post("/api/interviews")
			.then()
			.statusCode(201)
			.extract()
			.path("id");
		String ownInterview = get(candidate, "/api/interviews/" + interview);
		String scenario = get(admin, "/api/admin/scenarios/llm-semantic-cache");
		Session leaving = signIn(newCandidate(), PASSWORD);
		Map<String, Integer> before = counts();

		List<String> failures = new ArrayList<>();
		for (Endpoint endpoint : ENDPOINTS) {
			// Signing out ends a session; it gets one of its own so the walk's sessions
			// last.
			Session who = endpoint.template.equals("/api/auth/logout") ? leaving : endpoint.admin ? admin : candidate;
			String name = endpoint.method + " " + endpoint.template;
			boolean maySucceed = MAY_SUCCEED.contains(name);
			if (endpoint.template.contains("{id}")) {
				for (String id : IDS) {
					check(failures, who, endpoint.method, endpoint.path(id), bytes("{}"), maySucceed);
				}
			}
			else if (endpoint.method.equals("GET")) {
				for (String value : NOT_TEXT) {
					check(failures, who, "GET", endpoint.template + "?" + value + "=" + value, null, false);
				}
				for (String value : ODD_TEXT) {
					check(failures, who, "GET", endpoint.template + "?" + value + "=" + value, null, true);
				}
			}
			// Endpoints that read no body would just do their job with the real id
			// (submit,
			// regrade, ...); they get the id walk only.
			boolean takesBody = !endpoint.method.equals("GET") && !endpoint.method.equals("DELETE")
					&& !IGNORE_BODY.contains(name);
			if (takesBody) {
				String real = endpoint.template.contains("/api/interviews/") ? String.valueOf(interview)
						: "llm-semantic-cache";
				for (byte[] body : endpoint.template.equals("/api/admin/judge-reports") ? REPORT_BODIES : BODIES) {
					check(failures, who, endpoint.method, endpoint.path(real), body, maySucceed);
				}
			}
		}
		for (String value : NOT_TEXT) {
			for (String name : List.of("q", "category", "difficulty")) {
				check(failures, candidate, "GET", "/api/scenarios?" + name + "=" + value, null, false);
			}
			check(failures, admin, "POST", "/api/admin/scenarios/import?upsert=" + value, bytes("[]"), false);
		}
		for (String value : ODD_TEXT) {
			for (String name : List.of("q", "category", "difficulty")) {
				// A filter that matches nothing is an empty list.
				check(failures, candidate, "GET", "/api/scenarios?" + name + "=" + value, null, true);
			}
			check(failures, admin, "POST", "/api/admin/scenarios/import?upsert=" + value, bytes("[]"), false);
		}
		assertThat(failures).isEmpty();
		assertThat(counts()).isEqualTo(before);
		assertThat(get(candidate, "/api/interviews/" + interview)).isEqualTo(ownInterview);
		assertThat(get(admin, "/api/admin/scenarios/llm-semantic-cache")).isEqualTo(scenario);
	}

	/**
	 * Bad input answers a 4xx problem document; 2xx only where {@code maySucceed} (the
	 * input is harmless to that endpoint: a body on logout, a query that matches
	 * nothing), and even then it stores nothing, which the counts check. No 3xx, no 5xx,
	 * ever.
	 */
	private void check(List<String> failures, Session who, String method, String path, byte[] body, boolean maySucceed)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(20))
			.header("Cookie", "SESSION_ID=" + who.session + "; XSRF-TOKEN=" + who.csrf)
			.header("X-XSRF-TOKEN", who.csrf)
			.header("Content-Type", "application/json")
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (path.endsWith("/events") || path.contains("/events?")) {
			request.header("Accept", "text/event-stream");
		}
		HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		int status = response.statusCode();
		String type = response.headers().firstValue("Content-Type").orElse("");
		String what = method + " " + abbreviate(path) + " "
				+ abbreviate(body == null ? "" : new String(body, StandardCharsets.UTF_8));
		if (status < 400 && !(maySucceed && status < 300)) {
			failures.add(what + " -> " + status + " accepted: " + abbreviate(response.body()));
		}
		else if (status >= 500) {
			failures.add(what + " -> " + status + " " + abbreviate(response.body()));
		}
		else if (status >= 400 && (!type.startsWith("application/problem+json")
				|| !response.body().contains("\"status\":" + status))) {
			failures
				.add(what + " -> " + status + " not a problem document: " + type + " " + abbreviate(response.body()));
		}
		else if (status >= 400 && (response.body().contains("Exception") || response.body().contains("com.designcoach")
				|| response.body().contains("SQL"))) {
			failures.add(what + " -> " + status + " leaks internals: " + abbreviate(response.body()));
		}
	}

	private Map<String, Integer> counts() {
		Map<String, Integer> counts = new java.util.TreeMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single());
		}
		return counts;
	}

	private String get(Session who, String path) {
		return given().cookie("SESSION_ID", who.session).get(path).then().statusCode(200).extract().asString();
	}

	private record Session(String session, String csrf) {
	}

	private Session signIn(String user, String password) {
		var first = given().get("/api/me");
		String csrf = first.cookie("XSRF-TOKEN");
		String session = given().cookie("XSRF-TOKEN", csrf)
			.header("X-XSRF-TOKEN", csrf)
			.contentType(ContentType.JSON)
			.body("{\"username\": \"" + user + "\", \"password\": \"" + password + "\"}")
			.post("/api/auth/login")
			.then()
			.statusCode(200)
			.extract()
			.cookie("SESSION_ID");
		return new Session(session, csrf);
	}

	private static String abbreviate(String text) {
		return text.length() > 120 ? text.substring(0, 120) + "..." : text;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
