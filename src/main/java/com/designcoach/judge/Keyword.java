package com.designcoach.judge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A key point's keyword, compiled with its stems and glossary synonyms for fast matching. */
final class Keyword {

	private final String text;

	private final List<List<String>> englishRuns;

	private final List<String> chinese;

	private Keyword(String text, List<List<String>> englishRuns, List<String> chinese) {
		this.text = text;
		this.englishRuns = englishRuns;
		this.chinese = chinese;
	}

	static Keyword of(String keyword) {
		String folded = Text.fold(keyword.strip());
		Set<List<String>> runs = new LinkedHashSet<>();
		Set<String> chinese = new LinkedHashSet<>();
		if (Text.hasCjk(folded)) {
			chinese.add(folded);
		}
		List<String> stems = Text.stems(folded);
		if (!stems.isEmpty()) {
			runs.add(stems);
			for (Glossary.Group group : Glossary.groupsOf(stems)) {
				runs.addAll(group.english());
				chinese.addAll(group.chinese());
			}
		}
		return new Keyword(keyword, new ArrayList<>(runs), new ArrayList<>(chinese));
	}

	String text() {
		return text;
	}

	boolean matches(Text.Sentence sentence) {
		for (List<String> run : englishRuns) {
			if (Text.containsRun(sentence.stems(), run)) {
				return true;
			}
		}
		for (String word : chinese) {
			if (sentence.folded().contains(word)) {
				return true;
			}
		}
		return false;
	}

}
