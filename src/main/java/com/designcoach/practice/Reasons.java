package com.designcoach.practice;

import java.util.List;

import com.designcoach.rubric.Framework;

/** The plain sentence that says why a step is in the plan and why this scenario. */
final class Reasons {

	private Reasons() {
	}

	static String of(Framework.Step step, int box, int score, String sourceTitle,
			ScenarioSuggester.Suggestion suggestion) {
		String name = shortTitle(step.title());
		String why = name + " scored " + score + " on " + sourceTitle;
		String standing = score <= 2 ? "" : score == 3 ? " (box " + box + ", kept)" : " (box " + box + ", moved up)";
		if (suggestion == null) {
			return why + standing + "; no other scenario is open to drill it on";
		}
		if (suggestion.focus().isEmpty()) {
			return why + standing + "; this scenario works the same step on a problem you have not done recently";
		}
		String drills = score <= 2 ? " again" : "";
		return why + standing + "; this scenario drills " + join(suggestion.focus()) + drills;
	}

	/** "Evaluation (offline and online)" reads as "Evaluation" in a sentence. */
	static String shortTitle(String title) {
		int paren = title.indexOf(" (");
		return paren > 0 ? title.substring(0, paren) : title;
	}

	/** Up to three terms: "a", "a and b", "a, b and c". */
	static String join(List<String> terms) {
		List<String> shown = terms.subList(0, Math.min(3, terms.size()));
		if (shown.size() == 1) {
			return shown.get(0);
		}
		return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
	}

}
