package com.designcoach.judge;

import java.util.List;

/**
 * An optional second opinion on key-point coverage, from meaning rather than words: how
 * close a sentence of the answer is to a key point's text. The offline judge ships
 * without one (its results are then those of the keywords alone);
 * {@code EmbeddingJudgeExperiment} measures in-process embedding models through it.
 */
interface SemanticMatcher {

	/**
	 * Fewer content terms than this and a sentence is a heading or a label, not a
	 * statement of a point.
	 */
	int MIN_TERMS = 3;

	/**
	 * How close the sentence is to the key point, on the scale of {@link #covers()} and
	 * {@link #touches()}.
	 */
	double similarity(String keyPointText, String sentence);

	/** The similarity from which a sentence covers a key point. */
	default double covers() {
		return 0.85;
	}

	/** The similarity from which a sentence touches a key point (half credit). */
	default double touches() {
		return 0.75;
	}

	/**
	 * The coverage of a key point once the matcher has voted: a point the keywords leave
	 * short is covered, or touched, by the closest sentence that says something
	 * ({@code said}: the step's honest sentences that do not merely name things), which
	 * is then the evidence. It never lowers what the keywords found.
	 */
	default Coverage vote(Coverage lexical, List<Text.Sentence> said) {
		if (lexical.strength() >= 1) {
			return lexical;
		}
		Text.Sentence closest = null;
		double best = Double.NEGATIVE_INFINITY;
		for (Text.Sentence sentence : said) {
			if (sentence.terms().size() < MIN_TERMS) {
				continue;
			}
			double similarity = similarity(lexical.keyPoint().text(), sentence.original());
			if (similarity > best) {
				best = similarity;
				closest = sentence;
			}
		}
		double strength = best >= covers() ? 1 : best >= touches() ? 0.5 : 0;
		return strength > lexical.strength() ? new Coverage(lexical.keyPoint(), strength, closest) : lexical;
	}

}
