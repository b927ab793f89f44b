package com.designcoach.interview;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.designcoach.ApiTestSupport;
import com.designcoach.scenario.ScenarioDocuments;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Diagrams over HTTP: an answer whose diagram carries a key point, one that does not
 * parse, reference diagrams.
 */
class DiagramApiTest extends ApiTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PERMISSIONS = "Enforces permissions at query time";

	private static final String EDGE = "O -->|pre-filter by group membership| S[(Hybrid search)]";

	private static final String PROSE = "The ingestion pipeline publishes change events to a Kafka message queue; "
			+ "workers chunk and embed documents, then upsert them into the vector database index.";

	private static final String WITH_DIAGRAM = PROSE
			+ "\n\n```mermaid\nflowchart LR\n  G[API gateway] --> O[Orchestrator]\n"
			+ "  O --> IdP[Identity provider, cached with a 5 min TTL]\n  " + EDGE + "\n```\n";

	private static final String BROKEN = "Deployment: canary then full rollout.\n\n```mermaid\nflowchart LR\n  A[unclosed --> ]]]\n"
			+ "```\n\n```mermaid\n<script>alert(1)</script>\n```\n\n```mermaid\nsequenceDiagram\n  ->>: ::\n```";

	@Test
	void aKeyPointCoveredOnlyByADiagramIsGradedAndADiagramThatDoesNotParseIsHandled() {
		String user = newCandidate();
		int id = startInterview(user, "rag-internal-docs-chatbot");
		as(user).body(answer(WITH_DIAGRAM))
			.put("/api/interviews/" + id + "/answers/system-design")
			.then()
			.statusCode(200);
		as(user).body(answer(BROKEN))
			.put("/api/interviews/" + id + "/answers/deployment-monitoring")
			.then()
			.statusCode(200);
		as(user).get("/api/interviews/" + id)
			.then()
			.body("steps.find { it.key == 'system-design' }.text", equalTo(WITH_DIAGRAM));
		as(user).post("/api/interviews/" + id + "/submit").then().statusCode(202);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> as(user).get("/api/interviews/" + id + "/feedback")
				.then()
				.statusCode(200)
				.body("status", equalTo("GRADED")));

		JsonNode feedback = JSON
			.readTree(as(user).get("/api/interviews/" + id + "/feedback").then().extract().asString());
		JsonNode design = step(feedback, "system-design");
		assertThat(texts(design.path("coveredKeyPoints"))).anyMatch(point -> point.startsWith(PERMISSIONS));
		List<String> evidence = texts(design.path("evidence"));
		assertThat(evidence).anyMatch(quote -> quote.equals(EDGE) || quote.startsWith("O --> IdP["));
		assertThat(evidence).allMatch(quote -> WITH_DIAGRAM.contains(quote));
		assertThat(design.path("referenceDiagram").asString()).startsWith("flowchart");
		assertThat(texts(feedback.path("flags"))).isEmpty();

		JsonNode broken = step(feedback, "deployment-monitoring");
		assertThat(broken.path("score").asInt()).isBetween(1, 5);
		assertThat(texts(broken.path("evidence"))).allMatch(quote -> BROKEN.contains(quote));
		assertThat(step(feedback, "framing").path("referenceDiagram").isMissingNode()
				|| step(feedback, "framing").path("referenceDiagram").isNull())
			.isTrue();
	}

	private static final String STORE = "Chooses a store that supports hybrid search";

	private static final String STORE_NODE = "  O --> S[(OpenSearch k-NN hybrid index, sharding with replicas)]";

	/** Node labels only: no edge of this diagram has a label. */
	private static final String WITH_NODES = PROSE
			+ "\n\n```mermaid\nflowchart LR\n  G[API gateway] --> O[Orchestrator]\n" + STORE_NODE + "\n```\n";

	@Test
	void aKeyPointCoveredOnlyByNodeLabelsIsCoveredAndTheProseAloneMissesIt() {
		String user = newCandidate();
		JsonNode withNodes = step(drillOfSystemDesign(user, WITH_NODES), "system-design");
		JsonNode proseOnly = step(drillOfSystemDesign(user, PROSE), "system-design");

		assertThat(texts(withNodes.path("coveredKeyPoints"))).anyMatch(point -> point.startsWith(STORE));
		assertThat(texts(withNodes.path("evidence"))).contains(STORE_NODE.strip());
		assertThat(texts(proseOnly.path("coveredKeyPoints"))).noneMatch(point -> point.startsWith(STORE));
		assertThat(texts(proseOnly.path("missedKeyPoints"))).anyMatch(point -> point.startsWith(STORE));
	}

	/** A drill of the system-design step with this answer, graded; its feedback. */
	private JsonNode drillOfSystemDesign(String user, String text) {
		int id = as(user).body("""
				{"scenarioId": "rag-internal-docs-chatbot", "steps": ["system-design"]}""")
			.post("/api/interviews")
			.then()
			.statusCode(201)
			.extract()
			.path("id");
		as(user).body(answer(text)).put("/api/interviews/" + id + "/answers/system-design").then().statusCode(200);
		as(user).post("/api/interviews/" + id + "/submit").then().statusCode(202);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> as(user).get("/api/interviews/" + id + "/feedback")
				.then()
				.statusCode(200)
				.body("status", equalTo("GRADED")));
		return JSON.readTree(as(user).get("/api/interviews/" + id + "/feedback").then().extract().asString());
	}

	@Test
	void referenceDiagramsAreValidatedStoredExportedAndKeptFromPractice() {
		String slug = uniqueSlug("diagram");
		ObjectNode document = (ObjectNode) JSON.readTree(ScenarioDocuments.valid(slug));
		ObjectNode design = (ObjectNode) document.path("steps").path("system-design");
		design.put("referenceDiagram", "sequenceDiagram\n  Client->>Gateway: POST /chat");
		asAdmin().body(JSON.writeValueAsString(document)).post("/api/admin/scenarios").then().statusCode(201);
		asAdmin().get("/api/admin/scenarios/" + slug)
			.then()
			.statusCode(200)
			.body("steps.system-design.referenceDiagram", equalTo("sequenceDiagram\n  Client->>Gateway: POST /chat"))
			.body("steps.framing", not(org.hamcrest.Matchers.hasKey("referenceDiagram")));
		asAdmin().get("/api/admin/scenarios/export")
			.then()
			.statusCode(200)
			.body("find { it.slug == '" + slug + "' }.steps.system-design.referenceDiagram",
					startsWith("sequenceDiagram"));
		String practice = as(newCandidate()).get("/api/scenarios/" + slug).then().statusCode(200).extract().asString();
		assertThat(practice).doesNotContain("Client->>Gateway");

		for (String bad : List.of("this is not mermaid", "```mermaid\nflowchart LR\n  A --> B\n```",
				"flowchart LR\n" + "  A[node] --> B[node]\n".repeat(250))) {
			design.put("referenceDiagram", bad);
			document.put("slug", uniqueSlug("diagram-bad"));
			asAdmin().body(JSON.writeValueAsString(document))
				.post("/api/admin/scenarios")
				.then()
				.statusCode(400)
				.body("errors.field", hasItem("steps.system-design.referenceDiagram"));
			asAdmin().body("[" + JSON.writeValueAsString(document) + "]")
				.post("/api/admin/scenarios/import")
				.then()
				.statusCode(400)
				.body("errors.field", hasItem("[0].steps.system-design.referenceDiagram"));
		}
	}

	private static String answer(String text) {
		return JSON.writeValueAsString(Map.of("text", text, "version", 0));
	}

	private static JsonNode step(JsonNode feedback, String key) {
		for (JsonNode step : feedback.path("steps")) {
			if (key.equals(step.path("key").asString())) {
				return step;
			}
		}
		throw new AssertionError("no step " + key);
	}

	private static List<String> texts(JsonNode array) {
		List<String> out = new java.util.ArrayList<>();
		array.forEach(node -> out.add(node.asString()));
		return out;
	}

}
