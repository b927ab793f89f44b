package com.designcoach.judge;

import java.util.List;
import java.util.Map;

import com.designcoach.rubric.Framework;
import com.designcoach.scenario.ScenarioDocument;

/**
 * Everything a judge may read: the scenario version the interview used, the rubric, the
 * answers, and the steps to grade (all of the rubric's, or those of a drill, in rubric
 * order).
 */
public record InterviewContext(ScenarioDocument scenario, Framework framework, Map<String, StepAnswer> answers,
		List<String> steps) {

	public InterviewContext {
		steps = List.copyOf(steps);
	}

	/** A whole interview: every step of the rubric is graded. */
	public InterviewContext(ScenarioDocument scenario, Framework framework, Map<String, StepAnswer> answers) {
		this(scenario, framework, answers, framework.steps().stream().map(Framework.Step::key).toList());
	}

	/** The rubric's steps that are graded, in rubric order. */
	public List<Framework.Step> gradedSteps() {
		return framework.steps().stream().filter(step -> steps.contains(step.key())).toList();
	}

	public StepAnswer answer(String stepKey) {
		return answers.getOrDefault(stepKey, StepAnswer.EMPTY);
	}

	/**
	 * A step's answer and the follow-up exchange, both graded with the step, and for the
	 * clarifying step the candidate's questions to the interviewer: asking about the
	 * right things is what that step grades. The interviewer's answers are not the
	 * candidate's words and are never graded.
	 */
	public record StepAnswer(String text, String followUpQuestion, String followUpReply, List<String> questions) {

		public static final StepAnswer EMPTY = new StepAnswer("", null, null);

		public StepAnswer {
			questions = questions == null ? List.of() : List.copyOf(questions);
		}

		public StepAnswer(String text, String followUpQuestion, String followUpReply) {
			this(text, followUpQuestion, followUpReply, List.of());
		}

		/**
		 * The candidate's own words for this step: the answer, the follow-up reply, then
		 * each question on a line of its own, so that a quote from one is the question
		 * verbatim.
		 */
		public String candidateText() {
			String reply = followUpReply == null ? "" : followUpReply;
			String body = text == null ? "" : text;
			String words = reply.isBlank() ? body : body + "\n\n" + reply;
			if (questions.isEmpty()) {
				return words;
			}
			return (words.isBlank() ? "" : words + "\n\n") + String.join("\n", questions);
		}

	}

}
