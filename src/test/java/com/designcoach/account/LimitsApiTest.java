package com.designcoach.account;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.designcoach.ApiTestSupport;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The limits, seen from many addresses: the test client is the trusted proxy here, so
 * each {@code X-Forwarded-For} is a different client to the service.
 */
@TestPropertySource(properties = { "app.http.trusted-proxies=127.0.0.1, ::1", "app.registration.per-address=3",
		"app.login.max-failures-per-address=8", "app.login.max-failures-per-account=3",
		"app.login.account-delay-max=1s", "app.grading.events-per-user=2", "app.grading.events-max=3" })
class LimitsApiTest extends ApiTestSupport {

	private static final AtomicInteger addresses = new AtomicInteger();

	/**
	 * Where this class's plain requests come from. Counters live in the shared database,
	 * and 127.0.0.1 has failed sign-ins of every other test class behind it.
	 */
	private static final String OWN_ADDRESS = freshAddress();

	@Override
	protected RequestSpecification as(String username) {
		return super.as(username).header("X-Forwarded-For", OWN_ADDRESS);
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPairOverItsLimitIsRefusedThereButTheOwnerGetsInFromElsewhere() {
		String here = freshAddress();
		String user = register(freshAddress());
		for (int i = 0; i < 5; i++) {
			from(here).auth().preemptive().basic(user, "guess-" + i).get("/api/me").then().statusCode(401);
		}
		from(here).auth()
			.preemptive()
			.basic(user, PASSWORD)
			.get("/api/me")
			.then()
			.statusCode(429)
			.header("Retry-After", notNullValue())
			.contentType("application/problem+json");
		from(here).auth().preemptive().basic(user, "guess-again").get("/api/me").then().statusCode(429);
		from(freshAddress()).auth().preemptive().basic(user, PASSWORD).get("/api/me").then().statusCode(200);
		// A refused attempt is not a checked one: it added nothing to the counts.
		assertThat(count("pair:" + user + "|" + here)).isEqualTo(5);
	}

	/**
	 * A proxy appends the address it saw, so only the right end of
	 * {@code X-Forwarded-For} is written by a trusted proxy; whatever the client put on
	 * the left is its own choice and must not name the counters.
	 */
	@Test
	void theClientAddressIsTakenFromTheRightOfTheForwardedChain() {
		String here = freshAddress();
		String user = register(freshAddress());
		for (int i = 0; i < 5; i++) {
			// A different spoofed client each time; the fourth also passes another
			// trusted
			// proxy (127.0.0.1) on its way, which is skipped as a hop.
			String chain = "6.6.6." + i + ", " + here + (i == 3 ? ", 127.0.0.1" : "");
			given().header("X-Forwarded-For", chain)
				.auth()
				.preemptive()
				.basic(user, "guess-" + i)
				.get("/api/me")
				.then()
				.statusCode(401);
		}
		given().header("X-Forwarded-For", "6.6.6.99, " + here)
			.auth()
			.preemptive()
			.basic(user, PASSWORD)
			.get("/api/me")
			.then()
			.statusCode(429)
			.header("Retry-After", notNullValue());
		// Two headers read as one list, left to right: the address is still the last.
		given().header("X-Forwarded-For", "6.6.6.98")
			.header("X-Forwarded-For", here)
			.auth()
			.preemptive()
			.basic(user, PASSWORD)
			.get("/api/me")
			.then()
			.statusCode(429);
		assertThat(count("pair:" + user + "|" + here)).isEqualTo(5);
		assertThat(
				jdbc.sql("SELECT count(*) FROM auth_counter WHERE key LIKE '%6.6.6.%'").query(Integer.class).single())
			.isZero();
		from(freshAddress()).auth().preemptive().basic(user, PASSWORD).get("/api/me").then().statusCode(200);
	}

	@Test
	void anAddressOverItsLimitIsRefusedForEveryAccount() {
		String here = freshAddress();
		String victim = register(freshAddress());
		for (int i = 0; i < 8; i++) {
			from(here).auth()
				.preemptive()
				.basic("someone-" + i + "-" + here.replace('.', '-'), "guess-password")
				.get("/api/me")
				.then()
				.statusCode(401);
		}
		from(here).auth()
			.preemptive()
			.basic(victim, PASSWORD)
			.get("/api/me")
			.then()
			.statusCode(429)
			.header("Retry-After", notNullValue());
		from(freshAddress()).auth().preemptive().basic(victim, PASSWORD).get("/api/me").then().statusCode(200);
	}

	/**
	 * One subscriber holds a whole IPv6 /64: a fresh address from it for every guess is
	 * still the same origin to the per-address limit.
	 */
	@Test
	void addressesOfOneIpv6NetworkShareTheirLimit() {
		int n = addresses.incrementAndGet() + (int) (ProcessHandle.current().pid() % 1000) * 10_000;
		String network = "2001:db8:" + Integer.toHexString((n >> 16) & 0xffff) + ":" + Integer.toHexString(n & 0xffff)
				+ "::";
		String victim = register(freshAddress());
		for (int i = 0; i < 8; i++) {
			from(network + Integer.toHexString(i + 1)).auth()
				.preemptive()
				.basic("someone-" + i + "-" + n, "guess-password")
				.get("/api/me")
				.then()
				.statusCode(401);
		}
		from(network + "beef").auth()
			.preemptive()
			.basic(victim, PASSWORD)
			.get("/api/me")
			.then()
			.statusCode(429)
			.header("Retry-After", notNullValue());
		from(freshAddress()).auth().preemptive().basic(victim, PASSWORD).get("/api/me").then().statusCode(200);
	}

	@Test
	void failuresForOneAccountFromManyAddressesSlowItsSignInsButNeverLockItsOwnerOut() {
		String user = register(freshAddress());
		long fresh = millis(() -> from(freshAddress()).auth()
			.preemptive()
			.basic(user, PASSWORD)
			.get("/api/me")
			.then()
			.statusCode(200));
		for (int i = 0; i < 6; i++) {
			from(freshAddress()).auth()
				.preemptive()
				.basic(user, "distributed-" + i)
				.get("/api/me")
				.then()
				.statusCode(401);
		}
		// Six failures, three over the account's limit: each check now waits the ceiling
		// (1 s here).
		long slowed = millis(() -> from(freshAddress()).auth()
			.preemptive()
			.basic(user, PASSWORD)
			.get("/api/me")
			.then()
			.statusCode(200));
		assertThat(slowed).isGreaterThanOrEqualTo(1000).isGreaterThan(fresh);
	}

	/**
	 * A distributed guesser sends its guesses for one account from many addresses at
	 * once. The account's delay is a queue of slots shared by every request (and
	 * instance), so the guesses are checked one delay apart or refused, never all at
	 * once.
	 */
	@Test
	void parallelGuessesFromManyAddressesQueueForTheAccountsDelay() throws Exception {
		String user = register(freshAddress());
		for (int i = 0; i < 6; i++) {
			from(freshAddress()).auth()
				.preemptive()
				.basic(user, "distributed-" + i)
				.get("/api/me")
				.then()
				.statusCode(401);
		}
		// Each check now waits the ceiling (1 s here); at most two ceilings may queue.
		int guesses = 6;
		HttpClient client = HttpClient.newHttpClient();
		long start = System.nanoTime();
		List<java.util.concurrent.CompletableFuture<long[]>> answers = new ArrayList<>();
		for (int i = 0; i < guesses; i++) {
			HttpRequest guess = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
				.header("X-Forwarded-For", freshAddress())
				.header("Authorization", basic(user, "parallel-guess-" + i))
				.timeout(Duration.ofSeconds(30))
				.build();
			answers.add(client.sendAsync(guess, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
				long millis = (System.nanoTime() - start) / 1_000_000;
				if (response.statusCode() == 429) {
					assertThat(response.headers().firstValue("Retry-After")).isPresent();
				}
				return new long[] { response.statusCode(), millis };
			}));
		}
		List<Long> checkedAt = new ArrayList<>();
		int refused = 0;
		for (var answer : answers) {
			long[] result = answer.get(30, java.util.concurrent.TimeUnit.SECONDS);
			assertThat(result[0]).isIn(401L, 429L);
			if (result[0] == 401) {
				checkedAt.add(result[1]);
			}
			else {
				refused++;
			}
		}
		checkedAt.sort(null);
		assertThat(checkedAt).isNotEmpty();
		assertThat(refused).isPositive();
		for (int k = 0; k < checkedAt.size(); k++) {
			// The k-th checked guess had to wait for k earlier slots and its own.
			assertThat(checkedAt.get(k)).isGreaterThanOrEqualTo(900L * (k + 1));
		}
		// The guesser has stopped: the queue has drained and the owner gets in.
		from(freshAddress()).auth().preemptive().basic(user, PASSWORD).get("/api/me").then().statusCode(200);
	}

