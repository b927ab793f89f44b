package com.designcoach.judge;

import java.util.List;
import java.util.Set;

/**
 * A judge's verdict on one step. {@code evidence} quotes come verbatim from the step's
 * answer or its follow-up reply. {@code usage} says what an LLM judge spent; null for the
 * offline one.
 */
public record StepVerdict(int score, String rationale, List<String> evidence, List<String> coveredKeyPoints,
		List<String> missedKeyPoints, List<String> suggestions, Set<String> flags, Usage usage) {

	public StepVerdict(int score, String rationale, List<String> evidence, List<String> coveredKeyPoints,
			List<String> missedKeyPoints, List<String> suggestions, Set<String> flags) {
		this(score, rationale, evidence, coveredKeyPoints, missedKeyPoints, suggestions, flags, null);
	}

	/**
	 * Tokens in and out and the time of the model calls for this step; the quotes the
	 * model gave (one per key point at most, found in the answer or not) and those of
	 * them it invented and the code dropped, both summed over its samples; each sample's
	 * score when several were taken. {@code quotes} is null on verdicts saved before it
	 * was counted.
	 */
	public record Usage(long inputTokens, long outputTokens, long latencyMillis, Integer quotes, int droppedQuotes,
			List<Integer> sampleScores) {
	}

	public static final String PROMPT_INJECTION_SUSPECTED = "PROMPT_INJECTION_SUSPECTED";

	public static final String OFF_TOPIC_SUSPECTED = "OFF_TOPIC_SUSPECTED";

	public StepVerdict {
		if (score < 1 || score > 5) {
			throw new IllegalArgumentException("A step score is 1 to 5, not " + score);
		}
		evidence = List.copyOf(evidence);
		coveredKeyPoints = List.copyOf(coveredKeyPoints);
		missedKeyPoints = List.copyOf(missedKeyPoints);
		suggestions = List.copyOf(suggestions);
		flags = Set.copyOf(flags);
	}

}
