package com.designcoach.judge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A key point's keyword, compiled with its stems and glossary synonyms for fast matching.
 */
final class Keyword {

	private final String text;

	private final List<List<String>> englishRuns;

	private final List<String> chinese;

	/** The character pairs of the keyword's own Chinese, for answers that reword it. */
	private final List<String> ownBigrams;

	/**
	 * The content terms of the keyword and of its synonyms: the words that merely name
	 * it.
	 */
	private final Set<String> terms;

	private Keyword(String text, List<List<String>> englishRuns, List<String> chinese, List<String> ownBigrams) {
		this.text = text;
		this.englishRuns = englishRuns;
		this.chinese = chinese;
		this.ownBigrams = ownBigrams;
		this.terms = new HashSet<>(Text.terms(text));
		englishRuns.forEach(run -> run.stream().filter(stem -> !Text.STOPWORDS.contains(stem)).forEach(terms::add));
		chinese.forEach(word -> terms.addAll(Text.terms(word)));
	}

	Set<String> terms() {
		return terms;
	}

	static Keyword of(String keyword) {
		String folded = Text.fold(keyword.strip());
		Set<List<String>> runs = new LinkedHashSet<>();
		Set<String> chinese = new LinkedHashSet<>();
		if (Text.hasCjk(folded)) {
			chinese.add(folded);
			for (Glossary.Group group : Glossary.groupsOfChinese(folded)) {
				runs.addAll(group.english());
				chinese.addAll(group.chinese());
			}
			// "转人工率" is not in the glossary but "转人工" is: its translations stand in
			// across
			// languages ("handoff rate" is found by "handoff"), while Chinese keeps the
			// whole term.
			Glossary.groupsWithinChinese(folded).forEach(group -> runs.addAll(group.english()));
		}
		List<String> stems = Text.stems(folded);
		if (!stems.isEmpty()) {
			runs.add(stems);
			for (Glossary.Group group : Glossary.groupsOf(stems)) {
				runs.addAll(group.english());
				chinese.addAll(group.chinese());
			}
			// Likewise "handoff rate" finds "转人工" in a Chinese answer, and stays itself
			// in English.
			Glossary.groupsWithin(stems).forEach(group -> chinese.addAll(group.chinese()));
		}
		List<String> bigrams = Text.cjkBigrams(folded).stream().distinct().toList();
		return new Keyword(keyword, new ArrayList<>(runs), new ArrayList<>(chinese), bigrams);
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
		return rewordedChinese(sentence.folded());
	}

	/**
	 * Chinese is reworded by reordering and dropping characters ("识别用户意图" for "意图识别",
	 * "向量库" for "向量数据库"): a keyword of three or more characters matches a sentence
	 * holding at least two thirds of its character pairs.
	 */
	private boolean rewordedChinese(String folded) {
		if (ownBigrams.size() < OfflineThresholds.MIN_PAIRS_TO_REWORD) {
			return false;
		}
		long present = ownBigrams.stream().filter(folded::contains).count();
		return present * OfflineThresholds.REWORDED_PAIRS_OF >= ownBigrams.size()
				* (long) OfflineThresholds.REWORDED_PAIRS;
	}

}
