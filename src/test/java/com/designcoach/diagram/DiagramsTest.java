package com.designcoach.diagram;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the reader tells the scenario feature about a reference diagram, and how it cuts
 * an answer.
 */
class DiagramsTest {

	@Test
	void saysWhyADiagramCannotBeRead() {
		assertThat(Diagrams.problem("  ")).hasValueSatisfying(problem -> assertThat(problem).contains("empty"));
		assertThat(Diagrams.problem("```mermaid\nflowchart LR\n  A --> B\n```"))
			.hasValueSatisfying(problem -> assertThat(problem).contains("without the ``` fence"));
		assertThat(Diagrams.problem("classDiagram\n  A <|-- B"))
			.hasValueSatisfying(problem -> assertThat(problem).contains("flowchart or sequence diagram"));
		assertThat(Diagrams.problem("flowchart LR\r\n  A[Router] --> B[Index]")).isEmpty();
		assertThat(Diagrams.problem("sequenceDiagram\n  Client->>Gateway: POST /chat")).isEmpty();
	}

	@Test
	void cutsTextIntoProseAndTheDiagramsItCanRead() {
		List<Diagrams.Part> parts = Diagrams
			.parts("Our design:\n```mermaid\nflowchart LR\n  A[Router] --> B[Index]\n```\nDone.");
		assertThat(parts).extracting(Diagrams.Part::prose).containsExactly("Our design:\n", null, "\nDone.\n");
		assertThat(parts.get(1).diagram())
			.containsExactly(new Diagrams.Statement("A[Router] --> B[Index]", "Router → Index", 1));
		assertThat(Diagrams.mayContainDiagram("no diagram here")).isFalse();
	}

}
