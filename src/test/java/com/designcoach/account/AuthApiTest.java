package com.designcoach.account;

import com.designcoach.ApiTestSupport;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

class AuthApiTest extends ApiTestSupport {

	@Test
	void registersACandidateWithANormalisedName() {
		String name = "Case." + Long.toString(System.nanoTime(), 36);
		given().contentType(ContentType.JSON)
			.body("""
					{"username": "%s", "password": "%s"}""".formatted(name, PASSWORD))
			.post("/api/auth/register")
			.then()
			.statusCode(201)
			.body("username", equalTo(name.toLowerCase()))
			.body("roles", equalTo(java.util.List.of("CANDIDATE")));
		given().contentType(ContentType.JSON)
			.body("""
					{"username": "%s", "password": "%s"}""".formatted(name.toUpperCase(), PASSWORD))
			.post("/api/auth/register")
			.then()
			.statusCode(409);
	}

	@Test
	void refusesBadNamesAndShortPasswords() {
		given().contentType(ContentType.JSON)
			.body("""
					{"username": "a!", "password": "short"}""")
			.post("/api/auth/register")
			.then()
			.statusCode(400)
			.body("errors.field", org.hamcrest.Matchers.hasItems("username", "password"));
	}

	@Test
	void browserSignsInWithSessionCookieAndCsrfToken() {
		String user = newCandidate();
		CookieFilter cookies = new CookieFilter();
		String token = given().filter(cookies).get("/api/me").then().statusCode(401).extract().cookie("XSRF-TOKEN");
		assertThat(token).isNotBlank();

		given().filter(cookies)
			.contentType(ContentType.JSON)
			.body(credentials(user, PASSWORD))
			.post("/api/auth/login")
			.then()
			.statusCode(403)
			.contentType("application/problem+json");

		Response login = given().filter(cookies)
			.contentType(ContentType.JSON)
			.header("X-XSRF-TOKEN", token)
			.body(credentials(user, PASSWORD))
			.post("/api/auth/login");
		login.then()
			.statusCode(200)
			.body("username", equalTo(user))
			.body("roles", equalTo(java.util.List.of("CANDIDATE")));
		assertThat(login.getDetailedCookie("SESSION_ID").isHttpOnly()).isTrue();
		assertThat(login.getDetailedCookie("SESSION_ID").getSameSite()).isEqualToIgnoringCase("Lax");

		// Every response carries the CSRF cookie, unchanged while the browser holds it.
		given().filter(cookies)
			.get("/api/me")
			.then()
			.statusCode(200)
			.body("username", equalTo(user))
			.cookie("XSRF-TOKEN", token);

		given().filter(cookies).post("/api/auth/logout").then().statusCode(403);
		given().filter(cookies).header("X-XSRF-TOKEN", token).post("/api/auth/logout").then().statusCode(204);
		given().filter(cookies).get("/api/me").then().statusCode(401);
	}

	@Test
	void wrongPasswordIsAProblemWithoutBasicChallenge() {
		String user = newCandidate();
		CookieFilter cookies = new CookieFilter();
		String token = given().filter(cookies).get("/api/me").then().extract().cookie("XSRF-TOKEN");
		given().filter(cookies)
			.contentType(ContentType.JSON)
			.header("X-XSRF-TOKEN", token)
			.body(credentials(user, "wrong-password-123"))
			.post("/api/auth/login")
			.then()
			.statusCode(401)
			.contentType("application/problem+json")
			.header("WWW-Authenticate", nullValue());
		given().auth()
			.preemptive()
			.basic(user, "wrong-password-123")
			.get("/api/me")
			.then()
			.statusCode(401)
			.header("WWW-Authenticate", nullValue());
	}

	@Test
	void basicAuthNeedsNoCsrfTokenAndCreatesNoSession() {
		String user = newCandidate();
		Response response = as(user).get("/api/me");
		response.then().statusCode(200).body("username", equalTo(user));
		assertThat(response.getCookie("SESSION_ID")).isNull();
		as(user).post("/api/auth/logout").then().statusCode(204);
	}

