package com.designcoach.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sequence diagram's statements: messages ({@code Client->>Gateway: POST /chat}) with
 * the participants' aliases resolved, notes, and the conditions of loops and
 * alternatives.
 */
final class MermaidSequence {

	private static final Pattern PARTICIPANT = Pattern.compile("^(?:participant|actor)\\s+(\\S+)(?:\\s+as\\s+(.+))?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MESSAGE = Pattern
		.compile("^([^:]+?)\\s*(<<-->>|<<->>|-->>|->>|--x|-x|--\\)|-\\)|-->|->)\\s*[+-]?\\s*([^:]+?)\\s*:\\s*(.*)$");

	private static final Pattern NOTE = Pattern.compile("^note\\s+(?:over|left of|right of)\\s+([^:]+):\\s*(.+)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern BLOCK = Pattern.compile("^(loop|alt|else|opt|par|and|critical|break|option)\\s+(.+)$",
			Pattern.CASE_INSENSITIVE);

	private MermaidSequence() {
	}

	static List<Diagrams.Statement> statements(List<String> body, int firstRow) {
		Map<String, String> names = new HashMap<>();
		List<String[]> messages = new ArrayList<>();
		List<Diagrams.Statement> out = new ArrayList<>();
		for (int i = 0; i < body.size(); i++) {
			String line = body.get(i).strip();
			if (line.startsWith("%%")) {
				MermaidText.comment(line, firstRow + i).ifPresent(out::add);
				continue;
			}
			Matcher participant = PARTICIPANT.matcher(line);
			if (participant.matches()) {
				if (participant.group(2) != null) {
					names.put(participant.group(1), MermaidText.cleanLabel(participant.group(2)));
				}
				continue;
			}
			Matcher message = MESSAGE.matcher(line);
			if (message.matches()) {
				messages.add(new String[] { line, message.group(1), message.group(3), message.group(4),
						String.valueOf(firstRow + i) });
				out.add(null); // its place, filled once every alias is known
				continue;
			}
			Matcher note = NOTE.matcher(line);
			if (note.matches()) {
				out.add(new Diagrams.Statement(line,
						"Note on " + note.group(1).strip() + ": " + MermaidText.cleanLabel(note.group(2)),
						firstRow + i));
				continue;
			}
			Matcher block = BLOCK.matcher(line);
			if (block.matches()) {
				out.add(new Diagrams.Statement(line, block.group(1).toLowerCase(java.util.Locale.ROOT) + " "
						+ MermaidText.cleanLabel(block.group(2)), firstRow + i));
			}
		}
		int next = 0;
		for (int i = 0; i < out.size(); i++) {
			if (out.get(i) == null) {
				String[] m = messages.get(next++);
				String text = MermaidText.cleanLabel(m[3]);
				out.set(i,
						new Diagrams.Statement(m[0],
								name(names, m[1]) + " → " + name(names, m[2]) + (text.isEmpty() ? "" : ": " + text),
								Integer.parseInt(m[4])));
			}
		}
		return messages.isEmpty() ? List.of() : out;
	}

	private static String name(Map<String, String> names, String id) {
		String key = id.strip();
		return names.getOrDefault(key, key);
	}

}
