package com.designcoach.judge.llm;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The delimiters around text a model must treat as data (the candidate's words, and the
 * follow-up question a model wrote). The tag is random per request, so text written
 * before the request cannot close the fence, and everything that could pass for a marker
 * or for one of the prompt's own headings is defused before it goes inside.
 */
final class Fence {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Zero-width and invisible format characters: they can hide inside a marker. */
	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\u180E\\u034F]");

	/**
	 * Anything named like our markers, in any case and with any separators, in brackets
	 * or not.
	 */
	private static final Pattern MARKER_WORDS = Pattern
		.compile("(?i)[<\\[{(]+\\s*/?\\s*(end[\\s_-]*)?candidate[\\s_-]*text[\\w-]*\\s*[>\\]})]*"
				+ "|(end[_-]+)?candidate[_-]+text[\\w-]*");

	/**
	 * Runs of angle brackets, but not a sequence diagram's arrows ({@code ->>},
	 * {@code <<-->>}).
	 */
	private static final Pattern BRACKET_RUN = Pattern.compile("<{2,}(?!-)|(?<!-)>{2,}");

	/**
	 * A Markdown heading line; the prompt's own sections are headings, so candidates get
	 * none.
	 */
	private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]*#{1,6}(?=[ \\t]|$)");

	/**
	 * A Setext heading: a line of text underlined by a line of {@code =} or {@code -}
	 * alone (up to three spaces before it). It is rewritten as the ATX heading it means,
	 * so it is checked and defused like one, and its underline goes.
	 */
	private static final Pattern SETEXT = Pattern
		.compile("(?m)^([ \\t]*\\S[^\\r\\n]*)\\r?\\n[ ]{0,3}(?:=+|-+)[ \\t]*$");

	/**
	 * A heading (or a bold line) that is exactly one of the prompt's own sections,
	 * perhaps with a colon or a parenthesis after it: an attempt to rewrite the prompt.
	 * Honest headings such as "## System design" or "## Data" are not.
	 */
	private static final Pattern FAKE_SECTION = Pattern.compile("(?im)^[ \\t]*(?:#{1,6}|\\*\\*)[ \\t]*(?:"
			+ "key[ \\t]*points?|rubric|levels?|reference[ \\t]*answers?|scenario|system(?:[ \\t]+(?:message|prompt))?|"
			+ "instructions?|grading(?:[ \\t]+(?:instructions|rules|notes?))?|scores?|what the interviewer listens for|"
			+ "step being graded\\b.*|the candidate'?s answer\\b.*)[ \\t]*(?:\\*\\*)?[ \\t]*(?::.*|\\(.*\\))?[ \\t]*$");

	final String open;

	final String close;

	private Fence(String tag) {
		this.open = "<<<CANDIDATE_TEXT_" + tag + ">>>";
		this.close = "<<<END_CANDIDATE_TEXT_" + tag + ">>>";
	}

	static Fence random() {
		byte[] bytes = new byte[12];
		RANDOM.nextBytes(bytes);
		return new Fence(HexFormat.of().formatHex(bytes));
	}

	/** The text defused and between this fence's markers. */
	String wrap(String text) {
		return wrap(defuse(text));
	}

	String wrap(Defused text) {
		return open + "\n" + text.text() + "\n" + close;
	}

	/**
	 * What went inside, and whether the original tried to look like the prompt's
	 * structure.
	 */
	record Defused(String text, boolean suspicious) {
	}

	/**
	 * NFKC first (full-width and other compatibility forms become plain ASCII), invisible
	 * characters out, Setext headings made ATX, then markers, bracket runs and headings
	 * broken. Quotes are checked against the original text, so none of this changes what
	 * a candidate can be quoted on.
	 */
	static String visible(String text) {
		return text == null ? null : INVISIBLE.matcher(text).replaceAll("");
	}

	/** The heading line as ATX; one that already starts with a hash is left as it is. */
	private static String atx(String line) {
		String text = line.strip();
		return text.startsWith("#") ? text : "# " + text;
	}

	static Defused defuse(String text) {
		if (text == null || text.isBlank()) {
			return new Defused("(no answer)", false);
		}
		String plain = INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
		plain = plain.replaceAll("[〈⟨‹«]", "<").replaceAll("[〉⟩›»]", ">");
		plain = SETEXT.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(atx(m.group(1))));
		boolean suspicious = MARKER_WORDS.matcher(plain).find() || BRACKET_RUN.matcher(plain).find()
				|| FAKE_SECTION.matcher(plain).find();
		String out = MARKER_WORDS.matcher(plain).replaceAll("(candidate text)");
		out = BRACKET_RUN.matcher(out).replaceAll(m -> m.group().charAt(0) == '<' ? "‹" : "›");
		out = HEADING.matcher(out).replaceAll("-");
		return new Defused(out, suspicious);
	}

}
