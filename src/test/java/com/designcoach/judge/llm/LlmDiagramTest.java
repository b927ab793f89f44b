package com.designcoach.judge.llm;

import java.time.Duration;
import java.util.Map;

import com.designcoach.judge.JudgeFixtures;
import com.designcoach.judge.StepVerdict;
import com.designcoach.scenario.ScenarioDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LLM judge is given a diagram's lines and their reading, and its quotes of either
 * become the lines.
 */
class LlmDiagramTest {

	private static final String EDGE = "O -->|pre-filter by group membership| S[(Hybrid search)]";

	private static final String ANSWER = "Two paths: ingestion and the online query path.\n\n```mermaid\nsequenceDiagram\n"
			+ "  participant C as Client\n  C->>Gateway: POST /chat\n```\n\n```mermaid\nflowchart LR\n  " + EDGE
			+ "\n```";

	private final ScenarioDocument scenario = JudgeFixtures.scenario("rag-internal-docs-chatbot");

	private FakeModelServer server;

	@BeforeEach
	void start() throws Exception {
		server = new FakeModelServer();
	}

	@AfterEach
	void stop() throws Exception {
		server.close();
	}

	@Test
	void thePromptCarriesTheDerivedSentencesBesideTheRawBlock() {
		server.thenContent(
				"""
						{"keyPoints": {
						  "kp1": {"reasoning": "r", "verdict": "covered", "quote": "Two paths: ingestion and the online query path."},
						  "kp2": {"reasoning": "r", "verdict": "covered", "quote": "O → Hybrid search: pre-filter by group membership"},
						  "kp3": {"reasoning": "r", "verdict": "missing", "quote": ""},
						  "kp4": {"reasoning": "r", "verdict": "covered", "quote": "C->>Gateway: POST /chat"},
						  "kp5": {"reasoning": "r", "verdict": "missing", "quote": ""}},
						 "rationale": "ok", "score": 3, "suggestions": ["State a latency budget."]}""");
		StepVerdict verdict = judge().gradeStep(JudgeFixtures.interview(scenario, Map.of("system-design", ANSWER)),
				"system-design");
		String candidate = FakeModelServer.candidateText(FakeModelServer.userPrompt(server.requests.get(0)));
		assertThat(candidate).contains("```mermaid\nC->>Gateway: POST /chat\n```")
			.contains("- Client → Gateway: POST /chat")
			.contains(EDGE)
			.contains("- O → Hybrid search: pre-filter by group membership");
		assertThat(verdict.flags()).as("a sequence arrow is not a run of angle brackets").isEmpty();
		assertThat(verdict.evidence()).containsExactly("Two paths: ingestion and the online query path.", EDGE,
				"C->>Gateway: POST /chat");
		assertThat(verdict.usage().droppedQuotes()).isZero();
	}

	private LlmJudge judge() {
		return new LlmJudge(server.chatModel(Duration.ofSeconds(10), 0), "openai", "fake-judge", 1,
				FakeModelServer.JSON);
	}

}
