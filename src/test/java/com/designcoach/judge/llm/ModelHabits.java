package com.designcoach.judge.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replies of the kind real small and generous models give, built on the fake server's
 * sensible grade for the same request: each is the content of a chat completion.
 */
final class ModelHabits {

	private ModelHabits() {
	}

	/** The slip of 7-8B models: the last key point's verdict is left out. */
	static Function<String, String> oneVerdictTooFew(FakeModelServer server) {
		return body -> {
			ObjectNode grade = (ObjectNode) FakeModelServer.JSON.readTree(server.gradeFor(body));
			ObjectNode points = (ObjectNode) grade.path("keyPoints");
			points.remove("kp" + points.size());
			return grade.toString();
		};
	}

	/**
	 * The older array shape, numbered by {@code index} but in reverse order, plus a
	 * duplicate of key point 1 marked missing and an entry for a key point the step does
	 * not have. Only key point 1 is covered (with the first sentence); the others are
	 * missing.
	 */
	static Function<String, String> reversedArrayCoveringOnlyTheFirst(FakeModelServer server) {
		return body -> {
			ObjectNode grade = (ObjectNode) FakeModelServer.JSON.readTree(server.gradeFor(body));
			List<Map.Entry<String, JsonNode>> points = new ArrayList<>(grade.path("keyPoints").properties());
			ArrayNode array = FakeModelServer.JSON.createArrayNode();
			array.addObject()
				.put("index", points.size() + 1)
				.put("reasoning", "extra")
				.put("verdict", "covered")
				.put("quote", points.get(0).getValue().path("quote").asString());
			for (int i = points.size(); i >= 1; i--) {
				ObjectNode entry = array.addObject().put("index", i).put("reasoning", "checked");
				boolean first = i == 1;
				entry.put("verdict", first ? "covered" : "missing")
					.put("quote", first ? points.get(0).getValue().path("quote").asString() : "");
			}
			array.addObject().put("index", 1).put("reasoning", "again").put("verdict", "missing").put("quote", "");
			grade.set("keyPoints", array);
			return grade.toString();
		};
	}

	/**
	 * Everything covered and a 5, with one genuine quote (key point 1) and the rest
	 * invented.
	 */
	static Function<String, String> claimsEverythingWithOneRealQuote(FakeModelServer server) {
		return body -> {
			ObjectNode grade = (ObjectNode) FakeModelServer.JSON.readTree(server.gradeFor(body));
			int i = 0;
			for (Map.Entry<String, JsonNode> point : grade.path("keyPoints").properties()) {
				if (i++ > 0) {
					((ObjectNode) point.getValue()).put("quote",
							"We shard the index across " + (i * 16) + " GPUs with a learned router.");
				}
			}
			grade.put("score", 5).put("rationale", "Exceptional, covers everything in depth.");
			return grade.toString();
		};
	}

	/**
	 * Everything covered and a 5, with the candidate's first sentence, genuine, pasted
	 * under every key point.
	 */
	static Function<String, String> pastesOneRealQuoteEverywhere(FakeModelServer server) {
		return body -> {
			ObjectNode grade = (ObjectNode) FakeModelServer.JSON.readTree(server.gradeFor(body));
			String first = FakeModelServer.sentences(FakeModelServer.candidateText(FakeModelServer.userPrompt(body)))
				.get(0);
			for (JsonNode point : grade.path("keyPoints")) {
				((ObjectNode) point).put("verdict", "covered").put("quote", first);
			}
			grade.put("score", 5).put("rationale", "Exceptional, covers everything in depth.");
			return grade.toString();
		};
	}

}
