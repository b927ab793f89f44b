package com.designcoach.judge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.designcoach.rubric.Framework;
import com.designcoach.scenario.ScenarioDocument;

/**
 * What the offline judge writes: the rationale, the level, and suggestions phrased as a
 * coach would say them (what to add, and why it matters in this scenario), not a key
 * point's text repeated back.
 */
final class OfflineFeedback {

	private static final int MAX_POINT_SUGGESTIONS = 4;

	private static final int MAX_TOPIC_WORDS = 14;

	private static final int MAX_QUOTE = 300;

	/** Where a key point's topic ends and its detail begins. */
	private static final Pattern TOPIC_END = Pattern
		.compile("[:;(]|\\s[—–-]\\s|, (?:with|and|plus|because|so|since|which|e\\.g\\.)\\b|[：；（，。]");

	/** The reason a key point gives for itself. */
	private static final Pattern REASON = Pattern.compile(
			"\\b(?:because|since|so that|so|otherwise|to avoid|to prevent)\\b\\s+([^.;:]{8,200})|(?:因为|以免|避免|为了|否则)([^。；]{4,80})",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern THIRD_PERSON_VERB = Pattern
		.compile("^([A-Z][a-z]+?)(ies|ches|shes|sses|xes|zes|s)\\b");

	/** Why a step with no answer is at the lowest level. */
	static final String NO_ANSWER = "No answer was given for this step.";

	private OfflineFeedback() {
	}

	/**
	 * Why answers about another problem ({@code aboutInstead}, a scenario's title) earn
	 * nothing.
	 */
	static String offTopic(String aboutInstead) {
		return "The answers do not address this scenario: they read as an answer to another problem, \"" + aboutInstead
				+ "\".";
	}

	static String rationale(List<Coverage> coverage, Depth depth) {
		long full = coverage.stream().filter(c -> c.strength() >= 1).count();
		long partial = coverage.stream().filter(c -> c.strength() > 0 && c.strength() < 1).count();
		StringBuilder text = new StringBuilder();
		text.append("Covers ").append(full).append(" of ").append(coverage.size()).append(" key points");
		if (partial > 0) {
			text.append(", and touches ").append(partial).append(" more only in passing");
		}
		text.append(". On this step's topics it gives ")
			.append(plural(depth.quantities(), "concrete figure"))
			.append(", weighs ")
			.append(plural(depth.tradeOffs(), "trade-off"))
			.append(" and explains ")
			.append(plural(depth.reasons(), "reason"))
			.append('.');
		return text.toString();
	}

	/** A rationale followed by the level it earns. */
	static String withLevel(String rationale, Framework.Step step, int score) {
		return rationale + " " + level(step, score);
	}

	private static String level(Framework.Step step, int score) {
		return "Level " + score + ": " + step.descriptor(score);
	}

	/**
	 * Advice for each key point not fully covered, in the rubric's order, at most four.
	 */
	static List<String> forKeyPoints(ScenarioDocument scenario, String stepKey,
			List<CompiledScenario.CompiledKeyPoint> keyPoints, List<Coverage> coverage) {
		List<String> suggestions = new ArrayList<>();
		for (int i = 0; i < keyPoints.size() && suggestions.size() < MAX_POINT_SUGGESTIONS; i++) {
			double strength = coverage.isEmpty() ? 0 : coverage.get(i).strength();
			if (strength < 1) {
				suggestions.add(advice(scenario, stepKey, keyPoints.get(i), strength > 0));
			}
		}
		return suggestions;
	}

	/**
	 * "Use hybrid retrieval: in this scenario it matters because acronyms and error codes
	 * are missed by dense search alone." The topic is the key point's opening clause
	 * turned into an instruction; the reason is the key point's own, or the reference
	 * answer's sentence on it.
	 */
	static String advice(ScenarioDocument scenario, String stepKey, CompiledScenario.CompiledKeyPoint point,
			boolean touched) {
		String topic = topic(point.text());
		String why = reason(point.text());
		StringBuilder advice = new StringBuilder();
		if (touched) {
			advice.append("You touched on this; go further and ")
				.append(lowerFirst(topic))
				.append(", saying what you would choose, with a figure or the alternative you rejected");
		}
		else {
			advice.append(topic);
		}
		if (why != null) {
			advice.append(": in this scenario it matters ").append(why).append('.');
		}
		else {
			String strong = referenceSentence(scenario, stepKey, point);
			advice.append(strong != null ? ". A strong answer here puts it like this: \"" + strong + "\""
					: ": an interviewer for \"" + scenario.title() + "\" will expect it.");
		}
		return advice.toString().replace("..", ".");
	}

	/**
	 * The key point's opening clause, as an instruction: "Uses hybrid retrieval: ..."
	 * becomes "Use hybrid retrieval".
	 */
	static String topic(String keyPoint) {
		String text = keyPoint.strip();
		Matcher end = TOPIC_END.matcher(text);
		String clause = end.find() && end.start() > 0 ? text.substring(0, end.start()) : text;
		clause = clause.strip().replaceAll("[.。]+$", "");
		if (clause.split("\\s+").length > MAX_TOPIC_WORDS && !Text.hasCjk(clause)) {
			int comma = clause.indexOf(", ");
			String[] words = (comma > 0 ? clause.substring(0, comma) : clause).split("\\s+");
			clause = words.length > MAX_TOPIC_WORDS ? String.join(" ", Arrays.copyOf(words, MAX_TOPIC_WORDS)) + "\u2026"
					: String.join(" ", words);
		}
		if (Text.hasCjk(clause) && Text.mostlyChinese(clause)) {
			return "Add this to your answer: " + clause;
		}
		Matcher verb = THIRD_PERSON_VERB.matcher(clause);
		if (verb.find()) {
			String ending = verb.group(2);
			String base = verb.group(1)
					+ (ending.equals("ies") ? "y" : ending.equals("s") ? "" : ending.substring(0, 2));
			return base + clause.substring(verb.end());
		}
		return "Cover " + lowerFirst(clause);
	}

	private static String reason(String keyPoint) {
		Matcher matcher = REASON.matcher(keyPoint);
		if (!matcher.find()) {
			return null;
		}
		String clause = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
		String marker = keyPoint.substring(matcher.start(), matcher.start(matcher.group(1) != null ? 1 : 2)).strip();
		String english = switch (marker) {
			case "以免", "避免" -> "to avoid";
			case "为了" -> "to achieve";
			case "否则" -> "because otherwise";
			case "因为" -> "because";
			default -> marker.toLowerCase(Locale.ROOT);
		};
		return english + " " + clause.strip();
	}

	/**
	 * The reference answer's sentence that names the point (one of its keywords) and says
	 * most about it, a reason weighing in its favour; null when none names it.
	 */
	private static String referenceSentence(ScenarioDocument scenario, String stepKey,
			CompiledScenario.CompiledKeyPoint point) {
		ScenarioDocument.StepContent step = scenario.step(stepKey);
		if (step == null || step.referenceAnswer() == null) {
			return null;
		}
		Text.Sentence best = null;
		double bestScore = 0;
		for (Text.Sentence sentence : Text.sentences(step.referenceAnswer())) {
			long keywords = point.keywords().stream().filter(keyword -> keyword.matches(sentence)).count();
			if (keywords == 0 || sentence.original().length() > MAX_QUOTE) {
				continue;
			}
			double score = 2 * keywords + sentence.terms().stream().filter(point.terms()::contains).count()
					+ (REASON.matcher(sentence.original()).find() ? 1 : 0);
			if (score > bestScore) {
				best = sentence;
				bestScore = score;
			}
		}
		return best == null ? null : best.original();
	}

	static List<String> forDepth(Depth depth) {
		List<String> suggestions = new ArrayList<>();
		if (depth.quantities() == 0) {
			suggestions.add("Put numbers on the design: state targets and sizes such as a p95 latency, requests "
					+ "per second, data volume or cost, and derive capacity from them.");
		}
		if (depth.tradeOffs() == 0) {
			suggestions.add("Name at least one alternative you rejected and the trade-off that decided it "
					+ "(for example quality against latency or cost).");
		}
		if (depth.reasons() == 0) {
			suggestions.add("Say why, not only what: give the reason behind each choice.");
		}
		return suggestions;
	}

	private static String lowerFirst(String text) {
		return text.isEmpty()
				|| Character.isUpperCase(text.charAt(0)) && text.length() > 1 && Character.isUpperCase(text.charAt(1))
						? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

}