	@Test
	void aPairOverItsLimitIsRefusedWithoutCheckingThePassword() {
		String user = newCandidate();
		for (int i = 0; i < 5; i++) {
			given().auth().preemptive().basic(user, "guess-number-" + i).get("/api/me").then().statusCode(401);
		}
		// The contract changed: from this address even the right password now waits out
		// the window.
		as(user).get("/api/me")
			.then()
			.statusCode(429)
			.header("Retry-After", org.hamcrest.Matchers.notNullValue())
			.contentType("application/problem+json");
	}

	@Test
	void adminHasBothRoles() {
		asAdmin().get("/api/me").then().statusCode(200).body("roles", equalTo(java.util.List.of("ADMIN", "CANDIDATE")));
	}

	@Test
	void changingThePasswordEndsEveryOtherSessionAndKeepsThisBrowserSignedIn() {
		String user = newCandidate();
		CookieFilter here = new CookieFilter();
		CookieFilter elsewhere = new CookieFilter();
		String token = browserSignIn(user, PASSWORD, here);
		browserSignIn(user, PASSWORD, elsewhere);
		String newPassword = "a-brand-new-passphrase";

		given().filter(here)
			.contentType(ContentType.JSON)
			.body(change("not-my-password", newPassword))
			.put("/api/me/password")
			.then()
			.statusCode(403); // no CSRF token
		given().filter(here)
			.contentType(ContentType.JSON)
			.header("X-XSRF-TOKEN", token)
			.body(change("not-my-password", newPassword))
			.put("/api/me/password")
			.then()
			.statusCode(400)
			.body("errors.field", org.hamcrest.Matchers.contains("currentPassword"));
		given().filter(here)
			.contentType(ContentType.JSON)
			.header("X-XSRF-TOKEN", token)
			.body(change(PASSWORD, "short"))
			.put("/api/me/password")
			.then()
			.statusCode(400)
			.body("errors.field", org.hamcrest.Matchers.contains("newPassword"));

		given().filter(here)
			.contentType(ContentType.JSON)
			.header("X-XSRF-TOKEN", token)
			.body(change(PASSWORD, newPassword))
			.put("/api/me/password")
			.then()
			.statusCode(204)
			.cookie("SESSION_ID", org.hamcrest.Matchers.notNullValue());
		given().filter(here).get("/api/me").then().statusCode(200).body("username", equalTo(user));
		given().filter(elsewhere).get("/api/me").then().statusCode(401);
		given().auth().preemptive().basic(user, PASSWORD).get("/api/me").then().statusCode(401);
		given().auth().preemptive().basic(user, newPassword).get("/api/me").then().statusCode(200);
	}

	/**
	 * A stolen session is no way to guess the password: wrong current passwords count
	 * against the sign-in throttle (they used to be rolled back with the change's
	 * transaction), and past the pair's limit the change answers 429 unchecked.
	 */
	@Test
	void wrongCurrentPasswordsAreCountedAndThrottled() {
		String user = newCandidate();
		CookieFilter cookies = new CookieFilter();
		String token = browserSignIn(user, PASSWORD, cookies);
		for (int i = 0; i < 5; i++) {
			given().filter(cookies)
				.contentType(ContentType.JSON)
				.header("X-XSRF-TOKEN", token)
				.body(change("wrong-guess-" + i, "a-brand-new-passphrase"))
				.put("/api/me/password")
				.then()
				.statusCode(400);
		}
		// Even the right current password now waits out the window from this address.
		given().filter(cookies)
			.contentType(ContentType.JSON)
			.header("X-XSRF-TOKEN", token)
			.body(change(PASSWORD, "a-brand-new-passphrase"))
			.put("/api/me/password")
			.then()
			.statusCode(429)
			.header("Retry-After", org.hamcrest.Matchers.notNullValue())
			.contentType("application/problem+json");
		given().auth().preemptive().basic(user, PASSWORD).get("/api/me").then().statusCode(429);
	}

	private static String change(String current, String next) {
		return "{\"currentPassword\": \"" + current + "\", \"newPassword\": \"" + next + "\"}";
	}

}
