package com.designcoach.judge.llm;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.designcoach.judge.InterviewContext;
import com.designcoach.judge.Judge;
import com.designcoach.judge.JudgeFixtures;
import com.designcoach.grading.ParallelSteps;
import com.designcoach.grading.Scoring;
import com.designcoach.rubric.StepKeys;
import com.designcoach.scenario.ScenarioDocument;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.TokenUsage;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * How long grading a seven-step interview takes with an LLM that answers after a fixed
 * delay D, with the default concurrency and one call at a time; and the service's own
 * work per grading with the model's time taken out. Not a test: run it with
 *
 * <pre>
 * ./mvnw -q -Dfrontend.skip=true test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.designcoach.judge.llm.LlmGradingBenchmark [-Dexec.args=500]
 * </pre>
 */
public final class LlmGradingBenchmark {

	/**
	 * Threads as the service has them: one per task (SchedulingConfig's
	 * applicationTaskExecutor).
	 */
	private static final SimpleAsyncTaskExecutor THREADS = new SimpleAsyncTaskExecutor("bench-");

	static {
		THREADS.setDaemon(true);
	}

	private LlmGradingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		long delay = args.length > 0 ? Long.parseLong(args[0]) : 500;
		ScenarioDocument scenario = JudgeFixtures.scenario("rag-internal-docs-chatbot");
		Map<String, String> answers = JudgeFixtures.answers("rag-internal-docs-chatbot", "strong");
		InterviewContext interview = JudgeFixtures.interview(scenario, answers);
		JsonMapper json = JsonMapper.builder().build();
		try (FakeModelServer server = new FakeModelServer()) {
			server.delayMillis = delay;
			Judge judge = new LlmJudge(openAi(server.baseUrl()), "openai", "fake-judge", 1, json);
			time(judge, interview, 7, 1); // warm-up
			long parallel = time(judge, interview, 7, 3);
			long serial = time(judge, interview, 1, 3);
			System.out.printf("fake LLM delay D = %d ms%n", delay);
			System.out.printf("default concurrency (7): %d ms per interview = %.2f x D%n", parallel,
					(double) parallel / delay);
			System.out.printf("one call at a time:      %d ms per interview = %.2f x D%n", serial,
					(double) serial / delay);
			System.out.printf("ratio serial / parallel: %.1f%n", (double) serial / parallel);
		}
		Map<String, String> replies = new LinkedHashMap<>();
		try (FakeModelServer server = new FakeModelServer()) {
			for (String key : StepKeys.ALL) {
				replies.put(key, server.gradeFor(requestFor(interview, key)));
			}
		}
		Judge instant = new LlmJudge(new CannedModel(replies), "openai", "canned", 1, json);
		for (int i = 0; i < 200; i++) {
			time(instant, interview, 1, 1);
		}
		long[] own = new long[200];
		for (int i = 0; i < own.length; i++) {
			long t0 = System.nanoTime();
			gradeAll(instant, interview, 1);
			own[i] = System.nanoTime() - t0;
		}
		java.util.Arrays.sort(own);
		System.out.printf("service's own work per grading (model time excluded): median %.2f ms, p95 %.2f ms%n",
				own[own.length / 2] / 1e6, own[(int) (own.length * 0.95)] / 1e6);
	}

	private static long time(Judge judge, InterviewContext interview, int concurrency, int runs) {
		long total = 0;
		for (int i = 0; i < runs; i++) {
			long t0 = System.nanoTime();
			gradeAll(judge, interview, concurrency);
			total += System.nanoTime() - t0;
		}
		return Duration.ofNanos(total / runs).toMillis();
	}

	private static void gradeAll(Judge judge, InterviewContext interview, int concurrency) {
		ParallelSteps steps = new ParallelSteps(THREADS, concurrency);
		Map<String, Integer> scores = new LinkedHashMap<>();
		steps.grade(judge, interview, StepKeys.ALL, (key, verdict, took) -> scores.put(key, verdict.score()) == null);
		Scoring.of(scores, interview.framework());
	}

	private static ChatModel openAi(String baseUrl) {
		return OpenAiChatModel.builder()
			.baseUrl(baseUrl)
			.apiKey("bench")
			.modelName("fake-judge")
			.temperature(0.0)
			.maxRetries(0)
			.supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
			.strictJsonSchema(true)
			.httpClientBuilder(new RetryingHttpClient.Builder(Duration.ofSeconds(2), Duration.ofSeconds(30), 0,
					Duration.ofMillis(100)))
			.build();
	}

	/**
	 * The body the judge would send for a step, so the canned reply quotes the right
	 * answer.
	 */
	private static String requestFor(InterviewContext interview, String key) {
		String[] body = new String[1];
		ChatModel capture = new ChatModel() {
			@Override
			public ChatResponse doChat(ChatRequest request) {
				String user = ((dev.langchain4j.data.message.UserMessage) request.messages().get(1)).singleText();
				body[0] = "{\"messages\":[{\"role\":\"user\",\"content\":"
						+ JsonMapper.builder().build().writeValueAsString(user) + "}]}";
				throw new IllegalStateException("captured");
			}
		};
		try {
			new LlmJudge(capture, "openai", "capture", 1, JsonMapper.builder().build()).gradeStep(interview, key);
		}
		catch (RuntimeException expected) {
			// the request is all we wanted
		}
		return body[0];
	}

	/**
	 * A model that answers at once with a prepared reply per step: the service's own
	 * work, alone.
	 */
	private record CannedModel(Map<String, String> replies) implements ChatModel {

		@Override
		public ChatResponse doChat(ChatRequest request) {
			String user = ((dev.langchain4j.data.message.UserMessage) request.messages().get(1)).singleText();
			String reply = replies.entrySet()
				.stream()
				.filter(e -> user.contains(
						"# Step being graded: " + JudgeFixtures.framework().step(e.getKey()).orElseThrow().title()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElseThrow();
			return ChatResponse.builder()
				.aiMessage(AiMessage.from(reply))
				.tokenUsage(new TokenUsage(1000, 200))
				.build();
		}

	}

}
