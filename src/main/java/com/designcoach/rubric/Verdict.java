package com.designcoach.rubric;

import java.util.Arrays;
import java.util.List;

/**
 * Hiring verdicts and the overall scores they start at: part of the rubric, which
 * publishes the bands, while grading only applies them. Any step scored 1 caps the
 * verdict at {@link #LEAN_NO_HIRE}: a step missed entirely is a hole an interviewer would
 * not pass over.
 */
public enum Verdict {

	STRONG_HIRE(85), HIRE(70), LEAN_HIRE(55), LEAN_NO_HIRE(40), NO_HIRE(0);

	private final int minScore;

	Verdict(int minScore) {
		this.minScore = minScore;
	}

	int minScore() {
		return minScore;
	}

	public static Verdict of(int overallScore, boolean anyStepMissed) {
		Verdict verdict = Arrays.stream(values()).filter(v -> overallScore >= v.minScore).findFirst().orElse(NO_HIRE);
		if (anyStepMissed && verdict.ordinal() < LEAN_NO_HIRE.ordinal()) {
			return LEAN_NO_HIRE;
		}
		return verdict;
	}

	/** The bands as {@code GET /api/framework} publishes them. */
	static List<Band> bands() {
		return Arrays.stream(values()).map(v -> new Band(v.name(), v.minScore)).toList();
	}

	record Band(String verdict, int minScore) {
	}

}
