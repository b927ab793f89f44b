package com.designcoach.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced Mermaid diagrams of an answer, read as structure. A flowchart's edges and a
 * sequence diagram's messages become sentences ("Request router → Vector index: top-k
 * retrieval") that the judges grade like prose, each kept with the line it came from, so
 * evidence quotes the diagram verbatim. A block that is not a flowchart or a sequence
 * diagram, or that has no statement this reader understands, stays plain text.
 */
final class MermaidText {

	private static final Pattern OPEN = Pattern.compile("^\\s*(`{3,}|~{3,})\\s*mermaid\\s*$", Pattern.CASE_INSENSITIVE);

	private MermaidText() {
	}

	static boolean mayContainDiagram(String text) {
		return text != null && text.toLowerCase(Locale.ROOT).contains("mermaid");
	}

	/**
	 * The answer cut into prose and diagrams, in order; unreadable diagrams stay in the
	 * prose, fences and all.
	 */
	static List<Diagrams.Part> parts(String text) {
		List<Diagrams.Part> parts = new ArrayList<>();
		String[] lines = text.split("\n", -1);
		StringBuilder prose = new StringBuilder();
		int i = 0;
		while (i < lines.length) {
			Matcher open = OPEN.matcher(lines[i]);
			if (!open.matches()) {
				prose.append(lines[i++]).append('\n');
				continue;
			}
			String fence = open.group(1);
			int end = i + 1;
			while (end < lines.length && !lines[end].strip().startsWith(fence.substring(0, 3))) {
				end++;
			}
			List<Diagrams.Statement> statements = read(List.of(lines).subList(i + 1, end));
			if (statements.isEmpty()) {
				for (int j = i; j < Math.min(end + 1, lines.length); j++) {
					prose.append(lines[j]).append('\n');
				}
			}
			else {
				if (!prose.isEmpty()) {
					parts.add(new Diagrams.Part(prose.toString(), null));
					prose.setLength(0);
				}
				parts.add(new Diagrams.Part(null, statements));
				prose.append('\n'); // what follows the diagram starts a new paragraph
			}
			i = end + 1;
		}
		if (!prose.toString().isBlank()) {
			parts.add(new Diagrams.Part(prose.toString(), null));
		}
		return parts;
	}

	/**
	 * The statements of one diagram's source, or none when it is not one this reader
	 * understands.
	 */
	static List<Diagrams.Statement> read(List<String> source) {
		int header = 0;
		while (header < source.size() && (source.get(header).isBlank() || source.get(header).strip().startsWith("%%")
				|| source.get(header).strip().equals("---"))) {
			header++;
		}
		if (header >= source.size()) {
			return List.of();
		}
		String kind = source.get(header).strip().toLowerCase(Locale.ROOT);
		List<String> body = source.subList(header + 1, source.size());
		if (kind.matches("(flowchart|graph)(\\s+(td|tb|bt|lr|rl))?\\s*;?")) {
			return new MermaidFlowchart(body, header + 1).statements();
		}
		if (kind.equals("sequencediagram")) {
			return MermaidSequence.statements(body, header + 1);
		}
		return List.of();
	}

	/**
	 * A comment of a diagram, read as what it says: candidate text like any other, so it
	 * counts, and a note to the grader hidden in one is screened and flagged.
	 */
	static Optional<Diagrams.Statement> comment(String line, int row) {
		String text = line.strip().replaceFirst("^%%+", "").strip();
		return text.isEmpty() ? Optional.empty() : Optional.of(new Diagrams.Statement(line.strip(), text, row));
	}

	/**
	 * A label as a reader sees it: quotes and line breaks gone, Markdown emphasis and
	 * entities dropped.
	 */
	static String cleanLabel(String label) {
		String clean = label.strip();
		if (clean.length() >= 2 && clean.startsWith("\"") && clean.endsWith("\"")) {
			clean = clean.substring(1, clean.length() - 1);
		}
		clean = clean.replaceAll("(?i)<br\\s*/?>", " ").replaceAll("#\\w+;", " ").replace("`", "").replace("**", "");
		return clean.replaceAll("\\s+", " ").strip();
	}

}
