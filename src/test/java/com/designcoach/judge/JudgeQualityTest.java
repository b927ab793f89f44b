package com.designcoach.judge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.designcoach.grading.Scoring;
import com.designcoach.rubric.StepKeys;
import com.designcoach.scenario.ScenarioDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline judge against answers of known quality, written the way candidates write:
 * strong, partial, weak, off-topic, padded (partial plus fluff) and injected (weak plus text
 * aimed at the grader), for three scenarios in English and one in Chinese.
 */
class JudgeQualityTest {

	private final OfflineJudge judge = new OfflineJudge();

	static Stream<Arguments> suites() {
		return Stream.of(Arguments.of("rag-internal-docs-chatbot", ""), Arguments.of("llm-serving-billion-users", ""),
				Arguments.of("feature-platform-point-in-time", ""), Arguments.of("rag-internal-docs-chatbot", "-zh"));
	}

	@ParameterizedTest(name = "{0}{1}")
	@MethodSource("suites")
	void ranksAnswersByQualityAndIgnoresPaddingAndInjection(String slug, String language) {
		ScenarioDocument scenario = JudgeFixtures.scenario(slug);
		int strong = overall(scenario, slug, "strong" + language);
		int partial = overall(scenario, slug, "partial" + language);
		int weak = overall(scenario, slug, "weak" + language);
		int offTopic = overall(scenario, slug, "off-topic" + language);
		int padded = overall(scenario, slug, "padded" + language);
		int injected = overall(scenario, slug, "injected" + language);
		System.out.printf("judge-quality %s%s: strong=%d partial=%d weak=%d off-topic=%d padded=%d injected=%d%n", slug,
				language, strong, partial, weak, offTopic, padded, injected);

		assertThat(strong).isGreaterThan(partial);
		assertThat(partial).isGreaterThan(weak);
		assertThat(weak).isGreaterThan(offTopic);
		assertThat(padded).isLessThanOrEqualTo(partial + 10);
		assertThat(injected).isLessThanOrEqualTo(weak + 5);
	}

	@ParameterizedTest(name = "{0}{1}")
	@MethodSource("suites")
	void flagsTextAimedAtTheGraderOnlyWhereItIs(String slug, String language) {
		ScenarioDocument scenario = JudgeFixtures.scenario(slug);
		assertThat(flags(scenario, slug, "injected" + language)).contains(StepVerdict.PROMPT_INJECTION_SUSPECTED);
		for (String honest : List.of("strong", "partial", "weak", "padded")) {
			assertThat(flags(scenario, slug, honest + language)).as(honest).isEmpty();
		}
		assertThat(flags(scenario, slug, "off-topic" + language)).containsOnly(StepVerdict.OFF_TOPIC_SUSPECTED);
	}

	@ParameterizedTest(name = "{0}{1}")
	@MethodSource("suites")
	void quotesEvidenceVerbatimAndGradesDeterministically(String slug, String language) {
		ScenarioDocument scenario = JudgeFixtures.scenario(slug);
		for (String variant : List.of("strong", "partial", "weak", "off-topic", "padded", "injected")) {
			Map<String, String> answers = JudgeFixtures.answers(slug, variant + language);
			InterviewContext interview = JudgeFixtures.interview(scenario, answers);
			for (String key : StepKeys.ALL) {
				StepVerdict verdict = judge.gradeStep(interview, key);
				for (String quote : verdict.evidence()) {
					assertThat(answers.get(key)).as("%s %s", variant, key).contains(quote);
				}
				if (answers.get(key).isBlank()) {
					assertThat(verdict.evidence()).isEmpty();
				}
				assertThat(new OfflineJudge().gradeStep(JudgeFixtures.interview(scenario, answers), key))
					.isEqualTo(verdict);
			}
		}
	}

	private int overall(ScenarioDocument scenario, String slug, String variant) {
		InterviewContext interview = JudgeFixtures.interview(scenario, JudgeFixtures.answers(slug, variant));
		Map<String, Integer> scores = new LinkedHashMap<>();
		StepKeys.ALL.forEach(key -> scores.put(key, judge.gradeStep(interview, key).score()));
		return Scoring.of(scores, interview.framework()).overallScore();
	}

	private List<String> flags(ScenarioDocument scenario, String slug, String variant) {
		InterviewContext interview = JudgeFixtures.interview(scenario, JudgeFixtures.answers(slug, variant));
		return StepKeys.ALL.stream().flatMap(key -> judge.gradeStep(interview, key).flags().stream()).distinct().toList();
	}

}
