package com.designcoach.judge;

import java.util.regex.Pattern;

/**
 * The cheap first pass of {@link InjectionDetector}: words without one of which a rule
 * cannot match, so that nearly every honest sentence is cleared by a few substring
 * searches before any of the detector's patterns runs.
 */
final class InjectionCues {

	/**
	 * Words without one of which no message to a grader can be spoken, asked or claimed.
	 */
	static final String[] GRADING_WORDS = { "grad", "evaluat", "judg", "examin", "scor", "assess", "marker", "review",
			"rater", "rubric", "whoever", "if you are", "the ai", "the model", "the llm", "评", "打分", "阅卷", "判卷", "裁判",
			"考官", "如果你是", "无论", "系统提", "系统消", "系统指", "系统通", "系统公", "system提", "system消", "system指", "system通" };

	/** The roles a shouted notice names ("SYSTEM OVERRIDE:", "GRADER NOTE"). */
	static final String[] SHOUTED_WORDS = { "SYSTEM", "ASSISTANT", "GRADER", "JUDGE", "EVALUATOR", "ADMIN", "GRADING",
			"EVALUATION", "NEW INSTRUCTIONS" };

	/** A label that opens the sentence: "Model:", "系统：", "[System]". */
	static final Pattern LABEL_FIRST = Pattern.compile(
			"^[\\s\\p{Punct}【】]*(?:(?:ai|llm|automated|automatic|human|lenient)\\s+)?(?:grad|evaluat|judg|examin|scor|assess|marker|review|rater|system|assistant|ai\\b|llm|model|gpt)"
					+ "|^[\\s\\p{Punct}【】]*(?:致|给|写给)?\\s*(?:ai|llm)?\\s*(?:评|打分|阅卷|裁判|考官|判卷|系统)");

	static final String[] OVERRIDE_WORDS = { "ignore", "disregard", "forget", "override", "bypass", "you are", "act as",
			"from now on", "pretend", "play a game", "scorebot", "key", "rubric", "忽略", "无视", "忘记", "忘掉", "不要理会",
			"你现在是", "扮演" };

	static final String[] TOP_WORDS = { "5", "five", "full", "max", "top", "highest", "perfect", "hire", "满分", "最高",
			"覆盖", "涵盖", "满足", "命中", "包含" };

	static final String[] MARKUP_WORDS = { "<", "[inst", "[/inst", "end of", "---", "##", "{" };

	static boolean containsAny(String text, String[] words) {
		for (String word : words) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private InjectionCues() {
	}

}
