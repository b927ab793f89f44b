package com.designcoach.judge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.designcoach.grading.Scoring;
import com.designcoach.rubric.StepKeys;
import com.designcoach.scenario.ScenarioDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline judge against answers of known quality, written the way candidates write:
 * strong, partial, weak, off-topic, padded (partial plus fluff) and injected (weak plus
 * text aimed at the grader). Three shipped scenarios in English and one answered in
 * Chinese; then three held-out scenarios written blind after the judge was built (two
 * English ones answered in both languages, one with terse bullet points and Chinese mixed
 * with English; a Chinese one answered in both), where not every variant exists.
 */
class JudgeQualityTest {

	private static final List<String> VARIANTS = List.of("strong", "partial", "weak", "off-topic", "padded",
			"injected");

	/** The issue's target: padding a partial answer with fluff gains at most this. */
	private static final int MAX_PADDING_GAIN = 5;

	/** Each corpus holds both languages, not a token line or two of one. */
	private static final int MIN_IN_EACH_LANGUAGE = 20;

	private final OfflineJudge judge = new OfflineJudge(JudgeFixtures.bank());

	static Stream<Arguments> suites() {
		return Stream.of(Arguments.of("rag-internal-docs-chatbot", ""), Arguments.of("llm-serving-billion-users", ""),
				Arguments.of("feature-platform-point-in-time", ""), Arguments.of("rag-internal-docs-chatbot", "-zh"),
				Arguments.of("ai-code-review-assistant", ""), Arguments.of("ai-code-review-assistant", "-zh"),
				Arguments.of("ecommerce-support-agent-zh", ""), Arguments.of("ecommerce-support-agent-zh", "-en"),
				Arguments.of("realtime-payment-fraud-detection", ""),
				Arguments.of("realtime-payment-fraud-detection", "-zh"));
	}

	@ParameterizedTest(name = "{0}{1}")
	@MethodSource("suites")
	void ranksAnswersByQualityAndIgnoresPaddingAndInjection(String slug, String language) {
		ScenarioDocument scenario = JudgeFixtures.scenario(slug);
		Map<String, Integer> overall = new LinkedHashMap<>();
		for (String variant : VARIANTS) {
			if (JudgeFixtures.hasAnswers(slug, variant + language)) {
				overall.put(variant, overall(scenario, slug, variant + language));
			}
		}
		System.out.printf("judge-quality %s%s: %s%n", slug, language, overall);

		List<String> ranked = VARIANTS.subList(0, 4).stream().filter(overall::containsKey).toList();
		for (int i = 1; i < ranked.size(); i++) {
			assertThat(overall.get(ranked.get(i - 1))).as(ranked.get(i - 1) + " over " + ranked.get(i))
				.isGreaterThan(overall.get(ranked.get(i)));
		}
		if (overall.containsKey("padded")) {
			assertThat(overall.get("padded")).as("padded over partial")
				.isLessThanOrEqualTo(overall.get("partial") + MAX_PADDING_GAIN);
		}
		if (overall.containsKey("injected")) {
			assertThat(overall.get("injected")).isLessThanOrEqualTo(overall.get("weak") + 5);
		}
	}

	/**
	 * The issue's targets, on each set of answers held in the repository as the quality
	 * report tallies them: ordering, Spearman, no false flag, padding, verbatim quotes.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "judge-quality", "judge-holdout" })
	void meetsEveryQualityTargetOnEachSet(String set) {
		QualityTally tally = new QualityTally();
		for (JudgeQualityReport.Suite suite : JudgeQualityReport.resourceSuites(set)) {
			Map<String, JudgeQualityReport.Graded> graded = new LinkedHashMap<>();
			suite.variants()
				.forEach((variant, answers) -> graded.put(variant,
						JudgeQualityReport.grade(judge, suite.scenario(), answers)));
			tally.add(graded);
		}
		assertThat(tally.targets()).isNotEmpty().allSatisfy((target, met) -> assertThat(met).as(target).isTrue());
	}

	/**
	 * The same judge in both languages: Chinese answers to an English scenario, and
	 * English answers to a Chinese one, keep the full order strong > partial > weak >
	 * off-topic.
	 */
	@ParameterizedTest(name = "{0}{1}")
	@MethodSource("crossLanguage")
	void keepsTheFullOrderWhenAnswersAreInTheOtherLanguage(String slug, String language) {
		ScenarioDocument scenario = JudgeFixtures.scenario(slug);
		List<String> ranked = VARIANTS.subList(0, 4);
		ranked.forEach(variant -> assertThat(JudgeFixtures.hasAnswers(slug, variant + language))
			.as("%s%s has a %s answer", slug, language, variant)
			.isTrue());
		List<Integer> scores = ranked.stream().map(variant -> overall(scenario, slug, variant + language)).toList();
		assertThat(scores).as("strong, partial, weak, off-topic").isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		assertThat(scores).doesNotHaveDuplicates();
	}

	static Stream<Arguments> crossLanguage() {
		return Stream.of(Arguments.of("rag-internal-docs-chatbot", "-zh"),
				Arguments.of("ai-code-review-assistant", "-zh"), Arguments.of("ecommerce-support-agent-zh", "-en"));
	}

