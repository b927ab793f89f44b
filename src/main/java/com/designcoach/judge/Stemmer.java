package com.designcoach.judge;

/**
 * A small English suffix stripper in the spirit of Porter's: it only needs to map the
 * forms candidates write ("batching", "batches", "batched") onto one stem, and it is
 * applied to answers and key points alike, so over-stemming costs little.
 */
final class Stemmer {

	private Stemmer() {
	}

	static String stem(String word) {
		if (word.length() <= 3 || !isLetters(word)) {
			return word;
		}
		String s = word;
		if (s.endsWith("sses")) {
			s = s.substring(0, s.length() - 2);
		}
		else if (s.endsWith("ies")) {
			s = s.substring(0, s.length() - 3) + "i";
		}
		else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
			s = s.substring(0, s.length() - 1);
		}
		s = stripVerbEnding(s);
		s = stripDerivation(s);
		if (s.endsWith("y") && s.length() > 3) {
			s = s.substring(0, s.length() - 1) + "i";
		}
		if (s.endsWith("e") && s.length() > 4) {
			s = s.substring(0, s.length() - 1);
		}
		return s;
	}

	private static String stripVerbEnding(String s) {
		for (String suffix : new String[] { "ing", "ed" }) {
			if (s.endsWith(suffix) && s.length() - suffix.length() >= 3
					&& hasVowel(s.substring(0, s.length() - suffix.length()))) {
				String base = s.substring(0, s.length() - suffix.length());
				int n = base.length();
				if (n >= 2 && base.charAt(n - 1) == base.charAt(n - 2) && !isVowel(base.charAt(n - 1))
						&& "lsz".indexOf(base.charAt(n - 1)) < 0) {
					return base.substring(0, n - 1);
				}
				return base;
			}
		}
		return s;
	}

	private static final String[][] DERIVATIONS = { { "izations", "iz" }, { "ization", "iz" }, { "ational", "at" },
			{ "ations", "at" }, { "ation", "at" }, { "ments", "" }, { "ment", "" }, { "ness", "" }, { "ers", "" },
			{ "er", "" }, { "ally", "" }, { "ly", "" }, { "al", "" }, { "ize", "iz" }, { "ate", "at" } };

	private static String stripDerivation(String s) {
		for (String[] rule : DERIVATIONS) {
			String suffix = rule[0];
			if (s.endsWith(suffix) && s.length() - suffix.length() >= 4) {
				return s.substring(0, s.length() - suffix.length()) + rule[1];
			}
		}
		return s;
	}

	private static boolean isLetters(String word) {
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c < 'a' || c > 'z') {
				return false;
			}
		}
		return true;
	}

	private static boolean hasVowel(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (isVowel(s.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isVowel(char c) {
		return "aeiouy".indexOf(c) >= 0;
	}

}
