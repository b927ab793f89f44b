import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;

/**
 * Drives a running Design Coach, in one file with no dependencies:
 * {@code java bench/LoadDriver.java prepare <baseUrl> <interviews>} signs in and starts
 * interviews for wrk, {@code java bench/LoadDriver.java soak <baseUrl> <interviews>} runs the
 * soak, {@code fake-llm <port> <failureRate>} serves as the judge's model. bench/run.sh starts
 * the service and calls it; see bench/README.md.
 */
public class LoadDriver {

	static final String PASSWORD = "bench-password-1";

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "prepare" -> prepare(args[1], Integer.parseInt(args[2]));
			case "soak" -> soak(args[1], Integer.parseInt(args[2]));
			case "fake-llm" -> fakeLlm(Integer.parseInt(args[1]), Double.parseDouble(args[2]));
			default -> throw new IllegalArgumentException("prepare, soak or fake-llm");
		}
	}

	// ---------------------------------------------------------------- prepare (for wrk)

	/**
	 * Signs a fresh user in and starts interviews for wrk to read and autosave; prints them
	 * as shell assignments for bench/run.sh to eval.
	 */
	static void prepare(String base, int interviews) throws Exception {
		Session session = Session.signIn(base, "load-" + System.nanoTime());
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < interviews; i++) {
			ids.add(session.startInterview("rag-internal-docs-chatbot"));
		}
		String cookies = ((CookieManager) session.http().cookieHandler().orElseThrow()).getCookieStore().getCookies()
			.stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
		System.out.println("COOKIE='" + cookies + "'");
		System.out.println("XSRF='" + session.csrf() + "'");
		System.out.println("INTERVIEW='" + ids.get(0) + "'");
		System.out.println("INTERVIEWS='" + String.join(",", ids) + "'");
	}

	// ---------------------------------------------------------------- soak

	static void soak(String base, int count) throws Exception {
		Session session = Session.signIn(base, "soak-" + System.nanoTime());
		ExecutorService pool = Executors.newFixedThreadPool(32);
		ConcurrentHashMap<String, String> sent = new ConcurrentHashMap<>();
		List<Future<String>> started = new ArrayList<>();
		long t0 = System.nanoTime();
		for (int i = 0; i < count; i++) {
			int n = i;
			started.add(pool.submit(() -> {
				String id = session.startInterview("llm-serving-billion-users");
				String[] steps = { "clarifying-requirements", "framing", "system-design" };
				for (String step : steps) {
					int version = 0;
					String text = "";
					for (int save = 0; save < 5; save++) {
						text = "Interview " + n + " step " + step + " draft " + save
								+ ": continuous batching with a KV cache, p95 time to first token under 1 s.";
						if (session.send("PUT", "/api/interviews/" + id + "/answers/" + step,
								"{\"text\": \"" + text + "\", \"version\": " + version + "}") == 200) {
							version++;
						}
					}
					sent.put(id + "/" + step, text);
				}
				int status = session.send("POST", "/api/interviews/" + id + "/submit", null);
				if (status != 202) {
					throw new IllegalStateException("submit answered " + status);
				}
				return id;
			}));
		}
		List<String> ids = new ArrayList<>();
		for (Future<String> future : started) {
			ids.add(future.get());
		}
		pool.shutdown();
		System.out.printf("soak: %d interviews started, autosaved 15 times each and submitted in %.1f s%n", count,
				(System.nanoTime() - t0) / 1e9);
		Pattern status = Pattern.compile("\"status\":\"(\\w+)\"");
		int graded = 0;
		int failed = 0;
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		while (System.nanoTime() < deadline) {
			graded = 0;
			failed = 0;
			for (String id : ids) {
				Matcher m = status.matcher(session.body("GET", "/api/interviews/" + id + "/feedback"));
				String s = m.find() ? m.group(1) : "?";
				graded += s.equals("GRADED") ? 1 : 0;
				failed += s.equals("FAILED") ? 1 : 0;
			}
			if (graded + failed == ids.size()) {
				break;
			}
			Thread.sleep(2000);
		}
		int lost = 0;
		int failedWithoutReason = 0;
		for (String id : ids) {
			String interview = session.body("GET", "/api/interviews/" + id);
			for (String step : new String[] { "clarifying-requirements", "framing", "system-design" }) {
				if (!interview.contains(sent.get(id + "/" + step))) {
					lost++;
				}
			}
			String feedback = session.body("GET", "/api/interviews/" + id + "/feedback");
			if (feedback.contains("\"FAILED\"") && !feedback.contains("\"reason\"")) {
				failedWithoutReason++;
			}
		}
		String metrics = session.body("GET", "/actuator/prometheus");
		Matcher open = Pattern.compile("(?m)^grading_queue_open(\\{[^}]*\\})? (\\S+)").matcher(metrics);
		System.out.printf("soak: %d GRADED, %d FAILED (%d without a reason), %d of %d answers lost, queue open: %s, "
				+ "finished in %.1f s%n", graded, failed, failedWithoutReason, lost, ids.size() * 3,
				open.find() ? open.group(2) : "n/a (needs admin)", (System.nanoTime() - t0) / 1e9);
	}

	// ---------------------------------------------------------------- a fake LLM that fails some calls

	static void fakeLlm(int port, double failureRate) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 200);
		AtomicLong calls = new AtomicLong();
		// In the request's JSON the prompt's line breaks are the two characters backslash and n.
		Pattern keyPoint = Pattern.compile("\\\\n(\\d+)\\. ");
		server.createContext("/v1/chat/completions", exchange -> {
			String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			long n = calls.incrementAndGet();
			byte[] reply;
			int status = 200;
			if ((n * 7919 % 1000) / 1000.0 < failureRate) {
				status = n % 2 == 0 ? 500 : 429;
				reply = "{\"error\":{\"message\":\"simulated failure\"}}".getBytes(StandardCharsets.UTF_8);
				if (status == 429) {
					exchange.getResponseHeaders().add("Retry-After", "1");
				}
			}
			else {
				int from = Math.max(0, request.indexOf("## Key points"));
				int to = request.indexOf("## Reference answer");
				Matcher m = keyPoint.matcher(request.substring(from, to < from ? request.length() : to));
				int points = 0;
				while (m.find()) {
					points++;
				}
				StringBuilder kp = new StringBuilder();
				for (int i = 1; i <= points; i++) {
					kp.append(i > 1 ? "," : "").append("{\\\"index\\\":").append(i)
						.append(",\\\"reasoning\\\":\\\"ok\\\",\\\"verdict\\\":\\\"partial\\\",\\\"quote\\\":\\\"\\\"}");
				}
				String content = "{\\\"keyPoints\\\":[" + kp
						+ "],\\\"rationale\\\":\\\"ok\\\",\\\"score\\\":3,\\\"suggestions\\\":[]}";
				reply = ("{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"fake\",\"choices\":[{\"index\":0,"
						+ "\"finish_reason\":\"stop\",\"message\":{\"role\":\"assistant\",\"content\":\"" + content + "\"}}],"
						+ "\"usage\":{\"prompt_tokens\":1000,\"completion_tokens\":200,\"total_tokens\":1200}}")
					.getBytes(StandardCharsets.UTF_8);
			}
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, reply.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(reply);
			}
		});
		server.setExecutor(Executors.newFixedThreadPool(32));
		server.start();
		System.out.println("fake LLM on port " + port + ", failing " + (int) (failureRate * 100) + "% of calls");
	}

	// ---------------------------------------------------------------- a signed-in browser-like session

	record Session(String base, HttpClient http, String csrf, String basic) {

		static Session signIn(String base, String username) throws Exception {
			HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
			send(http, base, "POST", "/api/auth/register", "{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\"}", null);
			http.send(HttpRequest.newBuilder(URI.create(base + "/api/me")).build(), HttpResponse.BodyHandlers.discarding());
			String csrf = ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
				.filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
			HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
				.header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf)
				.POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (login.statusCode() != 200) {
				throw new IllegalStateException("login answered " + login.statusCode() + " " + login.body());
			}
			String admin = System.getenv("BENCH_ADMIN_PASSWORD");
			String basic = admin == null ? null : "Basic " + Base64.getEncoder().encodeToString(("admin:" + admin).getBytes(StandardCharsets.UTF_8));
			return new Session(base, http, csrf, basic);
		}

		String startInterview(String scenario) throws Exception {
			String body = body("POST", "/api/interviews", "{\"scenarioId\": \"" + scenario + "\"}");
			Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(body);
			if (!m.find()) {
				throw new IllegalStateException("could not start an interview: " + body);
			}
			return m.group(1);
		}

		int send(String method, String path, String body) throws Exception {
			return request(method, path, body).statusCode();
		}

		String body(String method, String path, String body) throws Exception {
			return request(method, path, body).body();
		}

		String body(String method, String path) throws Exception {
			return request(method, path, null).body();
		}

		private HttpResponse<String> request(String method, String path, String body) throws Exception {
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
				.header("X-XSRF-TOKEN", csrf)
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
			if (body != null) {
				builder.header("Content-Type", "application/json");
			}
			if (path.startsWith("/actuator") && basic != null) {
				builder.header("Authorization", basic);
			}
			return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		}

		private static void send(HttpClient http, String base, String method, String path, String body, String csrf) throws Exception {
			http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
		}

	}

}
