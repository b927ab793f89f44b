package com.designcoach.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.designcoach.judge.InterviewContext;
import com.designcoach.judge.JudgeFixtures;
import com.designcoach.judge.OfflineJudge;
import com.designcoach.judge.StepVerdict;
import com.designcoach.rubric.StepKeys;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped bank is broad, valid, distinct and consistent with its own key points. */
class ScenarioBankTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<ScenarioDocument> bank = load();

	@Test
	void isBroadAndEveryDocumentValidates() {
		assertThat(bank).hasSizeGreaterThanOrEqualTo(18);
		assertThat(bank).extracting(ScenarioDocument::category).containsAll(ScenarioValidator.CATEGORIES);
		assertThat(bank).extracting(ScenarioDocument::difficulty).containsAll(ScenarioValidator.DIFFICULTIES);
		for (ScenarioDocument document : bank) {
			assertThat(ScenarioValidator.validate(document)).as(document.slug()).isEmpty();
			document.steps().forEach((key, step) -> {
				assertThat(step.keyPoints()).as(document.slug() + " " + key).hasSizeBetween(3, 6);
				assertThat(step.followUps()).as(document.slug() + " " + key).hasSizeBetween(1, 3);
			});
		}
	}

	/**
	 * The judge's held-out scenarios are real scenarios too: an admin could save them as
	 * they are.
	 */
	@Test
	void heldOutJudgeScenariosValidate() {
		for (String slug : List.of("ai-code-review-assistant", "ecommerce-support-agent-zh",
				"realtime-payment-fraud-detection")) {
			assertThat(ScenarioValidator.validate(JudgeFixtures.scenario(slug))).as(slug).isEmpty();
		}
	}

	@Test
	void hasNoDuplicateSlugsOrNearIdenticalPrompts() {
		assertThat(bank.stream().map(ScenarioDocument::slug).distinct().count()).isEqualTo(bank.size());
		for (int i = 0; i < bank.size(); i++) {
			for (int j = i + 1; j < bank.size(); j++) {
				assertThat(jaccard(bank.get(i).prompt(), bank.get(j).prompt()))
					.as("%s vs %s", bank.get(i).slug(), bank.get(j).slug())
					.isLessThan(0.6);
			}
		}
	}

	/**
	 * A key point that the reference answer itself does not cover is a broken key point.
	 */
	@Test
	void referenceAnswersScoreAtLeastFourAndCoverTheirKeyPoints() {
		OfflineJudge judge = new OfflineJudge(JudgeFixtures.bank());
		List<String> problems = new ArrayList<>();
		for (ScenarioDocument document : bank) {
			Map<String, InterviewContext.StepAnswer> answers = new LinkedHashMap<>();
			document.steps()
				.forEach((key, step) -> answers.put(key,
						new InterviewContext.StepAnswer(step.referenceAnswer(), null, null)));
			InterviewContext interview = new InterviewContext(document, JudgeFixtures.framework(), answers);
			for (String key : StepKeys.ALL) {
				StepVerdict verdict = judge.gradeStep(interview, key);
				int keyPoints = document.step(key).keyPoints().size();
				double covered = (double) verdict.coveredKeyPoints().size() / keyPoints;
				if (verdict.score() < 4 || covered < 0.8) {
					problems.add("%s %s: score %d, covered %d/%d, missed %s".formatted(document.slug(), key,
							verdict.score(), verdict.coveredKeyPoints().size(), keyPoints, verdict.missedKeyPoints()));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static double jaccard(String a, String b) {
		Set<String> x = words(a);
		Set<String> y = words(b);
		Set<String> union = new HashSet<>(x);
		union.addAll(y);
		x.retainAll(y);
		return (double) x.size() / union.size();
	}

	private static Set<String> words(String text) {
		return Arrays.stream(text.toLowerCase().split("\\W+")).filter(w -> w.length() > 3).collect(Collectors.toSet());
	}

	private static List<ScenarioDocument> load() {
		try {
			List<ScenarioDocument> documents = new ArrayList<>();
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:scenarios/*.json")) {
				try (InputStream in = resource.getInputStream()) {
					documents.add(JSON.readValue(in, ScenarioDocument.class));
				}
			}
			return documents;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
