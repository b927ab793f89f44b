package com.designcoach.judge;

import java.text.Normalizer;
import java.util.regex.Pattern;

import com.designcoach.diagram.Diagrams;

/**
 * What every judge does with a candidate's text after grading it: checking that a quote
 * is the candidate's, word for word. Before grading, the text is screened
 * ({@link ScreenedAnswer}).
 */
public final class CandidateText {

	private CandidateText() {
	}

	/**
	 * The diagram line a quote stands for when the quote is what a line of a diagram in
	 * the text says (a model may quote the reading it was given); otherwise the quote
	 * itself.
	 */
	public static String diagramLine(String text, String quote) {
		if (quote == null || containsVerbatim(text, quote) || !Diagrams.mayContainDiagram(text)) {
			return quote;
		}
		String wanted = normalize(quote);
		return Text.sentences(text)
			.stream()
			.filter(sentence -> sentence.fromDiagram() && normalize(sentence.meaning()).equals(wanted))
			.map(Text.Sentence::original)
			.findFirst()
			.orElse(quote);
	}

	/**
	 * Whether the quote occurs in the text word for word, as models quote: whitespace
	 * collapsed, full-width and half-width forms alike, curly quotes straight, the
	 * quote's own quotation marks dropped, and an ellipsis standing for an omitted
	 * stretch (each piece around it must then be there, in order, and hold at least
	 * {@value #MIN_PIECE} characters).
	 */
	public static boolean containsVerbatim(String text, String quote) {
		String haystack = normalize(text);
		String needle = QUOTATION_MARKS.matcher(normalize(quote)).replaceAll("");
		int from = 0;
		boolean found = false;
		for (String piece : ELLIPSIS.split(needle)) {
			String part = piece.strip();
			if (part.isEmpty()) {
				continue;
			}
			int at = haystack.indexOf(part, from);
			if (at < 0 || part.codePointCount(0, part.length()) < MIN_PIECE) {
				return false;
			}
			from = at + part.length();
			found = true;
		}
		return found;
	}

	private static final int MIN_PIECE = 6;

	private static final Pattern ELLIPSIS = Pattern.compile("\\.{3,}");

	private static final Pattern QUOTATION_MARKS = Pattern.compile("^[\"'「『]+|[\"'」』]+$");

	private static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
			.replace('\u201c', '"')
			.replace('\u201d', '"')
			.replace('\u2018', '\'')
			.replace('\u2019', '\'');
		return folded.strip().replaceAll("\\s+", " ");
	}

}
