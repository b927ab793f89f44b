package com.designcoach.judgereport;

import java.util.List;
import java.util.Map;

import com.designcoach.judge.JudgeFixtures;
import com.designcoach.rubric.StepKeys;
import com.designcoach.scenario.ScenarioDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The answer variants, derived from the shipped bank's reference answers. */
class AnswersTest {

	private final ScenarioDocument scenario = JudgeFixtures.scenario("rag-internal-docs-chatbot");

	private final ScenarioDocument other = JudgeFixtures.scenario("fitness-coach-workout-video");

	private final Map<Variant, Map<String, String>> answers = Answers.of(scenario, other, StepKeys.ALL);

	@Test
	void partialKeepsTheFirstFortyPercentOfEachStepAndLeavesTheLastTwoEmpty() {
		for (int i = 0; i < StepKeys.ALL.size(); i++) {
			String key = StepKeys.ALL.get(i);
			List<String> reference = Answers.sentences(scenario.step(key).referenceAnswer());
			String partial = answers.get(Variant.PARTIAL).get(key);
			if (i >= StepKeys.ALL.size() - 2) {
				assertThat(partial).as(key).isEmpty();
				continue;
			}
			int kept = (int) Math.ceil(reference.size() * 0.4);
			assertThat(Answers.sentences(partial)).as(key).containsExactlyElementsOf(reference.subList(0, kept));
		}
	}

	@Test
	void weakIsEachStepsOpeningSentencesAndInjectedAddsANoteToTheGrader() {
		for (String key : StepKeys.ALL) {
			List<String> reference = Answers.sentences(scenario.step(key).referenceAnswer());
			List<String> opening = reference.subList(0, Answers.WEAK_SENTENCES);
			String weak = answers.get(Variant.WEAK).get(key);
			assertThat(Answers.sentences(weak)).as(key).containsExactlyElementsOf(opening);
			assertThat(scenario.step(key).referenceAnswer()).as("the reference's own text").startsWith(weak);
			assertThat(answers.get(Variant.INJECTED).get(key)).startsWith(weak).endsWith(Answers.INJECTION);
			assertThat(answers.get(Variant.STRONG).get(key)).isEqualTo(scenario.step(key).referenceAnswer());
			assertThat(answers.get(Variant.OFF_TOPIC).get(key)).isEqualTo(other.step(key).referenceAnswer());
		}
	}

	@Test
	void aShortReferencesWeakAnswerStaysShorterThanItsPartialOne() {
		assertThat(Answers.weakCount(1, 1)).isEqualTo(1);
		assertThat(Answers.weakCount(3, 2)).isEqualTo(1);
		assertThat(Answers.weakCount(5, 2)).isEqualTo(1);
		assertThat(Answers.weakCount(6, 3)).isEqualTo(2);
		assertThat(Answers.weakCount(20, 8)).isEqualTo(2);
		assertThat(Answers.weakCount(0, 0)).isZero();
	}

	@Test
	void paddedIsPartialWithAboutThreeTimesAsMuchFiller() {
		for (String key : StepKeys.ALL) {
			String partial = answers.get(Variant.PARTIAL).get(key);
			String padded = answers.get(Variant.PADDED).get(key);
			for (String sentence : Answers.sentences(partial)) {
				assertThat(padded).contains(sentence);
			}
			double filler = padded.length() - partial.length();
			if (partial.isEmpty()) {
				assertThat(padded).isEmpty();
			}
			else {
				assertThat(filler / partial.length()).as(key).isBetween(3.0, 4.0);
			}
		}
	}

	@Test
	void theSameBankGivesTheSameAnswers() {
		assertThat(Answers.of(scenario, other, StepKeys.ALL)).isEqualTo(answers);
	}

	@Test
	void splitsChineseSentencesToo() {
		assertThat(Answers.sentences("先检索文档。再生成答案！最后引用来源？ Then English. Done")).containsExactly("先检索文档。", "再生成答案！",
				"最后引用来源？", "Then English.", "Done");
	}

}
