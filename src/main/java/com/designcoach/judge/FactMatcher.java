package com.designcoach.judge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.designcoach.scenario.ScenarioDocument;

/**
 * Answers a clarifying question from the scenario's facts without a model: the fact whose
 * keywords the question names (stemmed, through the judge's bilingual glossary, so a
 * Chinese question finds an English fact and the reverse), or failing that the fact
 * sharing the most content words with it. A question that touches no fact well enough is
 * not specified: the interviewer never guesses a requirement.
 */
final class FactMatcher {

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

	/**
	 * The index of the fact that answers the question, or -1 when none does well enough.
	 */
	public static int bestFact(List<ScenarioDocument.Fact> facts, String question) {
		if (facts == null || facts.isEmpty() || question == null || question.isBlank()) {
			return -1;
		}
		List<Text.Sentence> sentences = Text.sentences(question);
		Set<String> asked = new HashSet<>(Text.terms(question));
		asked.removeAll(QUESTION_TERMS);
		List<Set<String>> factTerms = facts.stream().map(FactMatcher::terms).toList();
		Map<String, Integer> spread = new HashMap<>();
		factTerms.forEach(terms -> terms.forEach(term -> spread.merge(term, 1, Integer::sum)));
		int best = -1;
		double bestScore = 0;
		for (int i = 0; i < facts.size(); i++) {
			double score = score(facts.get(i), sentences, asked, spread);
			if (score > bestScore) {
				best = i;
				bestScore = score;
			}
		}
		return best;
	}

	/**
	 * Three points a keyword named, one a shared content word, each divided by the number
	 * of facts its words occur in: "documents" in a scenario about documents tells
	 * little, the one fact about "languages" much. Nothing below the bar of one keyword
	 * or two words.
	 */
	private static double score(ScenarioDocument.Fact fact, List<Text.Sentence> sentences, Set<String> asked,
			Map<String, Integer> spread) {
		int keywords = 0;
		double score = 0;
		for (String keyword : keywords(fact)) {
			Keyword compiled = Keyword.of(keyword);
			if (sentences.stream().anyMatch(compiled::matches)) {
				keywords++;
				score += 3.0 / Text.terms(keyword).stream().mapToInt(t -> spread.getOrDefault(t, 1)).min().orElse(1);
			}
		}
		Set<String> shared = new HashSet<>(Text.terms(fact.text()));
		shared.retainAll(asked);
		if (keywords == 0 && shared.size() < MIN_SHARED_TERMS) {
			return 0;
		}
		for (String term : shared) {
			score += 1.0 / spread.getOrDefault(term, 1);
		}
		return score;
	}

	private static Set<String> terms(ScenarioDocument.Fact fact) {
		Set<String> terms = new HashSet<>(Text.terms(fact.text()));
		keywords(fact).forEach(keyword -> terms.addAll(Text.terms(keyword)));
		return terms;
	}

	private static List<String> keywords(ScenarioDocument.Fact fact) {
		return fact.keywords() == null ? List.of() : fact.keywords();
	}

}
