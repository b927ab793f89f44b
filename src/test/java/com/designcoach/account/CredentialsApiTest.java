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
