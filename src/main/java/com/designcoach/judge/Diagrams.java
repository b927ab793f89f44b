package com.designcoach.judge;

import java.util.List;
import java.util.Optional;

/** What other features may ask of the diagram reader: whether a Mermaid text is one the judges can read. */
public final class Diagrams {

	private Diagrams() {
	}

	/** Why the judges could not read this diagram (given without its fence), or empty when they can. */
	public static Optional<String> problem(String source) {
		if (source.isBlank()) {
			return Optional.of("is empty; leave it out instead");
		}
		if (source.strip().startsWith("```") || source.strip().startsWith("~~~")) {
			return Optional.of("must be the Mermaid text itself, without the ``` fence");
		}
		List<MermaidText.Statement> statements = MermaidText.read(List.of(source.replace("\r", "").split("\n")));
		return statements.isEmpty()
				? Optional.of("must be a Mermaid flowchart or sequence diagram with at least one node, edge or message")
				: Optional.empty();
	}

}
