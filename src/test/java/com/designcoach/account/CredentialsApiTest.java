package com.designcoach.account;

import java.util.List;

import com.designcoach.ApiTestSupport;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Credentials from outside: every allowed password works, names are validated before any
 * work, reserved names stay reserved, a Basic header is never helped by a cookie, and the
 * client's address comes from the socket unless a trusted proxy says otherwise.
 */
class CredentialsApiTest extends ApiTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyAllowedPasswordRegistersSignsInAndChanges() {
		String ascii = "p".repeat(128);
		String chinese = "我的密码很长而且安全不会被猜到因为它有足够多的汉字组成真的很长";
		String emoji = "\uD83D\uDD11".repeat(128); // 128 code points, 256 UTF-16 units,
													// 512 UTF-8 bytes
		assertThat(chinese.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
		for (String password : List.of(ascii, chinese, emoji)) {
			String user = "pw-" + Long.toString(System.nanoTime(), 36);
			given().contentType(ContentType.JSON)
				.body(credentials(user, password))
				.post("/api/auth/register")
				.then()
				.statusCode(201);
			given().header("Authorization", basic(user, password)).get("/api/me").then().statusCode(200);
			CookieFilter cookies = new CookieFilter();
			String token = browserSignIn(user, password, cookies);
			String next = password.substring(0, password.length() - 4) + "xy";
			given().filter(cookies)
				.contentType(ContentType.JSON)
				.header("X-XSRF-TOKEN", token)
				.body("{\"currentPassword\": \"" + password + "\", \"newPassword\": \"" + next + "\"}")
				.put("/api/me/password")
				.then()
				.statusCode(204);
			given().header("Authorization", basic(user, next)).get("/api/me").then().statusCode(200);
		}
		String tooLong = "p".repeat(129);
		given().contentType(ContentType.JSON)
			.body(credentials("pw-long-" + System.nanoTime() % 100000, tooLong))
			.post("/api/auth/register")
			.then()
			.statusCode(400)
			.body("errors.field", equalTo(List.of("password")));
	}

	@Test
	void aBcryptHashStillVerifiesAndIsUpgradedOnSignIn() {
		String user = "legacy-" + Long.toString(System.nanoTime(), 36);
		String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
		jdbc.sql("INSERT INTO app_user (username, password_hash, roles, created_at) VALUES (?, ?, 'CANDIDATE', now())")
			.params(user, bcrypt)
			.update();
		as(user).get("/api/me").then().statusCode(200);
		String upgraded = jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?")
			.param(user)
			.query(String.class)
			.single();
		assertThat(upgraded).startsWith("{argon2}");
		as(user).get("/api/me").then().statusCode(200);
		given().auth().preemptive().basic(user, "not-the-password").get("/api/me").then().statusCode(401);
	}

	@Test
	void reservedNamesCannotBeRegistered() {
		for (String name : List.of("admin", "Admin", "root", "administrator", "admin2", "r.o.o.t", "superuser")) {
			given().contentType(ContentType.JSON)
				.body(credentials(name, PASSWORD))
				.post("/api/auth/register")
				.then()
				.statusCode(400)
				.contentType("application/problem+json")
				.body("errors.field", equalTo(List.of("username")));
		}
		asAdmin().get("/api/me").then().statusCode(200).body("username", equalTo("admin"));
	}

