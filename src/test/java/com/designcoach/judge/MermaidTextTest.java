package com.designcoach.judge;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MermaidTextTest {

	private static List<String> meanings(String answer) {
		return Text.sentences(answer).stream().filter(Text.Sentence::fromDiagram).map(Text.Sentence::meaning).toList();
	}

	private static String diagram(String body) {
		return "Our design:\n\n```mermaid\n" + body + "\n```\n\nThat is all.";
	}

	@Test
	void readsFlowchartEdgesWithLabelsShapesAndIds() {
		List<String> read = meanings(diagram("""
				flowchart LR
				  A[Request router] -->|top-k retrieval| B[(Vector index)]
				  B --> C([Cross-encoder reranker])
				  C -- grounded prompt --> D{{LLM}}
				  D -.-> E>Verifier]
				  E ==> F((Client))
				  A --- G[/Semantic cache/]"""));
		assertThat(read).containsExactly("Request router → Vector index: top-k retrieval",
				"Vector index → Cross-encoder reranker", "Cross-encoder reranker → LLM: grounded prompt",
				"LLM → Verifier", "Verifier → Client", "Request router → Semantic cache");
	}

	@Test
	void readsChainedEdgesGroupsSemicolonsAndQuotedLabels() {
		List<String> read = meanings(diagram("""
				graph TD
				  U["User (Slack)"] --> GW[API gateway] -->|auth| O[Orchestrator]; O --> S[Search]
				  S & O --> L[LLM]
				  L:::hot --> U"""));
		assertThat(read).containsExactly("User (Slack) → API gateway", "API gateway → Orchestrator: auth",
				"Orchestrator → Search", "Search → LLM", "Orchestrator → LLM", "LLM → User (Slack)");
	}

	@Test
	void labelsDefinedLaterAndSubgraphsNameTheirMembers() {
		List<String> read = meanings(diagram("""
				flowchart TB
				  subgraph ingest [Ingestion pipeline]
				    K[Kafka topic] --> W[Embedding workers]
				  end
				  W --> X
				  X[(OpenSearch k-NN)]
				  lonely[Feature store]
				  classDef hot fill:#f00
				  click X "javascript:alert(1)"
				  %% a comment"""));
		assertThat(read).containsExactly("Ingestion pipeline: Kafka topic, Embedding workers",
				"Kafka topic → Embedding workers", "Embedding workers → OpenSearch k-NN", "Feature store", "a comment");
	}

	@Test
	void readsSequenceDiagramMessagesWithAliasesNotesAndBlocks() {
		List<String> read = meanings(diagram("""
				sequenceDiagram
				  participant C as Client
				  actor G as API gateway
				  C->>G: POST /chat
				  G-->>+C: stream tokens over SSE
				  Note over C,G: p95 under 2 s
				  alt cache hit
				  G-xC: cached answer
				  end"""));
		assertThat(read).containsExactly("Client → API gateway: POST /chat",
				"API gateway → Client: stream tokens over SSE", "Note on C,G: p95 under 2 s", "alt cache hit",
				"API gateway → Client: cached answer");
	}

	@Test
	void keepsEachStatementsLineForQuotingAndTheProseAround() {
		List<Text.Sentence> sentences = Text
			.sentences(diagram("flowchart LR\n  A[Router] -->|top-k| B[(Index)] --> C[Reranker]"));
		assertThat(sentences).extracting(Text.Sentence::original)
			.containsExactly("Our design:", "A[Router] -->|top-k| B[(Index)] --> C[Reranker]",
					"A[Router] -->|top-k| B[(Index)] --> C[Reranker]", "That is all.");
		assertThat(sentences.get(1).paragraph()).isNotEqualTo(sentences.get(0).paragraph())
			.isNotEqualTo(sentences.get(3).paragraph());
		assertThat(sentences.get(1).terms()).contains("rout", "index").doesNotContain("a", "b");
	}

	@Test
	void garbageAndOtherDiagramKindsStayPlainText() {
		for (String body : List.of("this is not a diagram --> at all", "flowchart LR\n  -->|x| ]]",
				"classDiagram\n  A <|-- B", "", "flowchart LR")) {
			String answer = diagram(body);
			List<Text.Sentence> sentences = Text.sentences(answer);
			assertThat(sentences).as(body).noneMatch(Text.Sentence::fromDiagram);
			assertThat(sentences).extracting(Text.Sentence::original).contains("```mermaid", "Our design:");
		}
		assertThat(Text.sentences("```mermaid\nflowchart LR\nA[never closed --> B"))
			.noneMatch(Text.Sentence::fromDiagram);
		assertThat(meanings("```mermaid\nflowchart LR\nA[Router] --> B[Index]")).as("an unclosed fence still reads")
			.containsExactly("Router → Index");
	}

	@Test
	void proseWithoutDiagramsSplitsAsBefore() {
		String prose = "We shard by tenant. Then we cache.\n\n- item one\n- item two";
		assertThat(Text.sentences(prose)).extracting(Text.Sentence::original)
			.containsExactly("We shard by tenant.", "Then we cache.", "item one", "item two");
		assertThat(Text.sentences(prose)).extracting(Text.Sentence::paragraph).containsExactly(0, 0, 1, 1);
	}

	@Test
	void givesModelsTheLinesAndWhatTheySay() {
		String joined = ScreenedAnswer.of(diagram("sequenceDiagram\n  Client->>Gateway: POST /chat")).forModel();
		assertThat(joined).isEqualTo("Our design:\n```mermaid\nClient->>Gateway: POST /chat\n```\n"
				+ "(The diagram above, read as sentences:)\n- Client → Gateway: POST /chat\nThat is all.");
	}

}
