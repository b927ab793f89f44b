package com.designcoach.diagram;

import java.util.List;
import java.util.Optional;

/**
 * The Mermaid reader's public surface. The judges read an answer's fenced diagrams
 * through it as statements; the scenario feature asks whether a reference diagram is one
 * they can read. It knows neither feature, so both can depend on it.
 */
public final class Diagrams {

	private Diagrams() {
	}

	/**
	 * One statement of a diagram: the line as written, what it says, and its row in the
	 * text.
	 */
	public record Statement(String line, String meaning, int row) {
	}

	/**
	 * A piece of an answer: prose ({@code diagram == null}), or a diagram that was read.
	 */
	public record Part(String prose, List<Statement> diagram) {
	}

	/** A cheap first test: text that never says "mermaid" has no diagram to read. */
	public static boolean mayContainDiagram(String text) {
		return MermaidText.mayContainDiagram(text);
	}

	/**
	 * The text cut into prose and diagrams, in order; unreadable diagrams stay in the
	 * prose, fences and all.
	 */
	public static List<Part> parts(String text) {
		return MermaidText.parts(text);
	}

	/**
	 * Why the judges could not read this diagram (given without its fence), or empty when
	 * they can.
	 */
	public static Optional<String> problem(String source) {
		if (source.isBlank()) {
			return Optional.of("is empty; leave it out instead");
		}
		if (source.strip().startsWith("```") || source.strip().startsWith("~~~")) {
			return Optional.of("must be the Mermaid text itself, without the ``` fence");
		}
		List<Statement> statements = MermaidText.read(List.of(source.replace("\r", "").split("\n")));
		return statements.isEmpty()
				? Optional.of("must be a Mermaid flowchart or sequence diagram with at least one node, edge or message")
				: Optional.empty();
	}

}
