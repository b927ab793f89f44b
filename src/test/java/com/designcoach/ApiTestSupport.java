package com.designcoach;

import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static io.restassured.RestAssured.given;

/**
 * Full-stack tests over real HTTP against a real PostgreSQL. All share one application
 * context (same properties), so each test makes its own users and scenarios.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.admin-password=" + ApiTestSupport.ADMIN_PASSWORD,
				"app.login.max-failures-per-address=100000", "app.registration.per-address=1000000" })
@Import(PostgresTestConfiguration.class)
public abstract class ApiTestSupport {

	public static final String ADMIN_PASSWORD = "admin-password-for-tests";

	public static final String PASSWORD = "correct-horse-battery";

	private static final AtomicInteger users = new AtomicInteger();

	@LocalServerPort
	protected int port;

	@BeforeEach
	void pointRestAssuredAtServer() {
		RestAssured.port = port;
	}

	protected RequestSpecification asAdmin() {
		return given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON);
	}

	protected RequestSpecification as(String username) {
		return given().auth().preemptive().basic(username, PASSWORD).contentType(ContentType.JSON);
	}

	/** Registers a fresh candidate and answers its name. */
	protected String newCandidate() {
		String username = "user-" + ProcessHandle.current().pid() + "-" + users.incrementAndGet();
		given().contentType(ContentType.JSON)
			.body(credentials(username, PASSWORD))
			.post("/api/auth/register")
			.then()
			.statusCode(201);
		return username;
	}

	/** The body of a sign-in or registration. */
	protected static String credentials(String username, String password) {
		return """
				{"username": "%s", "password": "%s"}""".formatted(username, password);
	}

	/**
	 * Signs in as the browser does (CSRF token from a first request, then the login), the
	 * session cookie kept in {@code cookies}; answers the CSRF token for later writes.
	 */
	protected String browserSignIn(String user, String password, CookieFilter cookies) {
		String token = given().filter(cookies).get("/api/me").then().extract().cookie("XSRF-TOKEN");
		given().filter(cookies)
			.contentType(ContentType.JSON)
			.header("X-XSRF-TOKEN", token)
			.body(credentials(user, password))
			.post("/api/auth/login")
			.then()
			.statusCode(200);
		return token;
	}

	/** Starts an interview on a scenario (id or slug) as this user and answers its id. */
	protected int startInterview(String username, String scenario) {
		return as(username).body("""
				{"scenarioId": "%s"}""".formatted(scenario))
			.post("/api/interviews")
			.then()
			.statusCode(201)
			.extract()
			.path("id");
	}

	protected static String uniqueSlug(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36);
	}

}
