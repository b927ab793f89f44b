package com.designcoach.judge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splitting answers into sentences and sentences into comparable tokens, for English and Chinese. */
final class Text {

	/** Sentence ends: Latin punctuation before a space, CJK punctuation anywhere, and line breaks. */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|(?<=[。！？；])|\\n+");

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

	private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*•·>]+|\\(?\\d{1,2}[.)]|[a-z][.)])\\s+");

	private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

	static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with",
			"by", "at", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
			"these", "those", "we", "i", "you", "they", "he", "she", "our", "my", "your", "their", "us", "me", "them",
			"will", "would", "should", "could", "can", "may", "might", "must", "shall", "do", "does", "did", "have",
			"has", "had", "not", "no", "so", "if", "then", "than", "but", "also", "into", "about", "such", "each",
			"which", "who", "what", "when", "where", "how", "why", "all", "any", "some", "more", "most", "other",
			"per", "via", "up", "out", "over", "under", "only", "very", "just", "e", "g", "eg", "ie", "etc", "there",
			"here", "both", "one", "two", "use", "using", "used", "make", "sure", "need", "needs", "want", "get",
			"like", "well", "way", "thing", "things", "good", "better", "best", "new", "s", "t");

	private Text() {
	}

	/** A sentence as it stands in the original text, and its tokens for matching. */
	record Sentence(String original, List<String> stems, String folded, int paragraph) {
	}

	static List<Sentence> sentences(String text) {
		List<Sentence> sentences = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return sentences;
		}
		String[] paragraphs = PARAGRAPH_BREAK.split(text);
		for (int p = 0; p < paragraphs.length; p++) {
			for (String piece : SENTENCE_END.split(paragraphs[p])) {
				String original = LIST_MARKER.matcher(piece).replaceFirst("").strip();
				if (original.isEmpty()) {
					continue;
				}
				String folded = fold(original);
				sentences.add(new Sentence(original, stems(folded), folded, p));
			}
		}
		return sentences;
	}

	/** Lower case, full-width forms made ASCII, so "ＧＰＵ" and "gpu" compare equal. */
	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

	static List<String> stems(String folded) {
		List<String> stems = new ArrayList<>();
		Matcher matcher = WORD.matcher(folded);
		while (matcher.find()) {
			stems.add(Stemmer.stem(matcher.group()));
		}
		return stems;
	}

	/** Content stems: no stopwords and nothing shorter than three letters, unless it carries a digit. */
	static List<String> contentStems(String text) {
		List<String> content = new ArrayList<>();
		Matcher matcher = WORD.matcher(fold(text));
		while (matcher.find()) {
			String word = matcher.group();
			if (STOPWORDS.contains(word) || (word.length() < 3 && word.chars().noneMatch(Character::isDigit))) {
				continue;
			}
			content.add(Stemmer.stem(word));
		}
		return content;
	}

	/** Overlapping pairs of Chinese characters: the usual stand-in for words in unsegmented text. */
	static List<String> cjkBigrams(String text) {
		List<String> bigrams = new ArrayList<>();
		int[] cps = text.codePoints().toArray();
		for (int i = 0; i + 1 < cps.length; i++) {
			if (isHan(cps[i]) && isHan(cps[i + 1])) {
				bigrams.add(new String(cps, i, 2));
			}
		}
		return bigrams;
	}

	private static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	static boolean hasCjk(String text) {
		return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
	}

	static int wordCount(String text) {
		if (text == null || text.isBlank()) {
			return 0;
		}
		int words = 0;
		Matcher matcher = WORD.matcher(fold(text));
		while (matcher.find()) {
			words++;
		}
		// A Chinese character carries about as much as an English word does in these answers, halved.
		long han = text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
		return words + (int) (han / 2);
	}

	/** Whether {@code needle} occurs in {@code haystack} as a contiguous run. */
	static boolean containsRun(List<String> haystack, List<String> needle) {
		if (needle.isEmpty() || needle.size() > haystack.size()) {
			return false;
		}
		outer: for (int i = 0; i + needle.size() <= haystack.size(); i++) {
			for (int j = 0; j < needle.size(); j++) {
				if (!haystack.get(i + j).equals(needle.get(j))) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
