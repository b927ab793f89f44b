package com.designcoach.scenario;

import java.text.BreakIterator;
import java.util.Locale;

/** A scenario's one-line summary: the document's own, or the prompt's first sentence. */
final class Summaries {

	private static final int MAX = 300;

	private Summaries() {
	}

	static String of(ScenarioDocument document) {
		if (document.summary() != null && !document.summary().isBlank()) {
			return document.summary().strip();
		}
		String prompt = document.prompt().strip();
		BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
		sentences.setText(prompt);
		int end = sentences.next();
		String first = (end == BreakIterator.DONE ? prompt : prompt.substring(0, end)).strip();
		return first.length() <= MAX ? first : first.substring(0, MAX - 1).strip() + "…";
	}

}
