package com.designcoach.judge.llm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenAI-compatible (and Ollama) chat server for tests, speaking the real wire format.
 * By default it grades sensibly: every key point covered, quoting the candidate's first
 * sentence. Scripted replies (status codes, delays, broken JSON) are served first, in
 * order. It counts how many calls are in flight at once.
 */
public final class FakeModelServer implements AutoCloseable {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern KEY_POINT = Pattern.compile("(?m)^(\\d+)\\. ");

	/** The first fenced block, whatever the request's random tag. */
	private static final Pattern CANDIDATE = Pattern
		.compile("<<<CANDIDATE_TEXT_([0-9a-f]+)>>>\\n(.*?)\\n<<<END_CANDIDATE_TEXT_\\1>>>", Pattern.DOTALL);

	private final MockWebServer server = new MockWebServer();

	private final Deque<Function<String, MockResponse>> script = new ConcurrentLinkedDeque<>();

	public final List<String> requests = Collections.synchronizedList(new ArrayList<>());

	private final AtomicInteger inFlight = new AtomicInteger();

	public final AtomicInteger maxInFlight = new AtomicInteger();

	public volatile long delayMillis;

	volatile int score = 4;

	/**
	 * When set, the content of every unscripted reply: a model with a habit (request body
	 * in).
	 */
	volatile Function<String, String> grader;

	/**
	 * Rewrites every unscripted reply before it is sent: a model with a habit, such as
	 * inventing quotes.
	 */
	public volatile UnaryOperator<String> habit = UnaryOperator.identity();

	/** When set, every call answers this status: a server that is down. */
	volatile int failStatus;