	@Test
	void aNameThatCannotExistIsRefusedAtOnceAndLeavesNothingBehind() {
		int countersBefore = counters();
		// 1.9 MB of name: refused, and no counter keeps it (that is what used to fill the
		// heap).
		timeLogin("x".repeat(1_900_000), PASSWORD, 401);
		long malformedMillis = Long.MAX_VALUE;
		long hugePasswordMillis = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			malformedMillis = Math.min(malformedMillis, timeLogin("Not A Name!" + i, PASSWORD, 401));
			hugePasswordMillis = Math.min(hugePasswordMillis, timeLogin("nobody-here", "p".repeat(10_000), 401));
		}
		long unknownMillis = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			unknownMillis = Math.min(unknownMillis, timeLogin("nobody-" + System.nanoTime(), "wrong-password-1", 401));
		}
		// A malformed name costs no hash: never slower than a well-formed unknown one
		// (which
		// Spring hashes anyway, so an unknown name is as slow as a real one).
		assertThat(malformedMillis).isLessThanOrEqualTo(unknownMillis + 20);
		assertThat(hugePasswordMillis).isLessThanOrEqualTo(unknownMillis + 20);
		// ... and the three well-formed unknowns were counted, the malformed ones not.
		assertThat(counters() - countersBefore).isLessThanOrEqualTo(3 * 3);
		assertThat(jdbc.sql("SELECT count(*) FROM auth_counter WHERE length(key) > 200").query(Integer.class).single())
			.isZero();
	}

	@Test
	void aBasicHeaderAuthenticatesAloneWhateverCookieComesWithIt() {
		String user = newCandidate();
		CookieFilter cookies = new CookieFilter();
		String token = browserSignIn(user, PASSWORD, cookies);
		String start = "{\"scenarioId\": \"llm-semantic-cache\"}";
		// A wrong Basic password with a valid session cookie and no CSRF token: refused.
		given().filter(cookies)
			.auth()
			.preemptive()
			.basic(user, "wrong-password-here")
			.contentType(ContentType.JSON)
			.body(start)
			.post("/api/interviews")
			.then()
			.statusCode(401)
			.contentType("application/problem+json");
		// The same with the CSRF token too: still the header alone decides.
		given().filter(cookies)
			.header("X-XSRF-TOKEN", token)
			.auth()
			.preemptive()
			.basic(user, "wrong-password-here")
			.contentType(ContentType.JSON)
			.body(start)
			.post("/api/interviews")
			.then()
			.statusCode(401);
		// The cookie alone needs the token.
		given().filter(cookies)
			.contentType(ContentType.JSON)
			.body(start)
			.post("/api/interviews")
			.then()
			.statusCode(403);
		given().filter(cookies)
			.header("X-XSRF-TOKEN", token)
			.contentType(ContentType.JSON)
			.body(start)
			.post("/api/interviews")
			.then()
			.statusCode(201);
		// Basic with the right password needs no token, cookie or not.
		given().filter(cookies)
			.auth()
			.preemptive()
			.basic(user, PASSWORD)
			.contentType(ContentType.JSON)
			.body(start)
			.post("/api/interviews")
			.then()
			.statusCode(201);
	}

	@Test
	void forwardedHeadersFromAnUntrustedPeerAreIgnored() {
		String user = newCandidate();
		for (int i = 0; i < 5; i++) {
			given().header("X-Forwarded-For", "203.0.113." + i)
				.auth()
				.preemptive()
				.basic(user, "guess-" + i)
				.get("/api/me")
				.then()
				.statusCode(401);
		}
		// Five failures from this socket's address, whatever the header said: the pair is
		// at its limit.
		given().header("X-Forwarded-For", "198.51.100.7")
			.auth()
			.preemptive()
			.basic(user, PASSWORD)
			.get("/api/me")
			.then()
			.statusCode(429)
			.header("Retry-After", notNullValue());
		int spoofed = jdbc.sql("SELECT count(*) FROM auth_counter WHERE key LIKE '%203.0.113.%'")
			.query(Integer.class)
			.single();
		assertThat(spoofed).isZero();
	}

	@Test
	void healthDetailsAreForAdminsOnly() {
		given().get("/actuator/health").then().statusCode(200).body(equalTo("{\"status\":\"UP\"}"));
		as(newCandidate()).get("/actuator/health")
			.then()
			.statusCode(200)
			.body("$", org.hamcrest.Matchers.not(hasKey("components")));
		asAdmin().get("/actuator/health").then().statusCode(200).body("components", hasKey("db"));
	}

	/**
	 * Spring hashes a stand-in password for an unknown name, so a well-formed name that
	 * does not exist costs about what a wrong password for a real account costs: the
	 * answer time tells nobody which names exist. Medians of several tries, and a
	 * generous bound, so a busy machine does not make it flaky.
	 */
	@Test
	void anUnknownNameTakesAboutAsLongAsAWrongPassword() {
		String user = newCandidate();
		List<Long> known = new java.util.ArrayList<>();
		List<Long> unknown = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) { // five: the pair's limit, so all are checked
			known.add(timeLogin(user, "wrong-password-" + i, 401));
			unknown.add(timeLogin("nobody-" + Long.toString(System.nanoTime(), 36), "wrong-password-" + i, 401));
		}
		long knownMedian = median(known);
		long unknownMedian = median(unknown);
		assertThat(unknownMedian).as("unknown %s vs known %s", unknown, known)
			.isGreaterThanOrEqualTo(knownMedian / 2)
			.isLessThanOrEqualTo(knownMedian * 2 + 100);
	}

	@Test
	void signInOverItsLimitIsAProblemWithRetryAfter() {
		String user = newCandidate();
		for (int i = 0; i < 5; i++) {
			timeLogin(user, "wrong-password-" + i, 401);
		}
		CookieFilter cookies = new CookieFilter();
		String token = given().filter(cookies).get("/api/me").then().extract().cookie("XSRF-TOKEN");
		given().filter(cookies)
			.header("X-XSRF-TOKEN", token)
			.contentType(ContentType.JSON)
			.body(credentials(user, PASSWORD))
			.post("/api/auth/login")
			.then()
			.statusCode(429)
			.contentType("application/problem+json")
			.header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
			.body("status", equalTo(429))
			.body("title", notNullValue());
	}

	/**
	 * A 128-code-point Chinese APP_ADMIN_PASSWORD (384 UTF-8 bytes, far past bcrypt's 72)
	 * starts the service, on its own database, and the admin signs in with it.
	 */
	@Test
	void theServiceStartsWithALongChineseAdminPassword(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dataDir) {
		String password = "管理员的密码很长而且安全不会被猜到因为它有足够多的汉字组成".repeat(5).substring(0, 128);
		assertThat(password.codePointCount(0, password.length())).isEqualTo(128);
		try (var app = new org.springframework.boot.builder.SpringApplicationBuilder(
				com.designcoach.DesignCoachApplication.class)
			.run("--server.port=0", "--app.data-dir=" + dataDir, "--app.admin-password=" + password)) {
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			given().port(port)
				.header("Authorization", basic("admin", password))
				.get("/api/me")
				.then()
				.statusCode(200)
				.body("roles", equalTo(List.of("ADMIN", "CANDIDATE")));
			given().port(port)
				.header("Authorization", basic("admin", password.substring(1)))
				.get("/api/me")
				.then()
				.statusCode(401);
		}
	}

	/**
	 * Each health component (db, the judge, ...) is a path of its own; anonymous callers
	 * and candidates learn nothing from it beyond, at most, a status.
	 */
	@Test
	void healthComponentsShowNoDetailsToAnyoneButAdmins() {
		java.util.Map<String, Object> components = asAdmin().get("/actuator/health")
			.then()
			.statusCode(200)
			.extract()
			.path("components");
		assertThat(components).containsKey("db");
		String candidate = newCandidate();
		for (String component : components.keySet()) {
			for (var caller : List.of(given(), as(candidate))) {
				var response = caller.get("/actuator/health/" + component);
				assertThat(response.statusCode()).as(component).isIn(200, 404);
				if (response.statusCode() == 200) {
					assertThat(response.asString()).as(component).matches("\\{\"status\":\"[A-Z_]+\"\\}");
				}
				else {
					assertThat(response.asString()).as(component)
						.doesNotContain("details")
						.doesNotContain("components");
				}
			}
		}
		asAdmin().get("/actuator/health/db").then().statusCode(200).body("details", notNullValue());
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	/**
	 * RestAssured encodes Basic credentials in ISO-8859-1; the service reads UTF-8, as
	 * browsers send.
	 */
	private static String basic(String user, String password) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private long timeLogin(String username, String password, int status) {
		CookieFilter cookies = new CookieFilter();
		String token = given().filter(cookies).get("/api/me").then().extract().cookie("XSRF-TOKEN");
		String body = credentials(username, password);
		long start = System.nanoTime();
		given().filter(cookies)
			.header("X-XSRF-TOKEN", token)
			.contentType(ContentType.JSON)
			.body(body)
			.post("/api/auth/login")
			.then()
			.statusCode(status)
			.contentType("application/problem+json");
		return (System.nanoTime() - start) / 1_000_000;
	}

	private int counters() {
		return jdbc.sql("SELECT count(*) FROM auth_counter").query(Integer.class).single();
	}

}
