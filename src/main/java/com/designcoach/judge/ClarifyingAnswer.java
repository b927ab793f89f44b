package com.designcoach.judge;

/**
 * The interviewer's answer to a clarifying question; {@code grounded} when it comes from
 * one of the scenario's facts, otherwise it says the point is not specified.
 */
public record ClarifyingAnswer(String answer, boolean grounded) {

	public static final String NOT_SPECIFIED = "That is not specified; state your assumption and move on.";

	public static final String NOT_SPECIFIED_ZH = "这一点没有明确规定；请说明你的假设，然后继续。";

	/** The fallback, in the question's language. */
	public static ClarifyingAnswer notSpecified(String question) {
		return new ClarifyingAnswer(question != null && Text.mostlyChinese(question) ? NOT_SPECIFIED_ZH : NOT_SPECIFIED,
				false);
	}

}
