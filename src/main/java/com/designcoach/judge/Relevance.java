package com.designcoach.judge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether an interview's answers are about the scenario at all. An answer about another
 * system shares generic words (latency, cache, replicas) with the scenario but uses many
 * words its text never does (for a URL shortener: alias, redirect, base62). So: the share
 * of the answer's distinct content words that the scenario's own text (prompt, key points,
 * follow-ups, reference answers) uses, directly when both are in one language and through
 * the bilingual glossary across languages.
 */
final class Relevance {

	/** Below this share of English words in common with an English scenario, the answers may be about something else... */
	static final double MIN_SHARED = 0.65;

	/**
	 * ...and of Chinese character pairs with a Chinese scenario: half the pairs straddle two
	 * words and are shared by nobody, so the same content shows about half the share...
	 */
	static final double MIN_SHARED_CHINESE = 0.33;

	/** ...and of glossary terms across languages, where only the terms with a translation count. */
	static final double MIN_SHARED_ACROSS_LANGUAGES = 0.8;

	/** ...and they are, when they also cover less than this share of the key points on average. */
	static final double MIN_COVERAGE = 0.3;

	/** Below this many words (a Chinese character counting half) there is too little text to judge. */
	static final int MIN_WORDS_TO_JUDGE = 150;

	private Relevance() {
	}

	static boolean isOffTopic(InterviewContext interview, CompiledScenario scenario, double meanCoverage) {
		List<Text.Sentence> sentences = new ArrayList<>();
		for (InterviewContext.StepAnswer answer : interview.answers().values()) {
			sentences.addAll(OfflineJudge.honestSentences(answer, new HashSet<>()));
		}
		String text = String.join("\n", sentences.stream().map(Text.Sentence::original).toList());
		if (Text.wordCount(text) < MIN_WORDS_TO_JUDGE || meanCoverage >= MIN_COVERAGE) {
			return false;
		}
		boolean answeredInChinese = Text.mostlyChinese(text);
		double minShared = answeredInChinese != scenario.writtenInChinese() ? MIN_SHARED_ACROSS_LANGUAGES
				: answeredInChinese ? MIN_SHARED_CHINESE : MIN_SHARED;
		return share(sentences, scenario).value() < minShared;
	}

	/**
	 * Distinct words of the sentences, and how many of them the scenario's own text uses.
	 * Words in the scenario's language are compared directly; words in the other language
	 * count only when the glossary translates them, and are shared when the translation is
	 * in the scenario's text.
	 */
	static Share share(List<Text.Sentence> sentences, CompiledScenario scenario) {
		Set<String> words = new HashSet<>();
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