	/**
	 * A candidate who lists the scenario's own keywords, bare or in minimal sentences,
	 * has named everything and explained nothing: that earns what a weak answer earns.
	 */
	@ParameterizedTest(name = "{0}{1}")
	@MethodSource("suites")
	void namingTheKeywordsWithoutExplainingThemEarnsLittle(String slug, String language) {
		ScenarioDocument scenario = JudgeFixtures.scenario(slug);
		Map<String, String> listed = new LinkedHashMap<>();
		Map<String, String> namedInSentences = new LinkedHashMap<>();
		scenario.steps().forEach((key, step) -> {
			listed.put(key,
					String.join(", ", step.keyPoints().stream().flatMap(p -> p.keywords().stream()).toList()) + ".");
			namedInSentences.put(key, String.join(" ",
					step.keyPoints().stream().map(p -> "We use " + String.join(" and ", p.keywords()) + ".").toList()));
		});
		int partial = overall(scenario, slug, "partial"); // in the scenario's language,
															// as the lists are
		for (Map<String, String> answers : List.of(listed, namedInSentences)) {
			InterviewContext interview = JudgeFixtures.interview(scenario, answers);
			Map<String, Integer> scores = new LinkedHashMap<>();
			StepKeys.ALL.forEach(key -> scores.put(key, judge.gradeStep(interview, key).score()));
			int stuffed = Scoring.of(scores, interview.framework()).overallScore();
			assertThat(stuffed).isLessThanOrEqualTo(30).isLessThan(partial);
		}
	}

	@ParameterizedTest(name = "{0}{1}")
	@MethodSource("suites")
	void flagsTextAimedAtTheGraderOnlyWhereItIs(String slug, String language) {
		ScenarioDocument scenario = JudgeFixtures.scenario(slug);
		if (JudgeFixtures.hasAnswers(slug, "injected" + language)) {
			assertThat(flags(scenario, slug, "injected" + language)).contains(StepVerdict.PROMPT_INJECTION_SUSPECTED);
		}
		for (String honest : List.of("strong", "partial", "weak", "padded")) {
			if (JudgeFixtures.hasAnswers(slug, honest + language)) {
				assertThat(flags(scenario, slug, honest + language)).as(honest).isEmpty();
			}
		}
		if (JudgeFixtures.hasAnswers(slug, "off-topic" + language)) {
			assertThat(flags(scenario, slug, "off-topic" + language)).containsOnly(StepVerdict.OFF_TOPIC_SUSPECTED);
		}
	}

	@ParameterizedTest(name = "{0}{1}")
	@MethodSource("suites")
	void quotesEvidenceVerbatimAndGradesDeterministically(String slug, String language) {
		ScenarioDocument scenario = JudgeFixtures.scenario(slug);
		for (String variant : VARIANTS) {
			if (!JudgeFixtures.hasAnswers(slug, variant + language)) {
				continue;
			}
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
				assertThat(new OfflineJudge(JudgeFixtures.bank()).gradeStep(JudgeFixtures.interview(scenario, answers),
						key))
					.isEqualTo(verdict);
			}
		}
	}

	/**
	 * Honest sentences that carry the words injections use ("Model: ...", example
	 * dialogues, designs of LLM judges and defences against injection) and real injection
	 * attempts, in English and Chinese, written blind by someone who had not read the
	 * detector.
	 */
	@Test
	void flagsNoHonestSentenceOfTheCorpus() {
		List<String> flagged = corpus("honest.txt").stream()
			.filter(line -> InjectionDetector.isInjection(line) || ScreenedAnswer.of(line).injectionSuspected())
			.toList();
		assertThat(flagged).as("honest sentences flagged").isEmpty();
	}

	/**
	 * The bank's own reference answers discuss judges, rubrics and scores (an LLM
	 * evaluation system) honestly.
	 */
	@Test
	void flagsNoSentenceOfTheShippedReferenceAnswers() {
		List<String> flagged = JudgeFixtures.shippedScenarios()
			.stream()
			.flatMap(scenario -> scenario.steps().values().stream())
			.filter(step -> ScreenedAnswer.of(step.referenceAnswer()).injectionSuspected())
			.map(ScenarioDocument.StepContent::referenceAnswer)
			.toList();
		assertThat(flagged).isEmpty();
	}

	@Test
	void catchesEveryInjectionAttemptOfTheCorpus() {
		List<String> missed = corpus("attempts.txt").stream()
			.filter(line -> !ScreenedAnswer.of(line).injectionSuspected())
			.toList();
		assertThat(missed).as("attempts missed").isEmpty();
	}

	/**
	 * A corpus's lines, at least as many as the issue asks for: 100 honest sentences, 50
	 * attempts.
	 */
	static List<String> corpus(String name) {
		try (InputStream in = new ClassPathResource("judge-injection/" + name).getInputStream()) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.toList();
			assertThat(lines).as(name).hasSizeGreaterThanOrEqualTo(name.startsWith("honest") ? 100 : 50);
			assertThat(lines.stream().filter(Text::mostlyChinese)).as("%s in Chinese", name)
				.hasSizeGreaterThanOrEqualTo(MIN_IN_EACH_LANGUAGE);
			assertThat(lines.stream().filter(line -> !Text.mostlyChinese(line))).as("%s in English", name)
				.hasSizeGreaterThanOrEqualTo(MIN_IN_EACH_LANGUAGE);
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
		return StepKeys.ALL.stream()
			.flatMap(key -> judge.gradeStep(interview, key).flags().stream())
			.distinct()
			.toList();
	}

}
