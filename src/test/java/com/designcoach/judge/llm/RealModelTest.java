package com.designcoach.judge.llm;

import java.time.Duration;
import java.util.Map;

import com.designcoach.judge.InterviewContext;
import com.designcoach.judge.JudgeFixtures;
import com.designcoach.judge.StepVerdict;
import com.designcoach.scenario.ScenarioDocument;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Grades one strong and one weak step on a real model when one is configured
 * (OPENAI_API_KEY, with OPENAI_BASE_URL and OPENAI_MODEL optional; or OLLAMA_BASE_URL
 * with OLLAMA_MODEL). Skipped otherwise, saying so.
 */
class RealModelTest {

	@Test
	void aRealModelRanksAStrongStepAboveAWeakOne() {
		String openAiKey = System.getenv("OPENAI_API_KEY");
		String ollama = System.getenv("OLLAMA_BASE_URL");
		assumeTrue(notBlank(openAiKey) || notBlank(ollama),
				"No real model configured (set OPENAI_API_KEY or OLLAMA_BASE_URL); skipped");
		ChatModel model;
		String provider;
		if (notBlank(openAiKey)) {
			provider = "openai";
			model = OpenAiChatModel.builder()
				.baseUrl(orDefault(System.getenv("OPENAI_BASE_URL"), "https://api.openai.com/v1"))
				.apiKey(openAiKey)
				.modelName(orDefault(System.getenv("OPENAI_MODEL"), "gpt-4o-mini"))
				.temperature(0.0)
				.supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
				.strictJsonSchema(true)
				.httpClientBuilder(new RetryingHttpClient.Builder(Duration.ofSeconds(10), Duration.ofSeconds(120), 2,
						Duration.ofSeconds(1)))
				.build();
		}
		else {
			provider = "ollama";
			model = OllamaChatModel.builder()
				.baseUrl(ollama)
				.modelName(orDefault(System.getenv("OLLAMA_MODEL"), "llama3.1:8b"))
				.temperature(0.0)
				.httpClientBuilder(new RetryingHttpClient.Builder(Duration.ofSeconds(10), Duration.ofSeconds(300), 1,
						Duration.ofSeconds(1)))
				.build();
		}
		LlmJudge judge = new LlmJudge(model, provider, "real", 1, FakeModelServer.JSON);
		ScenarioDocument scenario = JudgeFixtures.scenario("rag-internal-docs-chatbot");
		StepVerdict strong = grade(judge, scenario, "strong");
		StepVerdict weak = grade(judge, scenario, "weak");
		assertThat(strong.score()).isGreaterThan(weak.score());
		strong.evidence()
			.forEach(quote -> assertThat(JudgeFixtures.answers("rag-internal-docs-chatbot", "strong").get("evaluation"))
				.contains(quote.replaceAll("\\s+", " ").strip().substring(0, Math.min(20, quote.length()))));
	}

	private static StepVerdict grade(LlmJudge judge, ScenarioDocument scenario, String variant) {
		Map<String, String> answers = JudgeFixtures.answers("rag-internal-docs-chatbot", variant);
		InterviewContext interview = JudgeFixtures.interview(scenario, answers);
		return judge.gradeStep(interview, "evaluation");
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

	private static String orDefault(String value, String fallback) {
		return notBlank(value) ? value : fallback;
	}

}
