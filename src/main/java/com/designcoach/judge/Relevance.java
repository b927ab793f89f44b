package com.designcoach.judge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether an interview's answers are about the scenario at all. An answer about another
 * system shares generic words (latency, cache, replicas) with the scenario but uses many
 * words its text never does (for a URL shortener: alias, redirect, base62). So: the share
 * of the answer's distinct content words, and of its Chinese terms through the glossary,
 * that the scenario's own text (prompt, key points, follow-ups, reference answers) uses.
 */
final class Relevance {

	/** Below this share of words in common with the scenario, the answers may be about something else... */
	static final double MIN_SHARED = 0.65;

	/** ...and they are, when they also cover less than this share of the key points on average. */
	static final double MIN_COVERAGE = 0.2;

	/** Below this many words (a Chinese character counting half) there is too little text to judge. */
	static final int MIN_WORDS_TO_JUDGE = 150;

	private Relevance() {
	}

	static boolean isOffTopic(InterviewContext interview, CompiledScenario scenario, double meanCoverage) {
		List<Text.Sentence> sentences = new ArrayList<>();
		for (InterviewContext.StepAnswer answer : interview.answers().values()) {
			sentences.addAll(OfflineJudge.honestSentences(answer, new HashSet<>()));
		}
		int words = sentences.stream().mapToInt(sentence -> Text.wordCount(sentence.original())).sum();
		return words >= MIN_WORDS_TO_JUDGE && share(sentences, scenario).value() < MIN_SHARED
				&& meanCoverage < MIN_COVERAGE;
	}

	/** Distinct words of the sentences, and how many of them the scenario's own text uses. */
	static Share share(List<Text.Sentence> sentences, CompiledScenario scenario) {
		Set<String> words = new HashSet<>();
		for (Text.Sentence sentence : sentences) {
			Text.contentStems(sentence.original())
				.stream()
				.filter(stem -> stem.chars().anyMatch(Character::isLetter))
				.forEach(words::add);
		}
		int shared = (int) words.stream().filter(scenario.ownWords()::contains).count();
		int total = words.size();
		for (Glossary.Group group : Glossary.chineseGroupsIn(sentences)) {
			total++;
			if (group.english().stream().flatMap(List::stream).anyMatch(scenario.ownWords()::contains)) {
				shared++;
			}
		}
		return new Share(shared, total);
	}

	record Share(int shared, int total) {

		double value() {
			return total == 0 ? 1 : (double) shared / total;
		}

	}

}
