package com.designcoach.judge;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.designcoach.scenario.ScenarioDocument;

/**
 * Why a key point matters, in the scenario's own words: the reason the point gives
 * ("because acronyms are missed by dense search"), else the one the reference answer
 * gives for it.
 */
final class AdviceReason {

	private static final int MAX_QUOTE = 300;

	private static final int MAX_REASON_WORDS = 18;

	/** The reason a text gives. */
	private static final Pattern REASON = Pattern.compile(
			"\\b(because|since|so that|so|otherwise|to avoid|to prevent)\\b\\s+([^.;:]{8,200})|(因为|以免|避免|为了|否则|防止)([^。；，]{4,80})",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern REFERENCE_REASON = Pattern.compile("because|since|to avoid|to prevent");

	private AdviceReason() {
	}

	/**
	 * The point's own reason, else (English scenarios) the reference answer's; null when
	 * none.
	 */
	static String of(ScenarioDocument scenario, String stepKey, CompiledScenario.CompiledKeyPoint point,
			boolean chinese) {
		String reason = reason(point.text());
		return reason != null || chinese ? reason : referenceReason(referenceSentence(scenario, stepKey, point));
	}

	static String english(String reason) {
		return reason.replaceFirst("(?i)^so\\s", "so that ").replaceFirst("(?i)^otherwise\\s", "because otherwise ");
	}

	static String chinese(String reason) {
		if (reason.startsWith("避免") || reason.startsWith("防止")) {
			return "这样做可以" + reason;
		}
		if (reason.startsWith("为了")) {
			return "这样做是" + reason;
		}
		if (reason.startsWith("因为")) {
			return "这一点重要是" + reason;
		}
		return reason;
	}

	/**
	 * The reason a reference sentence gives, when it gives one outright ("because ...",
	 * not "so ..." which reads as a result), up to its first comma.
	 */
	private static String referenceReason(String sentence) {
		String reason = reason(sentence);
		if (reason == null || !REFERENCE_REASON.matcher(reason).lookingAt()) {
			return null;
		}
		int comma = reason.indexOf(", ");
		return comma > 0 ? reason.substring(0, comma) : reason;
	}

	/**
	 * The reason clause a text gives, with its marker ("because ..."), cut at a
	 * parenthesis or, when long, at its first comma; null when none, or when it runs on.
	 */
	static String reason(String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = REASON.matcher(text);
		if (!matcher.find()) {
			return null;
		}
		boolean english = matcher.group(1) != null;
		String marker = english ? matcher.group(1).toLowerCase(Locale.ROOT) : matcher.group(3);
		String clause = (english ? matcher.group(2) : matcher.group(4)).replaceAll("\\s*[(（].*$", "").strip();
		if (english && clause.split("\\s+").length > MAX_REASON_WORDS) {
			int comma = clause.indexOf(", ");
			clause = comma > 0 ? clause.substring(0, comma) : clause;
		}
		clause = clause.replaceAll("[,，、\\s]+$", "");
		if (english && (clause.split("\\s+").length > MAX_REASON_WORDS || clause.split("\\s+").length < 3)) {
			return null;
		}
		return marker + (english ? " " : "") + clause;
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
			if (keywords == 0 || sentence.original().length() > MAX_QUOTE
					|| !REASON.matcher(sentence.original()).find()) {
				continue;
			}
			double score = 2 * keywords + sentence.terms().stream().filter(point.terms()::contains).count();
			if (score > bestScore) {
				best = sentence;
				bestScore = score;
			}
		}
		return best == null ? null : best.original();
	}

}
