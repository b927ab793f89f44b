package com.designcoach.judge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.designcoach.rubric.Framework;
import com.designcoach.scenario.ScenarioDocument;

/**
 * A coach's advice on one key point an answer missed or only touched: what to add, in the
 * coach's words (the point's topic, never its full text), and why it matters for this
 * scenario: the point's own reason, else the reference answer's, else what the rubric
 * step looks for. In Chinese for a Chinese scenario.
 */
final class Advice {

	private static final int MAX_SUBJECT_WORDS = 9;

	/**
	 * Where a long scenario title's subject can stop: "a feature platform | with ...".
	 */
	private static final Pattern SUBJECT_DETAIL = Pattern.compile(",\\s|\\s(?:with|that|which|from|for)\\s");

	private static final Pattern CANDIDATE_DOES = Pattern.compile("\\bthe candidate\\s+([^.:]+)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CRITERION_DETAIL = Pattern
		.compile("[:;]|,? such as\\b|, for example\\b|, including\\b|, with\\b|, and\\b|\\se\\.g\\.");

	/**
	 * How much a criterion must share with a point to be named as what it serves: a word
	 * of the point's topic counts two, any other of its words one.
	 */
	private static final int MIN_WEIGHT_WITH_CRITERION = 4;

	/**
	 * Verbs rubric criteria and key points both open with: sharing "pin down" or "define"
	 * says nothing about whether "pin down scope" serves "pins down scale".
	 */
	private static final Set<String> GENERIC_VERBS = Set.copyOf(Text
		.terms("pin pins down define defines state states describe describes choose chooses explain explains name names"
				+ " give gives use uses include includes make makes set sets add adds justify justifies compare"
				+ " compares plan plans consider considers handle handles address addresses cover covers"));

	/** Each step's name and purpose in Chinese, as the rubric describes them. */
	private static final Map<String, List<String>> CHINESE_STEPS = Map.of("clarifying-requirements",
			List.of("需求澄清", "把模糊的题目变成明确的范围和约束"), "framing", List.of("问题定义", "把需求转成清楚的机器学习问题并说明选型理由"),
			"data-preparation", List.of("数据准备", "说清数据从哪里来、怎样加工成可用于训练和评测的数据"), "model-development",
			List.of("模型开发", "讲清模型的选型、训练和推理方式，以及它胜过备选方案的理由"), "evaluation", List.of("评估", "说明上线前后怎样判断系统好不好"),
			"system-design", List.of("系统设计", "把各个组件组装成满足需求的端到端系统"), "deployment-monitoring",
			List.of("部署与监控", "说明系统怎样安全上线并在上线后保持健康"));

	private Advice() {
	}

	static String of(ScenarioDocument scenario, Framework.Step step, CompiledScenario.CompiledKeyPoint point,
			boolean touched) {
		String reason = AdviceReason.of(scenario, step.key(), point, inChinese(scenario));
		return inChinese(scenario) ? chinese(scenario, step, point, touched, reason)
				: english(scenario, step, point, touched, reason);
	}

	/** Whether the scenario is set in Chinese, so its advice is written in Chinese. */
	static boolean inChinese(ScenarioDocument scenario) {
		return Text.mostlyChinese(scenario.title() + "\n" + scenario.prompt());
	}

	private static String english(ScenarioDocument scenario, Framework.Step step,
			CompiledScenario.CompiledKeyPoint point, boolean touched, String reason) {
		String topic = AdviceTopic.english(point);
		String why;
		String about = englishSetting(scenario.title());
		String criterion = criterion(step, point);
		String purpose = purpose(step);
		if (reason != null && !Text.mostlyChinese(reason)) {
			why = about + " it matters " + AdviceReason.english(reason);
		}
		else if (criterion != null) {
			why = "the interviewer looks for an answer that " + criterion + ", and " + about
					+ " this point is where it shows";
		}
		else if (purpose != null) {
			why = "a good answer to this step " + purpose + ", and " + about + " that includes this point";
		}
		else {
			why = about + " an interviewer will expect it in " + AdviceTopic.lowerFirst(step.title());
		}
		String advice = touched
				? "You touched on this; go further and " + AdviceTopic.lowerFirst(topic)
						+ ", saying what you would choose, with a figure or the alternative you rejected: " + why
				: topic + ": " + why;
		return end(advice, ".");
	}

	private static String chinese(ScenarioDocument scenario, Framework.Step step,
			CompiledScenario.CompiledKeyPoint point, boolean touched, String reason) {
		String topic = AdviceTopic.chinese(point);
		String about = chineseSubject(scenario.title());
		List<String> named = CHINESE_STEPS.getOrDefault(step.key(), List.of("这一步", "把思路讲完整、讲具体"));
		String why = reason != null && Text.hasCjk(reason) ? "对" + about + "来说，" + AdviceReason.chinese(reason)
				: named.get(0) + "这一步，面试官要看你" + named.get(1) + "，而对" + about + "来说这一点少不了";
		String advice = touched ? "你已经提到“" + topic + "”，但还不够深入：说明你会怎么选，并给出具体数字或你放弃的方案；" + why
				: "建议补上“" + topic + "”这一点：" + why;
		return end(advice, "。");
	}

	/**
	 * Where the advice applies: "Design a chatbot that ..." gives "for a chatbot that
	 * ...", a long title cut at its first qualifier.
	 */
	private static String englishSetting(String title) {
		Matcher design = Pattern.compile("^Design\\s+(.+)$").matcher(title.strip());
		String subject = design.matches() ? design.group(1).replaceAll("[.]+$", "") : title.strip();
		if (subject.matches("(?i)(?:how|what|which|why|when|where)\\b.*")) {
			return "when you design " + subject;
		}
		if (!design.matches()) {
			return "for \"" + subject + "\"";
		}
		if (subject.split("\\s+").length > MAX_SUBJECT_WORDS) {
			Matcher detail = SUBJECT_DETAIL.matcher(subject);
			while (detail.find()) {
				if (subject.substring(0, detail.start()).split("\\s+").length >= 3) {
					return "for " + subject.substring(0, detail.start());
				}
			}
		}
		return "for " + subject;
	}

	/** "设计一个电商平台的智能客服机器人（基于大模型）" is about "一个电商平台的智能客服机器人". */
	private static String chineseSubject(String title) {
		String subject = title.strip().replaceAll("[（(].*?[）)]", "").replaceAll("^(?:请)?设计", "").strip();
		return subject.isEmpty() ? "这个场景" : subject.replaceAll("[。.]+$", "");
	}

	/**
	 * The rubric criterion of this step that shares the most words with the point, as a
	 * clause ("pins down scale"); null when none shares enough.
	 */
	private static String criterion(Framework.Step step, CompiledScenario.CompiledKeyPoint point) {
		if (step.criteria() == null) {
			return null;
		}
		Set<String> words = new HashSet<>(point.terms());
		point.keywords().forEach(keyword -> words.addAll(Text.terms(keyword.text())));
		Set<String> topic = Set.copyOf(Text.terms(AdviceTopic.english(point)));
		Map<String, Integer> criteriaUsing = new HashMap<>();
		List<Set<String>> criteriaTerms = step.criteria().stream().map(c -> Set.copyOf(Text.terms(c))).toList();
		criteriaTerms.forEach(terms -> terms.forEach(term -> criteriaUsing.merge(term, 1, Integer::sum)));
		String best = null;
		int bestWeight = MIN_WEIGHT_WITH_CRITERION - 1;
		for (int i = 0; i < criteriaTerms.size(); i++) {
			// Words most criteria use ("model", "data") say nothing about which one a
			// point serves; the words of its topic say most.
			List<String> shared = criteriaTerms.get(i)
				.stream()
				.filter(term -> words.contains(term) && criteriaUsing.get(term) <= 2)
				.toList();
			int weight = shared.stream()
				.mapToInt(term -> GENERIC_VERBS.contains(term) ? 1 : topic.contains(term) ? 2 : 1)
				.sum();
			boolean aboutTheSameThing = shared.stream().anyMatch(term -> !GENERIC_VERBS.contains(term));
			if (aboutTheSameThing && weight > bestWeight) {
				best = step.criteria().get(i);
				bestWeight = weight;
			}
		}
		if (best == null) {
			return null;
		}
		String clause = best.replaceAll("\\s*\\([^)]*\\)", "");
		Matcher detail = CRITERION_DETAIL.matcher(clause);
		if (detail.find() && detail.start() > 0) {
			clause = clause.substring(0, detail.start());
		}
		return AdviceTopic.lowerFirst(clause.strip().replaceAll("[.]+$", ""));
	}

	/**
	 * What the step's description says the candidate does: "turns a vague prompt into an
	 * agreed scope".
	 */
	private static String purpose(Framework.Step step) {
		if (step.description() == null) {
			return null;
		}
		Matcher does = CANDIDATE_DOES.matcher(step.description());
		return does.find() ? does.group(1).strip() : null;
	}

	private static String end(String advice, String stop) {
		String text = advice.strip().replaceAll("[\\s,;:，；：。.]+$", "");
		return text + stop;
	}

}
