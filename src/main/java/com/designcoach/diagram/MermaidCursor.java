package com.designcoach.diagram;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one flowchart statement left to right: ids, node shapes and their labels, edges.
 */
final class MermaidCursor {

	private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_]+(?:[-.][\\p{L}\\p{N}_]+)*");

	/** Shape openers, longest first, each with its closer. */
	private static final String[][] SHAPES = { { "(((", ")))" }, { "([", "])" }, { "[[", "]]" }, { "[(", ")]" },
			{ "((", "))" }, { "{{", "}}" }, { "[/", "/]", "\\]" }, { "[\\", "\\]", "/]" }, { "[", "]" }, { "(", ")" },
			{ "{", "}" }, { ">", "]" } };

	/**
	 * An edge with its text in the middle: {@code -- text -->}, {@code == text ==>},
	 * {@code -. text .->}.
	 */
	private static final Pattern TEXT_EDGE = Pattern
		.compile("^\\s*<?(?:--|==|-\\.)(?![->.=])\\s*([^|>]+?)\\s*(?:-{2,}|={2,}|\\.-+)[>ox]?");

	private static final Pattern ARROW = Pattern
		.compile("^\\s*[<ox]?(?:-{2,}>?|={2,}>?|-\\.+->?|~{3,})(?:[ox](?=\\s))?(?:\\s*\\|([^|]*)\\|)?");

	private static final Pattern SHAPE_DATA = Pattern.compile("^@\\{([^}]*)}");

	private static final Pattern SHAPE_LABEL = Pattern.compile("label\\s*:\\s*\"([^\"]*)\"");

	private final String text;

	private int at;

	MermaidCursor(String text) {
		this.text = text;
	}

	boolean atEnd() {
		skipSpace();
		return at >= text.length();
	}

	void skipSpace() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
	}

	String id() {
		skipSpace();
		Matcher matcher = ID.matcher(text).region(at, text.length());
		if (!matcher.lookingAt()) {
			return null;
		}
		String id = matcher.group();
		// "A-->B": an id never swallows the dashes of an edge.
		at = matcher.end();
		return id;
	}

	/**
	 * The label of the shape right after an id, or null when there is none (or it does
	 * not close).
	 */
	String shape() {
		Matcher data = SHAPE_DATA.matcher(text).region(at, text.length());
		if (data.lookingAt()) {
			at = data.end();
			Matcher label = SHAPE_LABEL.matcher(data.group(1));
			return label.find() ? label.group(1) : null;
		}
		for (String[] shape : SHAPES) {
			if (!text.startsWith(shape[0], at)) {
				continue;
			}
			int start = at + shape[0].length();
			if (start < text.length() && text.charAt(start) == '"') {
				int quote = text.indexOf('"', start + 1);
				if (quote > 0) {
					for (int c = 1; c < shape.length; c++) {
						if (text.startsWith(shape[c], quote + 1)) {
							at = quote + 1 + shape[c].length();
							return text.substring(start + 1, quote);
						}
					}
				}
			}
			int close = -1;
			String closer = null;
			for (int c = 1; c < shape.length; c++) {
				int found = text.indexOf(shape[c], start);
				if (found >= 0 && (close < 0 || found < close)) {
					close = found;
					closer = shape[c];
				}
			}
			if (close >= 0) {
				at = close + closer.length();
				return text.substring(start, close);
			}
		}
		return null;
	}

	void skipClass() {
		if (text.startsWith(":::", at)) {
			at += 3;
			Matcher matcher = ID.matcher(text).region(at, text.length());
			if (matcher.lookingAt()) {
				at = matcher.end();
			}
		}
	}

	boolean ampersand() {
		skipSpace();
		if (at < text.length() && text.charAt(at) == '&') {
			at++;
			return true;
		}
		return false;
	}

	/** An edge's label ("" for none), or null when no edge follows. */
	String edge() {
		Matcher middle = TEXT_EDGE.matcher(text).region(at, text.length());
		if (middle.lookingAt()) {
			at = middle.end();
			return middle.group(1);
		}
		Matcher arrow = ARROW.matcher(text).region(at, text.length());
		if (arrow.lookingAt()) {
			at = arrow.end();
			return arrow.group(1) == null ? "" : arrow.group(1);
		}
		return null;
	}

}
