package com.designcoach.judge;

import java.util.ArrayList;
import java.util.List;

import com.designcoach.rubric.Framework;
import com.designcoach.scenario.ScenarioDocument;

/**
 * What the offline judge writes: the rationale, the level, and suggestions phrased as a
 * coach would say them (what to add, and why it matters in this scenario), not a key
 * point's text repeated back.
 */
final class OfflineFeedback {

	private static final int MAX_POINT_SUGGESTIONS = 4;

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
	static List<String> forKeyPoints(ScenarioDocument scenario, Framework.Step step,
			List<CompiledScenario.CompiledKeyPoint> keyPoints, List<Coverage> coverage) {
		List<String> suggestions = new ArrayList<>();
		for (int i = 0; i < keyPoints.size() && suggestions.size() < MAX_POINT_SUGGESTIONS; i++) {
			double strength = coverage.isEmpty() ? 0 : coverage.get(i).strength();
			if (strength < 1) {
				suggestions.add(Advice.of(scenario, step, keyPoints.get(i), strength > 0));
			}
		}
		return suggestions;
	}

	/**
	 * What depth the step lacks, in the scenario's language: figures, a trade-off,
	 * reasons.
	 */
	static List<String> forDepth(Depth depth, boolean chinese) {
		List<String> suggestions = new ArrayList<>();
		if (depth.quantities() == 0) {
			suggestions.add(chinese ? "给设计加上数字：写出目标和规模，比如p95延迟、每秒请求数、数据量或成本，并据此推算容量。"
					: "Put numbers on the design: state targets and sizes such as a p95 latency, requests "
							+ "per second, data volume or cost, and derive capacity from them.");
		}
		if (depth.tradeOffs() == 0) {
			suggestions.add(chinese ? "至少说出一个你放弃的方案，以及让你做出取舍的权衡（比如质量与延迟或成本）。"
					: "Name at least one alternative you rejected and the trade-off that decided it "
							+ "(for example quality against latency or cost).");
		}
		if (depth.reasons() == 0) {
			suggestions.add(chinese ? "不要只说做什么，还要说为什么：给每个选择讲出理由。"
					: "Say why, not only what: give the reason behind each choice.");
		}
		return suggestions;
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

}
