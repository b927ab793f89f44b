package com.designcoach.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.designcoach.rubric.Framework;
import com.designcoach.rubric.StepKeys;
import com.designcoach.scenario.ScenarioDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineFeedbackTest {

	private final OfflineJudge judge = new OfflineJudge(JudgeFixtures.bank());

	private final Framework framework = JudgeFixtures.framework();

	/** Every shipped scenario and every held-out one, Chinese included. */
	static Stream<String> scenarios() {
		return Stream.concat(JudgeFixtures.shippedScenarios().stream().map(ScenarioDocument::slug), Stream
			.of("ai-code-review-assistant", "ecommerce-support-agent-zh", "realtime-payment-fraud-detection"));
	}

	/**
	 * Advice on every key point of every scenario, missed or only touched: a sentence in
	 * the scenario's language that names what to add and why, never the point repeated.
	 */
	@ParameterizedTest
	@MethodSource("scenarios")
	void adviceOnEveryKeyPointIsASentenceInTheScenariosLanguageNotThePointRepeated(String slug) {
		ScenarioDocument scenario = JudgeFixtures.scenario(slug);
		CompiledScenario compiled = new CompiledScenario(scenario);
		boolean chinese = Advice.inChinese(scenario);
		for (String key : StepKeys.ALL) {
			Framework.Step step = framework.step(key).orElseThrow();
			List<String> advice = new ArrayList<>();
			for (CompiledScenario.CompiledKeyPoint point : compiled.keyPoints(key)) {
				for (boolean touched : List.of(false, true)) {
					String suggestion = Advice.of(scenario, step, point, touched);
					assertIsAdvice(suggestion, point.text(), chinese);
					advice.add(suggestion);
				}
			}
			assertThat(advice).as("one piece of advice per point").doesNotHaveDuplicates();
		}
	}

	static Stream<Arguments> gradedSets() {
		return Stream.of(Arguments.of("rag-internal-docs-chatbot", "weak"),
				Arguments.of("rag-internal-docs-chatbot", "weak-zh"),
				Arguments.of("rag-internal-docs-chatbot", "partial-zh"),
				Arguments.of("ecommerce-support-agent-zh", "weak"),
				Arguments.of("ecommerce-support-agent-zh", "partial"),
				Arguments.of("ecommerce-support-agent-zh", "weak-en"),
				Arguments.of("ai-code-review-assistant", "partial-zh"),
				Arguments.of("realtime-payment-fraud-detection", "weak-zh"));
	}

	/** The judge's own suggestions on graded answers, in either language. */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("gradedSets")
	void suggestsWhatToAddAndWhyOnGradedAnswers(String slug, String variant) {
		ScenarioDocument scenario = JudgeFixtures.scenario(slug);
		InterviewContext interview = JudgeFixtures.interview(scenario, JudgeFixtures.answers(slug, variant));
		boolean chinese = Advice.inChinese(scenario);
		int suggestions = 0;
		for (String key : StepKeys.ALL) {
			StepVerdict verdict = judge.gradeStep(interview, key);
			List<String> keyPoints = scenario.step(key)
				.keyPoints()
				.stream()
				.map(ScenarioDocument.KeyPoint::text)
				.toList();
			for (String suggestion : verdict.suggestions()) {
				assertThat(suggestion).doesNotStartWith("Address this point")
					.doesNotStartWith("Go deeper on this point")
					.doesNotStartWith("Add this to your answer");
				keyPoints.forEach(point -> assertThat(fold(suggestion)).doesNotContain(fold(point)));
				assertThat(suggestion).matches("(?s).*[.。]");
				if (chinese) {
					assertThat(Text.mostlyChinese(suggestion)).as(suggestion).isTrue();
				}
				suggestions++;
			}
		}
		assertThat(suggestions).isPositive();
	}

	@Test
	void givesTheKeyPointsOwnReasonForThisScenario() {
		ScenarioDocument rag = JudgeFixtures.scenario("rag-internal-docs-chatbot");
		InterviewContext weak = JudgeFixtures.interview(rag,
				JudgeFixtures.answers("rag-internal-docs-chatbot", "weak"));

		assertThat(judge.gradeStep(weak, "model-development").suggestions())
			.contains("Use hybrid retrieval: for a chatbot that answers employee questions from internal documents it "
					+ "matters because acronyms, error codes and project names are missed by dense search alone.");
	}

	@Test
	void explainsAPointWithNoReasonByWhatTheStepLooksFor() {
		ScenarioDocument scenario = JudgeFixtures.scenario("rag-internal-docs-chatbot");
		Framework.Step step = framework.step("clarifying-requirements").orElseThrow();
		CompiledScenario.CompiledKeyPoint point = CompiledScenario.CompiledKeyPoint
			.of(new ScenarioDocument.KeyPoint("Estimates scale: 20k users and peak QPS.", List.of("QPS", "users")));

		assertThat(Advice.of(scenario, step, point, false))
			.isEqualTo("Estimate scale: the interviewer looks for an answer that pins down scale, and for a chatbot "
					+ "that answers employee questions from internal documents this point is where it shows.");
	}

	@Test
	void advisesInChineseForAChineseScenario() {
		ScenarioDocument shop = JudgeFixtures.scenario("ecommerce-support-agent-zh");
		Framework.Step step = framework.step("data-preparation").orElseThrow();
		CompiledScenario.CompiledKeyPoint policies = new CompiledScenario(shop).keyPoints("data-preparation").get(3);

		assertThat(Advice.of(shop, step, policies, false))
			.isEqualTo("建议补上“构建售后政策知识库”这一点：对一个电商平台的智能客服机器人来说，这样做可以避免新旧政策混用。");
		assertThat(Advice.of(shop, step, policies, true)).startsWith("你已经提到“构建售后政策知识库”").endsWith("。");
	}

	@Test
	void turnsAKeyPointIntoAnInstruction() {
		assertThat(
				AdviceTopic.english(point("Separates an ingestion pipeline (connectors, queue) from the query path.")))
			.isEqualTo("Separate an ingestion pipeline");
		assertThat(AdviceTopic.english(point("Clarifies who the users are: employees only, or partners too?")))
			.isEqualTo("Clarify who the users are");
		assertThat(AdviceTopic.english(point("Pushes features to an online store using a stream job")))
			.isEqualTo("Push features to an online store");
		assertThat(AdviceTopic.english(point("Parses and cleans heterogeneous formats: PDF, slides and scans.")))
			.isEqualTo("Parse and clean heterogeneous formats");
		assertThat(AdviceTopic.english(point("Pins down scope and users: 20k employees on web and Slack.")))
			.isEqualTo("Pin down scope and users");
		assertThat(AdviceTopic.english(point("Hybrid retrieval", "BM25", "dense vectors")))
			.isEqualTo("Say how you would handle BM25 and dense vectors");
		assertThat(AdviceTopic.chinese(point("识别用户意图并抽取订单号", "意图", "订单号"))).isEqualTo("识别用户意图");
		assertThat(AdviceTopic.chinese(point("意图识别", "意图", "槽位"))).isEqualTo("讲清楚意图和槽位");
	}

	private static CompiledScenario.CompiledKeyPoint point(String text, String... keywords) {
		return CompiledScenario.CompiledKeyPoint.of(new ScenarioDocument.KeyPoint(text, List.of(keywords)));
	}

	private static void assertIsAdvice(String suggestion, String keyPoint, boolean chinese) {
		assertThat(suggestion).doesNotStartWith("Address this point").doesNotStartWith("Add this to your answer");
		assertThat(fold(suggestion)).as("repeats its key point").doesNotContain(fold(keyPoint));
		if (chinese) {
			assertThat(suggestion).endsWith("。");
			assertThat(Text.mostlyChinese(suggestion)).as(suggestion).isTrue();
		}
		else {
			assertThat(suggestion).endsWith(".").doesNotContain("\u2026");
			assertThat(Text.hasCjk(suggestion)).as(suggestion).isFalse();
		}
	}

	/** A key point's text as repeating it would show: case and final stop aside. */
	private static String fold(String text) {
		return text.strip().replaceAll("[.。!?！？]+$", "").toLowerCase(Locale.ROOT);
	}

}
