package com.designcoach.judge;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.designcoach.scenario.ScenarioDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shipped scenario tells the interviewer enough to answer the usual clarifying
 * questions.
 */
class ScenarioFactsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void everyShippedScenarioHasSixToTwelveFactsTheMatcherCanFind() throws IOException {
		List<ScenarioDocument> bank = load();
		assertThat(bank).hasSizeGreaterThanOrEqualTo(18);
		for (ScenarioDocument document : bank) {
			List<ScenarioDocument.Fact> facts = document.factList();
			assertThat(facts).as(document.slug()).hasSizeBetween(6, 12);
			for (ScenarioDocument.Fact fact : facts) {
				// asking in the fact's own words finds a fact: none is unreachable
				assertThat(FactMatcher.answer(facts, fact.text()).grounded()).as(document.slug() + ": " + fact.text())
					.isTrue();
			}
		}
	}

	@Test
	void answersTheUsualQuestionsOfTheRagScenarioInBothLanguages() throws IOException {
		ScenarioDocument rag = load().stream()
			.filter(d -> d.slug().equals("rag-internal-docs-chatbot"))
			.findFirst()
			.orElseThrow();
		List<ScenarioDocument.Fact> facts = rag.factList();
		assertThat(FactMatcher.answer(facts, "Which languages do the documents come in?").answer()).contains("German");
		assertThat(FactMatcher.answer(facts, "What latency is acceptable at p95?").answer()).contains("1.5 s");
		assertThat(FactMatcher.answer(facts, "How many employees will use it?").answer()).contains("20,000");
		assertThat(FactMatcher.answer(facts, "Can the bot take actions such as filing tickets?").answer())
			.contains("read-only");
		assertThat(FactMatcher.answer(facts, "需要支持哪些语言？").answer()).contains("German");
		assertThat(FactMatcher.answer(facts, "延迟的要求是什么？").answer()).contains("1.5 s");
		assertThat(FactMatcher.answer(facts, "Should it support voice input?").answer())
			.isEqualTo(ClarifyingAnswer.NOT_SPECIFIED);
	}

	private static List<ScenarioDocument> load() throws IOException {
		List<ScenarioDocument> documents = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:scenarios/*.json")) {
			try (InputStream in = resource.getInputStream()) {
				documents.add(JSON.readValue(in, ScenarioDocument.class));
			}
		}
		return documents;
	}

}
