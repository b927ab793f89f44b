package com.designcoach.judge;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.designcoach.scenario.ScenarioDocument;

/**
 * The offline interviewer: picks the scenario's follow-up question that aims at the key
 * point the answer covers least. A question "aims at" the key point whose keywords and
 * words it shares most. Deterministic; ties go to the earlier question.
 */
final class FollowUpPicker {

	private FollowUpPicker() {
	}

	public static String pick(ScenarioDocument.StepContent step, String answer) {
		List<Text.Sentence> sentences = ScreenedAnswer.of(answer).sentences();
		List<CompiledScenario.CompiledKeyPoint> keyPoints = step.keyPoints()
			.stream()
			.map(CompiledScenario.CompiledKeyPoint::of)
			.toList();
		List<Coverage> coverage = Coverage.ofStep(keyPoints, sentences);
		String best = step.followUps().get(0);
		double bestGap = -1;
		for (String question : step.followUps()) {
			CompiledScenario.CompiledKeyPoint target = target(question, keyPoints);
			double gap = 1 - coverage.get(keyPoints.indexOf(target)).strength();
			if (gap > bestGap) {
				bestGap = gap;
				best = question;
			}
		}
		return best;
	}

	private static CompiledScenario.CompiledKeyPoint target(String question,
			List<CompiledScenario.CompiledKeyPoint> keyPoints) {
		List<Text.Sentence> asSentence = Text.sentences(question);
		Set<String> questionStems = new HashSet<>(Text.terms(question));
		CompiledScenario.CompiledKeyPoint best = keyPoints.get(0);
		double bestAffinity = -1;
		for (CompiledScenario.CompiledKeyPoint point : keyPoints) {
			long keywordHits = point.keywords()
				.stream()
				.filter(keyword -> asSentence.stream().anyMatch(keyword::matches))
				.count();
			long shared = point.terms().stream().filter(questionStems::contains).count();
			double affinity = 2.0 * keywordHits + shared;
			if (affinity > bestAffinity) {
				bestAffinity = affinity;
				best = point;
			}
		}
		return best;
	}

}
