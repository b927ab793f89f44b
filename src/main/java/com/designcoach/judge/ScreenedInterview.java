package com.designcoach.judge;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the offline judge learns of one interview while grading it, kept for its other
 * steps: each step's screened answer, and whether the answers are about another scenario.
 * Every step asks both of every other step's answers. It holds no reference to the
 * interview, so a cache keyed weakly by the interview can let both go together.
 */
final class ScreenedInterview {

	private final Map<String, ScreenedAnswer> steps = new ConcurrentHashMap<>();

	private Optional<String> aboutInstead;

	/** The step's answer screened, once per interview. */
	ScreenedAnswer step(InterviewContext interview, String stepKey) {
		return steps.computeIfAbsent(stepKey, key -> ScreenedAnswer.of(interview.answer(key).candidateText()));
	}

	/**
	 * What the answers are about instead of this scenario, decided once by
	 * {@code decide}.
	 */
	synchronized Optional<String> aboutInstead(Supplier<Optional<String>> decide) {
		if (aboutInstead == null) {
			aboutInstead = decide.get();
		}
		return aboutInstead;
	}

}