	@Test
	void registrationIsLimitedPerAddress() {
		String here = freshAddress();
		for (int i = 0; i < 3; i++) {
			register(here);
		}
		String refused = "refused-" + Long.toString(System.nanoTime(), 36);
		from(here).contentType(ContentType.JSON)
			.body(credentials(refused, PASSWORD))
			.post("/api/auth/register")
			.then()
			.statusCode(429)
			.header("Retry-After", notNullValue())
			.contentType("application/problem+json");
		assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?")
			.param(refused)
			.query(Integer.class)
			.single()).isZero();
		int retryAfter = Integer.parseInt(from(here).contentType(ContentType.JSON)
			.body(credentials(refused, PASSWORD))
			.post("/api/auth/register")
			.then()
			.statusCode(429)
			.extract()
			.header("Retry-After"));
		assertThat(retryAfter).isBetween(1, 3600);
		register(freshAddress());
	}

	@Test
	void eventStreamsAreBoundedAndFinishedOnesCloseAtOnce() throws Exception {
		String alice = register(freshAddress());
		String bob = register(freshAddress());
		int graded = submitted(alice);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> as(alice).get("/api/interviews/" + graded + "/feedback")
				.then()
				.body("status", equalTo("GRADED")));
		// A finished grading: the whole stream, done included, at once.
		long start = System.nanoTime();
		HttpResponse<String> done = HttpClient.newHttpClient()
			.send(events(alice, graded), HttpResponse.BodyHandlers.ofString());
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(done.body()).contains("event:done");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

		int held = submitted(alice);
		int bobs = submitted(bob);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> as(bob).get("/api/interviews/" + bobs + "/feedback")
				.then()
				.body("status", equalTo("GRADED")));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> as(alice).get("/api/interviews/" + held + "/feedback")
				.then()
				.body("status", equalTo("GRADED")));
		// Both gradings appear held by a busy instance, so their streams stay open.
		reopen(held);
		reopen(bobs);
		HttpClient client = HttpClient.newHttpClient();
		List<HttpResponse<InputStream>> open = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				open.add(client.send(events(alice, held), HttpResponse.BodyHandlers.ofInputStream()));
				assertThat(open.get(i).statusCode()).isEqualTo(200);
			}
			as(alice).get("/api/interviews/" + held + "/events")
				.then()
				.statusCode(429)
				.header("Retry-After", notNullValue())
				.contentType("application/problem+json");
			open.add(client.send(events(bob, bobs), HttpResponse.BodyHandlers.ofInputStream()));
			assertThat(open.get(2).statusCode()).isEqualTo(200);
			// The instance's cap (3 here) is reached: bob, with one stream, is refused
			// too.
			as(bob).get("/api/interviews/" + bobs + "/events").then().statusCode(429);
			// The caps are checked before anything is read: past them, not even the
			// interview is looked up.
			as(bob).get("/api/interviews/999999999/events").then().statusCode(429);
		}
		finally {
			jdbc.sql("UPDATE grading SET status = 'GRADED', finished_at = now(), lease_until = NULL, claimed_by = NULL "
					+ "WHERE interview_id IN (?, ?) AND status = 'RUNNING'")
				.params(held, bobs)
				.update();
			for (HttpResponse<InputStream> response : open) {
				response.body().readAllBytes(); // each ends with its done event once the
												// grading is finished
			}
		}
		// Closed streams free their places.
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> as(bob).get("/api/interviews/" + bobs + "/events").then().statusCode(200));
		// A stream that never opens (unknown interview, finished grading) gives its place
		// back.
		for (int i = 0; i < 4; i++) {
			as(bob).get("/api/interviews/999999999/events").then().statusCode(404);
			as(bob).get("/api/interviews/" + bobs + "/events").then().statusCode(200);
		}
	}

	private void reopen(int interviewId) {
		jdbc.sql("UPDATE grading SET status = 'RUNNING', finished_at = NULL, claimed_by = 'busy-instance', "
				+ "lease_until = now() + interval '1 hour' WHERE interview_id = ?")
			.param(interviewId)
			.update();
	}

	private int submitted(String user) {
		int id = startInterview(user, "llm-semantic-cache");
		as(user).post("/api/interviews/" + id + "/submit").then().statusCode(202);
		return id;
	}

	private HttpRequest events(String user, int id) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/interviews/" + id + "/events"))
			.header("X-Forwarded-For", OWN_ADDRESS)
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.timeout(Duration.ofSeconds(30))
			.build();
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private int count(String key) {
		return jdbc.sql("SELECT count FROM auth_counter WHERE key = ?").param(key).query(Integer.class).single();
	}

	private static long millis(Runnable call) {
		long start = System.nanoTime();
		call.run();
		return (System.nanoTime() - start) / 1_000_000;
	}

	private String register(String address) {
		String user = "lim-" + Long.toString(System.nanoTime(), 36);
		from(address).contentType(ContentType.JSON)
			.body(credentials(user, PASSWORD))
			.post("/api/auth/register")
			.then()
			.statusCode(201);
		return user;
	}

	private static RequestSpecification from(String address) {
		return given().header("X-Forwarded-For", address);
	}

	/** An address no other test uses (TEST-NET-2 and -3 would run out; 10/8 does not). */
	private static String freshAddress() {
		int n = addresses.incrementAndGet() + (int) (ProcessHandle.current().pid() % 1000) * 10_000;
		return "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
	}

}
