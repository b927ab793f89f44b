package com.designcoach.judge.llm;

import java.time.Duration;

import com.designcoach.config.AppProperties;
import com.designcoach.judge.Interviewer;
import com.designcoach.judge.Judge;
import com.designcoach.judge.OfflineJudge;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Chooses the judge and the interviewer from {@code app.judge.provider}, and builds the
 * LangChain4j model as our own bean (the LangChain4j starters do not run on Boot 4).
 */
@Configuration(proxyBeanMethods = false)
class JudgeConfig {

	private static final Logger log = LoggerFactory.getLogger(JudgeConfig.class);

	private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

	@Bean
	ModelEndpoint modelEndpoint(AppProperties properties) {
		AppProperties.Judge judge = properties.judge();
		return switch (judge.provider()) {
			case "offline" -> ModelEndpoint.none();
			case "openai" -> {
				require(judge.openai().model(), "OPENAI_MODEL");
				require(judge.openai().baseUrl(), "OPENAI_BASE_URL");
				yield new ModelEndpoint("openai", judge.openai().baseUrl(), judge.openai().model(),
						judge.openai().apiKey());
			}
			case "ollama" -> {
				require(judge.ollama().model(), "OLLAMA_MODEL");
				yield new ModelEndpoint("ollama", judge.ollama().baseUrl(), judge.ollama().model(), null);
			}
			default -> throw new IllegalStateException(
					"APP_JUDGE_PROVIDER must be offline, openai or ollama, not " + judge.provider());
		};
	}

	@Bean
	@Primary
	Judge activeJudge(ModelEndpoint endpoint, ObjectProvider<ChatModel> models, OfflineJudge offline,
			AppProperties properties, JsonMapper json) {
		if (endpoint.provider() == null) {
			log.info("Judge: offline ({}), no model and no network", offline.info().model());
			return offline;
		}
		log.info("Judge: {} model {} at {} (samples {}, concurrency {})", endpoint.provider(), endpoint.model(),
				endpoint.baseUrl(), properties.judge().samples(), properties.judge().concurrency());
		return new LlmJudge(models.getObject(), endpoint.provider(), endpoint.model(), properties.judge().samples(),
				json);
	}

	@Bean
	Interviewer interviewer(ModelEndpoint endpoint, ObjectProvider<ChatModel> models, JsonMapper json) {
		return endpoint.provider() == null ? Interviewer.offline() : new LlmInterviewer(models.getObject(), json);
	}

	@Bean
	@org.springframework.context.annotation.Lazy
	ChatModel chatModel(ModelEndpoint endpoint, AppProperties properties) {
		AppProperties.Judge judge = properties.judge();
		RetryingHttpClient.Builder http = new RetryingHttpClient.Builder(judge.connectTimeout(), judge.timeout(),
				judge.maxRetries(), FIRST_BACKOFF);
		if ("ollama".equals(endpoint.provider())) {
			return OllamaChatModel.builder()
				.baseUrl(endpoint.baseUrl())
				.modelName(endpoint.model())
				.temperature(0.0)
				.timeout(judge.timeout())
				.maxRetries(0)
				.httpClientBuilder(http)
				.build();
		}
		return OpenAiChatModel.builder()
			.baseUrl(endpoint.baseUrl())
			.apiKey(endpoint.apiKey() == null || endpoint.apiKey().isBlank() ? "none" : endpoint.apiKey())
			.modelName(endpoint.model())
			.temperature(0.0)
			.timeout(judge.timeout())
			.maxRetries(0)
			.supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
			.strictJsonSchema(true)
			.httpClientBuilder(http)
			.build();
	}

	private static void require(String value, String variable) {
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(variable + " must be set for this judge provider");
		}
	}

}
