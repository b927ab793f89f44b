package com.designcoach.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A flowchart's statements: nodes with their labels ({@code A[Request router]}, any
 * shape), edges plain, labelled ({@code -->|top-k|}, {@code -- top-k -->}) or chained,
 * node groups ({@code A & B --> C}) and subgraphs. Edges are read after every node is
 * known, so an edge by ids ({@code A --> B}) says what the labels say.
 */
final class MermaidFlowchart {

	private static final Pattern SKIPPED = Pattern.compile(
			"^(classDef|class|style|linkStyle|click|direction|accTitle|accDescr|title)\\b.*", Pattern.CASE_INSENSITIVE);

	private static final Pattern SUBGRAPH = Pattern.compile("^subgraph\\s+(.+)$", Pattern.CASE_INSENSITIVE);

	private final Map<String, String> labels = new LinkedHashMap<>();

	private final List<Pending> pending = new ArrayList<>();

	private final Deque<Subgraph> open = new ArrayDeque<>();

	private final List<Subgraph> subgraphs = new ArrayList<>();

	private final List<Diagrams.Statement> notes = new ArrayList<>();

	/**
	 * A statement whose meaning waits for every label: edges (from, to, label) or a lone
	 * node.
	 */
	private record Pending(String line, int row, List<String> from, List<String> to, String label, Subgraph group) {
	}

	private static final class Subgraph {

		final String title;

		final String line;

		final int row;

		final Set<String> members = new LinkedHashSet<>();

		Subgraph(String title, String line, int row) {
			this.title = title;
			this.line = line;
			this.row = row;
		}

	}

	MermaidFlowchart(List<String> body, int firstRow) {
		for (int i = 0; i < body.size(); i++) {
			String line = body.get(i);
			for (String statement : statements(line)) {
				read(statement.strip(), line.strip(), firstRow + i);
			}
		}
	}

	/** A line may hold several statements separated by semicolons outside labels. */
	private static List<String> statements(String line) {
		List<String> out = new ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		int from = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '[' || c == '(' || c == '{')) {
				depth++;
			}
			else if (!quoted && (c == ']' || c == ')' || c == '}')) {
				depth = Math.max(0, depth - 1);
			}
			else if (!quoted && depth == 0 && c == ';') {
				out.add(line.substring(from, i));
				from = i + 1;
			}
		}
		out.add(line.substring(from));
		return out;
	}

	private void read(String statement, String line, int row) {
		if (statement.startsWith("%%")) {
			MermaidText.comment(line, row).ifPresent(notes::add);
			return;
		}
		if (statement.isEmpty() || SKIPPED.matcher(statement).matches()) {
			return;
		}
		if (statement.equalsIgnoreCase("end")) {
			open.pollFirst();
			return;
		}
		Matcher subgraph = SUBGRAPH.matcher(statement);
		if (subgraph.matches()) {
			MermaidCursor title = new MermaidCursor(subgraph.group(1));
			String id = title.id();
			title.skipSpace();
			String label = id != null ? title.shape() : null;
			String name = MermaidText.cleanLabel(label != null ? label : subgraph.group(1));
			Subgraph group = new Subgraph(name, line, row);
			subgraphs.add(group);
			open.push(group);
			return;
		}
		MermaidCursor cursor = new MermaidCursor(statement);
		List<String> left = nodes(cursor);
		if (left == null) {
			return;
		}
		boolean edged = false;
		while (!cursor.atEnd()) {
			String label = cursor.edge();
			if (label == null) {
				break;
			}
			List<String> right = nodes(cursor);
			if (right == null) {
				break;
			}
			pending
				.add(new Pending(line, row, left, right, label.isEmpty() ? null : MermaidText.cleanLabel(label), null));
			edged = true;
			left = right;
		}
		if (!edged) {
			left.stream()
				.filter(labels::containsKey)
				.forEach(id -> pending.add(new Pending(line, row, List.of(id), List.of(), null, null)));
		}
	}

	/**
	 * One node or an {@code &} group, registering labels and subgraph membership; null
	 * when none is there.
	 */
	private List<String> nodes(MermaidCursor cursor) {
		List<String> ids = new ArrayList<>();
		do {
			String id = cursor.id();
			if (id == null) {
				return ids.isEmpty() ? null : ids;
			}
			String label = cursor.shape();
			if (label != null && !MermaidText.cleanLabel(label).isEmpty()) {
				labels.put(id, MermaidText.cleanLabel(label));
			}
			cursor.skipClass();
			ids.add(id);
			for (Subgraph group : open) {
				group.members.add(id);
			}
		}
		while (cursor.ampersand());
		return ids;
	}

	List<Diagrams.Statement> statements() {
		List<Diagrams.Statement> out = new ArrayList<>();
		Set<String> connected = new LinkedHashSet<>();
		pending.stream().filter(p -> !p.to().isEmpty()).forEach(p -> {
			connected.addAll(p.from());
			connected.addAll(p.to());
		});
		for (Subgraph group : subgraphs) {
			if (!group.title.isEmpty() && !group.members.isEmpty()) {
				out.add(new Diagrams.Statement(group.line,
						group.title + ": " + String.join(", ", group.members.stream().map(this::name).toList()),
						group.row));
			}
		}
		for (Pending p : pending) {
			if (p.to().isEmpty()) {
				if (!connected.contains(p.from().get(0))) {
					out.add(new Diagrams.Statement(p.line(), name(p.from().get(0)), p.row()));
				}
				continue;
			}
			for (String from : p.from()) {
				for (String to : p.to()) {
					out.add(new Diagrams.Statement(p.line(),
							name(from) + " → " + name(to) + (p.label() == null ? "" : ": " + p.label()), p.row()));
				}
			}
		}
		if (!out.isEmpty()) {
			out.addAll(notes);
		}
		out.sort((a, b) -> Integer.compare(a.row(), b.row()));
		return out;
	}

	private String name(String id) {
		return labels.getOrDefault(id, id);
	}

}