	/** A started server, for a static field that a test class shares with its context. */
	public static FakeModelServer started() {
		try {
			return new FakeModelServer();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public FakeModelServer() throws IOException {
		server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
				String body = request.getBody() == null ? "" : request.getBody().utf8();
				requests.add(body);
				int now = inFlight.incrementAndGet();
				maxInFlight.accumulateAndGet(now, Math::max);
				try {
					if (delayMillis > 0) {
						Thread.sleep(delayMillis);
					}
					if (failStatus > 0) {
						return new MockResponse.Builder().code(failStatus)
							.body("{\"error\":{\"message\":\"down\"}}")
							.build();
					}
					Function<String, MockResponse> scripted = script.pollFirst();
					if (scripted != null) {
						return scripted.apply(body);
					}
					Function<String, String> custom = grader;
					return ok(body, habit.apply(custom != null ? custom.apply(body) : gradeFor(body)));
				}
				finally {
					inFlight.decrementAndGet();
				}
			}
		});
		server.start();
	}

	public String baseUrl() {
		return server.url("/v1").toString();
	}

	/**
	 * An OpenAI chat model pointed at this server, configured as the judge configures
	 * one: temperature 0, strict JSON schema, retries only in {@link RetryingHttpClient}.
	 */
	ChatModel chatModel(Duration timeout, int retries) {
		return OpenAiChatModel.builder()
			.baseUrl(baseUrl())
			.apiKey("test-key")
			.modelName("fake-judge")
			.temperature(0.0)
			.maxRetries(0)
			.supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
			.strictJsonSchema(true)
			.httpClientBuilder(
					new RetryingHttpClient.Builder(Duration.ofSeconds(2), timeout, retries, Duration.ofMillis(50)))
			.build();
	}

	String ollamaUrl() {
		String url = server.url("/").toString();
		return url.substring(0, url.length() - 1);
	}

	FakeModelServer then(Function<String, MockResponse> reply) {
		script.addLast(reply);
		return this;
	}

	void clearScript() {
		script.clear();
	}

	FakeModelServer thenStatus(int status, String... headerPairs) {
		return then(body -> {
			MockResponse.Builder builder = new MockResponse.Builder().code(status)
				.body("{\"error\":{\"message\":\"x\"}}");
			for (int i = 0; i + 1 < headerPairs.length; i += 2) {
				builder.addHeader(headerPairs[i], headerPairs[i + 1]);
			}
			return builder.build();
		});
	}

	FakeModelServer thenContent(String content) {
		return then(body -> ok(body, content));
	}

	FakeModelServer thenSlow(long millis) {
		return then(body -> new MockResponse.Builder().headersDelay(millis, TimeUnit.MILLISECONDS)
			.body(chatCompletion(gradeFor(body)))
			.addHeader("Content-Type", "application/json")
			.build());
	}

	/**
	 * A sensible grade for the request, in the schema's shape (kp1..kpN): each key point
	 * covered, quoting the candidate's sentences in turn (the first one again when they
	 * run out).
	 */
	public String gradeFor(String requestBody) {
		String prompt = userPrompt(requestBody);
		List<String> sentences = sentences(candidateText(prompt));
		int keyPoints = countKeyPoints(prompt);
		ObjectNode root = JSON.createObjectNode();
		ObjectNode points = root.putObject("keyPoints");
		for (int i = 1; i <= keyPoints; i++) {
			String quote = i - 1 < sentences.size() ? sentences.get(i - 1) : sentences.get(0);
			points.putObject("kp" + i)
				.put("reasoning", "The answer addresses it.")
				.put("verdict", "covered")
				.put("quote", quote);
		}
		root.put("rationale", "Solid step.").put("score", score);
		root.putArray("suggestions").add("State a p95 latency target.");
		return root.toString();
	}

	static List<String> sentences(String candidate) {
		List<String> out = new ArrayList<>();
		for (String sentence : candidate.split("(?<=[.!?])\\s+|\\n")) {
			if (!sentence.isBlank()) {
				out.add(sentence.strip());
			}
		}
		return out.isEmpty() ? List.of("") : out;
	}

	static int keyPointsIn(String requestBody) {
		return countKeyPoints(userPrompt(requestBody));
	}

	static String userPrompt(String requestBody) {
		JsonNode root = JSON.readTree(requestBody);
		StringBuilder text = new StringBuilder();
		for (JsonNode message : root.path("messages")) {
			if ("user".equals(message.path("role").asString())) {
				JsonNode content = message.path("content");
				text.append(content.isString() ? content.asString() : content.toString());
				break;
			}
		}
		return text.toString();
	}

	static String candidateText(String prompt) {
		Matcher matcher = CANDIDATE.matcher(prompt);
		return matcher.find() ? matcher.group(2) : "";
	}

	private static int countKeyPoints(String prompt) {
		int start = prompt.indexOf("## Key points");
		int end = prompt.indexOf("## Reference answer");
		Matcher matcher = KEY_POINT.matcher(prompt.substring(Math.max(0, start), end < 0 ? prompt.length() : end));
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	private MockResponse ok(String requestBody, String content) {
		boolean ollama = requestBody.contains("\"format\"") && !requestBody.contains("response_format");
		return new MockResponse.Builder().code(200)
			.addHeader("Content-Type", "application/json")
			.body(ollama ? ollamaChat(content) : chatCompletion(content))
			.build();
	}

	static String chatCompletion(String content) {
		ObjectNode root = JSON.createObjectNode();
		root.put("id", "chatcmpl-test").put("object", "chat.completion").put("created", 1).put("model", "fake-judge");
		ObjectNode choice = root.putArray("choices").addObject();
		choice.put("index", 0).put("finish_reason", "stop");
		choice.putObject("message").put("role", "assistant").put("content", content);
		root.putObject("usage").put("prompt_tokens", 1200).put("completion_tokens", 300).put("total_tokens", 1500);
		return root.toString();
	}

	static String ollamaChat(String content) {
		ObjectNode root = JSON.createObjectNode();
		root.put("model", "fake-judge")
			.put("created_at", "2026-01-01T00:00:00Z")
			.put("done", true)
			.put("done_reason", "stop")
			.put("prompt_eval_count", 1200)
			.put("eval_count", 300);
		root.putObject("message").put("role", "assistant").put("content", content);
		return root.toString();
	}

	@Override
	public void close() throws IOException {
		server.close();
	}

}
