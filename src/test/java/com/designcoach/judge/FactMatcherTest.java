package com.designcoach.judge;

import java.util.List;

import com.designcoach.scenario.ScenarioDocument.Fact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FactMatcherTest {

	private static final List<Fact> FACTS = List.of(
			new Fact("About 20,000 employees; roughly 100k questions a day, peaking at 3x the average in office hours.",
					List.of("users", "employees", "QPS", "traffic", "scale")),
			new Fact("Answers should start streaming within 1.5 s; p95 for a complete answer under 6 s.",
					List.of("latency", "p95", "response time")),
			new Fact("English, German and Japanese documents and questions.", List.of("language", "multilingual")),
			new Fact("Filing tickets or changing settings is out of scope for v1.",
					List.of("out of scope", "actions")));

	private static final List<Fact> CHINESE_FACTS = List.of(new Fact("日活用户约五百万，高峰流量是平均的三倍。", List.of("用户", "流量", "日活")),
			new Fact("端到端延迟 p95 不超过 300 毫秒。", List.of("延迟", "p95")), new Fact("只支持中文和英文。", List.of("语言", "中文")));

	@Test
	void answersFromTheFactWhoseKeywordsTheQuestionNames() {
		ClarifyingAnswer answer = FactMatcher.answer(FACTS, "What latency do users expect for an answer?");
		assertThat(answer.grounded()).isTrue();
		assertThat(answer.answer()).isEqualTo(FACTS.get(1).text());
		assertThat(FactMatcher.answer(FACTS, "How many employees will use it?").answer())
			.isEqualTo(FACTS.get(0).text());
		assertThat(FactMatcher.answer(FACTS, "Which languages must we support?").answer())
			.isEqualTo(FACTS.get(2).text());
	}

	@Test
	void stemsAndGlossaryFindTheFactAcrossWordingsAndLanguages() {
		// "languages" stems to the keyword's "language"; "延迟" is latency in the glossary
		assertThat(FactMatcher.answer(FACTS, "延迟要求是多少？").answer()).isEqualTo(FACTS.get(1).text());
		assertThat(FactMatcher.answer(CHINESE_FACTS, "What is the latency budget?").answer())
			.isEqualTo(CHINESE_FACTS.get(1).text());
	}

	@Test
	void answersChineseQuestionsFromChineseFacts() {
		assertThat(FactMatcher.answer(CHINESE_FACTS, "每天有多少日活用户？").answer()).isEqualTo(CHINESE_FACTS.get(0).text());
		assertThat(FactMatcher.answer(CHINESE_FACTS, "需要支持哪些语言？").answer()).isEqualTo(CHINESE_FACTS.get(2).text());
	}

	@Test
	void saysNotSpecifiedWhenNoFactMatchesInTheQuestionsLanguage() {
		ClarifyingAnswer english = FactMatcher.answer(FACTS, "What is the budget for the GPU cluster?");
		assertThat(english.grounded()).isFalse();
		assertThat(english.answer()).isEqualTo(ClarifyingAnswer.NOT_SPECIFIED);
		ClarifyingAnswer chinese = FactMatcher.answer(CHINESE_FACTS, "预算是多少？");
		assertThat(chinese.grounded()).isFalse();
		assertThat(chinese.answer()).isEqualTo(ClarifyingAnswer.NOT_SPECIFIED_ZH);
		assertThat(FactMatcher.answer(List.of(), "How many users?").grounded()).isFalse();
		assertThat(FactMatcher.answer(FACTS, "What should we design first?").grounded()).isFalse();
	}

}
