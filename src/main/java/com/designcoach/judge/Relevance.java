package com.designcoach.judge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.designcoach.judge.OfflineThresholds.BARELY;
import static com.designcoach.judge.OfflineThresholds.BETTER;
import static com.designcoach.judge.OfflineThresholds.CLEARLY_BETTER;
import static com.designcoach.judge.OfflineThresholds.MAX_COVERAGE_OFF_TOPIC;
import static com.designcoach.judge.OfflineThresholds.MIN_WORDS_TO_JUDGE;

/**
 * Whether an interview's answers are about the scenario at all. Not by how many of the
 * scenario's own words they use: people write notes, numbers and their own terms, and the
 * first third of a real answer shares little with any scenario text. Instead, relative to
 * the bank ({@link TopicIndex}): answers are about another system when they fit another
 * scenario clearly better than this one, and cover almost none of this one's key points.
 * Too little text is never evidence either way.
 */
final class Relevance {

	private Relevance() {
	}

	/**
	 * What the interview's answers seem to be about, when it is not this scenario; empty
	 * when they are on topic. All its steps' screened sentences are read together, and
	 * their mean coverage of this scenario's key points.
	 */
	static Optional<String> aboutInstead(InterviewContext interview, ScreenedInterview screened,
			CompiledScenario scenario, TopicIndex index) {
		List<Text.Sentence> sentences = new ArrayList<>();
		double coverage = interview.scenario().steps().keySet().stream().mapToDouble(key -> {
			List<Text.Sentence> honest = screened.step(interview, key).sentences();
			sentences.addAll(honest);
			return Coverage.fraction(Coverage.ofStep(scenario.keyPoints(key), honest));
		}).average().orElse(0);
		return aboutInstead(sentences, index, interview.scenario().slug(), coverage);
	}

	private static Optional<String> aboutInstead(List<Text.Sentence> sentences, TopicIndex index, String ownSlug,
			double meanCoverage) {
		String text = String.join("\n", sentences.stream().map(Text.Sentence::original).toList());
		if (index.size() < 2 || meanCoverage >= MAX_COVERAGE_OFF_TOPIC || Text.wordCount(text) < MIN_WORDS_TO_JUDGE) {
			return Optional.empty();
		}
		List<TopicIndex.Fit> fits = index.fits(sentences);
		double own = fits.stream().filter(fit -> fit.slug().equals(ownSlug)).findFirst().orElseThrow().similarity();
		TopicIndex.Fit best = fits.stream().filter(fit -> !fit.slug().equals(ownSlug)).findFirst().orElseThrow();
		boolean elsewhere = best.similarity() >= CLEARLY_BETTER * own
				|| (best.similarity() >= BETTER * own && own < BARELY);
		return elsewhere && best.similarity() > 0 ? Optional.of(index.title(best.slug())) : Optional.empty();
	}

	/**
	 * Distinct words of the sentences, and how many of them the scenario's own text uses.
	 * Words in the scenario's language are compared directly; words in the other language
	 * count only when the glossary translates them, and are shared when the translation
	 * is in the scenario's text.
	 */
	static Share share(List<Text.Sentence> sentences, CompiledScenario scenario) {
		Set<String> words = new HashSet<>();
		for (Text.Sentence sentence : sentences) {
			for (String term : sentence.terms()) {
				boolean chinese = Text.hasCjk(term);
				boolean sameLanguage = chinese == scenario.writtenInChinese();
				if (chinese ? sameLanguage : term.chars().anyMatch(Character::isLetter)
						&& (sameLanguage || translatable(scenario, term))) {
					words.add(term);
				}
			}
		}
		int shared = (int) words.stream().filter(word -> usedBy(scenario, word)).count();
		int total = words.size();
		if (!scenario.writtenInChinese()) {
			for (Glossary.Group group : Glossary.chineseGroupsIn(sentences)) {
				total++;
				if (scenario.ownGroups().contains(group)
						|| group.english().stream().flatMap(List::stream).anyMatch(scenario.ownWords()::contains)) {
					shared++;
				}
			}
		}
		return new Share(shared, total);
	}

	private static boolean usedBy(CompiledScenario scenario, String word) {
		return scenario.ownWords().contains(word)
				|| Glossary.groupsOf(List.of(word)).stream().anyMatch(scenario.ownGroups()::contains);
	}

	/**
	 * An English word in a Chinese scenario that it uses as it is (LLM, p95) or that the
	 * glossary translates.
	 */
	private static boolean translatable(CompiledScenario scenario, String word) {
		return scenario.ownWords().contains(word) || !Glossary.groupsOf(List.of(word)).isEmpty();
	}

	record Share(int shared, int total) {

		double value() {
			return total == 0 ? 1 : (double) shared / total;
		}

	}

}
