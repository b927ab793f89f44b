package com.designcoach.judge.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a model answered for one step, read leniently: verdicts are matched to key points
 * by their number (a {@code kpN} property, or an array entry's {@code index}, or its
 * position when it has none), whatever order they come in; numbers outside the step and
 * second verdicts for a key point are ignored and counted. Only a reply with no readable
 * verdict at all is unreadable; everything else is graded, and what is missing counts as
 * missing.
 */
record ModelGrade(Map<Integer, Verdict> verdicts, String rationale, Integer score, List<String> suggestions,
		int ignored) {

	record Verdict(String verdict, String quote) {
	}

	static final class Unreadable extends RuntimeException {

		Unreadable(String problem) {
			super(problem, null, false, false);
		}

	}

	private static final Pattern NUMBER = Pattern.compile("(\\d{1,3})$");

	static ModelGrade read(String reply, int keyPoints, JsonMapper json) {
		JsonNode root;
		try {
			root = json.readTree(strip(reply));
		}
		catch (RuntimeException ex) {
			throw new Unreadable("it was not valid JSON");
		}
		if (root == null || !root.isObject()) {
			throw new Unreadable("it was not a JSON object");
		}
		Map<Integer, Verdict> verdicts = new LinkedHashMap<>();
		int ignored = 0;
		JsonNode points = root.path("keyPoints");
		List<Map.Entry<Integer, JsonNode>> entries = new ArrayList<>();
		if (points.isObject()) {
			for (Map.Entry<String, JsonNode> entry : points.properties()) {
				Matcher number = NUMBER.matcher(entry.getKey());
				entries.add(Map.entry(number.find() ? Integer.parseInt(number.group(1)) : -1, entry.getValue()));
			}
		}
		else if (points.isArray()) {
			for (int i = 0; i < points.size(); i++) {
				JsonNode index = points.get(i).path("index");
				entries.add(Map.entry(index.isIntegralNumber() ? index.asInt() : i + 1, points.get(i)));
			}
		}
		for (Map.Entry<Integer, JsonNode> entry : entries) {
			int index = entry.getKey();
			if (index < 1 || index > keyPoints || verdicts.containsKey(index) || !entry.getValue().isObject()) {
				ignored++;
				continue;
			}
			verdicts.put(index, verdict(entry.getValue()));
		}
		if (verdicts.isEmpty()) {
			throw new Unreadable("it graded none of the " + keyPoints + " key points");
		}
		return new ModelGrade(verdicts, root.path("rationale").asString("").strip(), score(root.path("score")),
				suggestions(root.path("suggestions")), ignored);
	}

	private static Verdict verdict(JsonNode node) {
		String verdict = node.path("verdict").asString("").strip().toLowerCase(Locale.ROOT);
		String quote = node.path("quote").isString() ? node.path("quote").asString().strip() : "";
		return new Verdict(StepSchema.VERDICTS.contains(verdict) ? verdict : "missing", quote);
	}

	/**
	 * The model's own score, or null when it gave none in range: it then moves nothing.
	 */
	private static Integer score(JsonNode node) {
		int value;
		if (node.isIntegralNumber()) {
			value = node.asInt();
		}
		else if (node.isString() && node.asString().strip().matches("[1-5]")) {
			value = Integer.parseInt(node.asString().strip());
		}
		else {
			return null;
		}
		return value >= 1 && value <= 5 ? value : null;
	}

	private static List<String> suggestions(JsonNode node) {
		List<String> out = new ArrayList<>();
		for (JsonNode item : node) {
			String text = item.asString("").strip();
			if (!text.isEmpty() && out.size() < 6) {
				out.add(text);
			}
		}
		return out;
	}

	/** Some servers wrap JSON in a Markdown fence even when asked not to. */
	private static String strip(String reply) {
		if (reply == null) {
			throw new IllegalArgumentException("empty reply");
		}
		String trimmed = reply.strip();
		if (trimmed.startsWith("```")) {
			trimmed = trimmed.replaceFirst("^```(json)?", "").replaceFirst("```$", "").strip();
		}
		return trimmed;
	}

}
