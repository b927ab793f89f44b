package com.designcoach.judge;

import java.util.List;
import java.util.stream.Collectors;

/** What every judge does to a candidate's text before and after grading it. */
public final class CandidateText {

	private CandidateText() {
	}

	/** The text with sentences addressed to a grader (and the rest of their paragraphs) removed. */
	public record Screened(String text, boolean injectionSuspected) {
	}

	public static Screened screen(String text) {
		java.util.Set<String> flags = new java.util.HashSet<>();
		List<Text.Sentence> honest = OfflineJudge.honestSentences(new InterviewContext.StepAnswer(text, null, null),
				flags);
		String kept = honest.stream().map(Text.Sentence::original).collect(Collectors.joining("\n"));
		return new Screened(kept, flags.contains(StepVerdict.PROMPT_INJECTION_SUSPECTED));
	}

	/** Whether the quote occurs in the text, word for word once whitespace is collapsed. */
	public static boolean containsVerbatim(String text, String quote) {
		String needle = collapse(quote);
		return !needle.isEmpty() && collapse(text).contains(needle);
	}

	private static String collapse(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ");
	}

}
