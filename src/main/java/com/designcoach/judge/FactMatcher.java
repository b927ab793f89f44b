package com.designcoach.judge;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.designcoach.scenario.ScenarioDocument;

/**
 * Answers a clarifying question from the scenario's facts without a model: the fact whose
 * keywords the question names (stemmed, through the judge's bilingual glossary, so a Chinese
 * question finds an English fact and the reverse), or failing that the fact sharing the most
 * content words with it. A question that touches no fact well enough is not specified: the
 * interviewer never guesses a requirement.
 */
public final class FactMatcher {

	/** Words every question has; they say nothing about which fact is meant. */
	private static final Set<String> QUESTION_TERMS = Set.copyOf(Text.terms("many much expected expect target "
			+ "targets requirement requirements assume assumption know tell say ask question plan system design "
			+ "多少 什么 是否 有没有 怎么 如何 哪些 请问"));

	/** Without a keyword, this many shared content words make a match. */
	private static final int MIN_SHARED_TERMS = 2;

	private FactMatcher() {
	}

	public static ClarifyingAnswer answer(List<ScenarioDocument.Fact> facts, String question) {
		int best = bestFact(facts, question);
		return best < 0 ? ClarifyingAnswer.notSpecified(question) : new ClarifyingAnswer(facts.get(best).text(), true);
	}

	/** The index of the fact that answers the question, or -1 when none does well enough. */
	public static int bestFact(List<ScenarioDocument.Fact> facts, String question) {
		if (facts == null || facts.isEmpty() || question == null || question.isBlank()) {
			return -1;
		}
		List<Text.Sentence> sentences = Text.sentences(question);
		Set<String> asked = new HashSet<>(Text.terms(question));
		asked.removeAll(QUESTION_TERMS);
		int best = -1;
		int bestScore = 0;
		for (int i = 0; i < facts.size(); i++) {
			int score = score(facts.get(i), sentences, asked);
			if (score > bestScore) {
				best = i;
				bestScore = score;
			}
		}
		return best;
	}

	/** Three points a keyword named, one a shared content word; nothing below the bar. */
	private static int score(ScenarioDocument.Fact fact, List<Text.Sentence> sentences, Set<String> asked) {
		int keywords = 0;
		for (String keyword : fact.keywords() == null ? List.<String>of() : fact.keywords()) {
			Keyword compiled = Keyword.of(keyword);
			if (sentences.stream().anyMatch(compiled::matches)) {
				keywords++;
			}
		}
		Set<String> shared = new HashSet<>(Text.terms(fact.text()));
		shared.retainAll(asked);
		if (keywords == 0 && shared.size() < MIN_SHARED_TERMS) {
			return 0;
		}
		return 3 * keywords + shared.size();
	}

}
