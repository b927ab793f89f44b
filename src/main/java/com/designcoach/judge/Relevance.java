package com.designcoach.judge;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an interview's answers are about the scenario at all. Not by how many of the
 * scenario's own words they use: people write notes, numbers and their own terms, and the
 * first third of a real answer shares little with any scenario text. Instead, relative to
 * the bank ({@link TopicIndex}): answers are about another system when they fit another
 * scenario clearly better than this one, and cover almost none of this one's key points.
 * Too little text is never evidence either way.
 */
final class Relevance {

	/** Another scenario must fit this much better than this one... */
	static final double CLEARLY_BETTER = 1.5;

	/** ...or somewhat better, when the answers barely touch this scenario's own vocabulary at all. */
	static final double BETTER = 1.2;

	/** The similarity to this scenario below which "barely touches" holds. */
	static final double BARELY = 0.14;

	/** Off topic only when the answers also cover less than this share of the key points on average. */
	static final double MIN_COVERAGE = 0.3;

	/** Below this many words (a Chinese character counting half) there is too little text to judge. */
	static final int MIN_WORDS_TO_JUDGE = 150;

	private Relevance() {
	}

	/** What the answers seem to be about, when it is not this scenario; empty when they are on topic. */
	static Optional<String> aboutInstead(List<Text.Sentence> sentences, TopicIndex index, String ownSlug,
			double meanCoverage) {
		String text = String.join("\n", sentences.stream().map(Text.Sentence::original).toList());
		if (index.size() < 2 || meanCoverage >= MIN_COVERAGE || Text.wordCount(text) < MIN_WORDS_TO_JUDGE) {
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
	 * count only when the glossary translates them, and are shared when the translation is
	 * in the scenario's text.
	 */
	static Share share(List<Text.Sentence> sentences, CompiledScenario scenario) {
		Set<String> words = new java.util.HashSet<>();
		for (Text.Sentence sentence : sentences) {
			for (String term : sentence.terms()) {
				boolean chinese = Text.hasCjk(term);
				boolean sameLanguage = chinese == scenario.writtenInChinese();
				if (chinese ? sameLanguage
						: term.chars().anyMatch(Character::isLetter) && (sameLanguage || translatable(scenario, term))) {
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

	/** An English word in a Chinese scenario that it uses as it is (LLM, p95) or that the glossary translates. */
	private static boolean translatable(CompiledScenario scenario, String word) {
		return scenario.ownWords().contains(word) || !Glossary.groupsOf(List.of(word)).isEmpty();
	}

	record Share(int shared, int total) {

		double value() {
			return total == 0 ? 1 : (double) shared / total;
		}

	}

}
