package com.designcoach.judge;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a piece of advice tells the candidate to add: a key point's topic in a coach's
 * words ("Use hybrid retrieval"), never the point's full text.
 */
final class AdviceTopic {

	private static final int MAX_TOPIC_WORDS = 12;

	/** Where a key point's topic ends and its detail begins. */
	private static final Pattern TOPIC_END = Pattern
		.compile("[:;(]|\\s[—–-]\\s|, (?:with|and|plus|because|so|since|which|e\\.g\\.)\\b|[：；（，。]");

	/** Where a long English topic can be cut short and still read as one. */
	private static final Pattern ENGLISH_DETAIL = Pattern.compile(
			",\\s|\\s(?:with|using|via|by|through|instead of|rather than|so that|because|since|such as|that|which)\\s");

	/** Words a cut-short topic must not end on. */
	private static final String DANGLING = "(?:[,\\s]+|\\s+(?:the|a|an|of|to|and|or|with|that|which|for|in|on|at|by|from|as|per))+$";

	/** Where a Chinese topic that runs to the end can be cut short. */
	private static final Pattern CHINESE_DETAIL = Pattern.compile("(?<=.{4})(?:并且|并|以及|同时|从而|以便|、)");

	private static final Pattern THIRD_PERSON_VERB = Pattern
		.compile("^([A-Z][a-z]*?-?[a-z]+?)(ies|ches|shes|sses|xes|zes|s)\\b");

	private static final Pattern SECOND_VERB = Pattern
		.compile(" and ([a-z]{3,}s)(?= (?!(?:of|for|per|in|on|at|to|with|by|from|and|or|as|than)\\b)[A-Za-z])");

	private static final Pattern VERB_ENDING = Pattern.compile("^([a-z]+?)(ies|ches|shes|sses|xes|zes|s)$");

	private AdviceTopic() {
	}

	/**
	 * The key point's opening clause, as an instruction: "Uses hybrid retrieval: ..."
	 * becomes "Use hybrid retrieval". A point with no detail to cut is cut short at its
	 * first qualifier, so the advice names its topic rather than repeating it.
	 */
	static String english(CompiledScenario.CompiledKeyPoint point) {
		String text = point.text().strip();
		String clause = openingClause(text);
		if (isWhole(clause, text) || clause.split("\\s+").length > MAX_TOPIC_WORDS) {
			Matcher detail = ENGLISH_DETAIL.matcher(clause);
			while (detail.find()) {
				if (clause.substring(0, detail.start()).split("\\s+").length >= 2) {
					clause = clause.substring(0, detail.start());
					break;
				}
			}
		}
		String[] words = clause.split("\\s+");
		if (words.length > MAX_TOPIC_WORDS) {
			clause = String.join(" ", Arrays.copyOf(words, MAX_TOPIC_WORDS)).replaceAll(DANGLING, "");
		}
		Matcher verb = THIRD_PERSON_VERB.matcher(clause);
		if (verb.find()) {
			return baseForm(verb.group(1), verb.group(2)) + parallelVerbs(clause.substring(verb.end()));
		}
		if (isWhole(clause, text) && !point.keywords().isEmpty()) {
			return "Say how you would handle " + String.join(" and ", keywordNames(point, 2));
		}
		return "Cover " + lowerFirst(clause);
	}

	/**
	 * "... and cleans heterogeneous formats" after a first verb becomes "... and clean
	 * heterogeneous formats": a word in -s after "and" that takes an object is a second
	 * verb, while a plural noun ("scope and users") ends the clause or takes a
	 * preposition.
	 */
	private static String parallelVerbs(String rest) {
		Matcher second = SECOND_VERB.matcher(rest);
		StringBuilder out = new StringBuilder();
		while (second.find()) {
			String word = second.group(1);
			Matcher verb = VERB_ENDING.matcher(word);
			String base = word.matches(".*(?:ss|us|is)$") || !verb.matches() ? word
					: baseForm(verb.group(1), verb.group(2));
			second.appendReplacement(out, Matcher.quoteReplacement(" and " + base));
		}
		second.appendTail(out);
		return out.toString();
	}

	/** "Clarif" + "ies" is "Clarify"; "Push" + "es" ... "Pu" + "shes" is "Push". */
	private static String baseForm(String stem, String ending) {
		return stem + switch (ending) {
			case "ies" -> "y";
			case "s" -> "";
			default -> ending.substring(0, ending.length() - 2);
		};
	}

	/** The opening clause of a Chinese key point, cut short when it runs to the end. */
	static String chinese(CompiledScenario.CompiledKeyPoint point) {
		String text = point.text().strip();
		String clause = openingClause(text);
		if (isWhole(clause, text)) {
			Matcher detail = CHINESE_DETAIL.matcher(clause);
			if (detail.find()) {
				clause = clause.substring(0, detail.start());
			}
			else if (!point.keywords().isEmpty()) {
				clause = "讲清楚" + String.join("和", keywordNames(point, 2));
			}
		}
		return clause;
	}

	private static String openingClause(String text) {
		Matcher end = TOPIC_END.matcher(text);
		String clause = end.find() && end.start() > 0 ? text.substring(0, end.start()) : text;
		return clause.strip().replaceAll("[.。!?！？]+$", "");
	}

	private static boolean isWhole(String clause, String text) {
		return clause.equalsIgnoreCase(text.replaceAll("[.。!?！？]+$", "").strip());
	}

	private static List<String> keywordNames(CompiledScenario.CompiledKeyPoint point, int most) {
		return point.keywords().stream().map(Keyword::text).limit(most).toList();
	}

	static String lowerFirst(String text) {
		return text.isEmpty()
				|| Character.isUpperCase(text.charAt(0)) && text.length() > 1 && Character.isUpperCase(text.charAt(1))
						? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

}
