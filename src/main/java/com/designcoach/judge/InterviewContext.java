package com.designcoach.judge;

import java.util.Map;

import com.designcoach.rubric.Framework;
import com.designcoach.scenario.ScenarioDocument;

/** Everything a judge may read: the scenario version the interview used, the rubric, the answers. */
public record InterviewContext(ScenarioDocument scenario, Framework framework, Map<String, StepAnswer> answers) {

	public StepAnswer answer(String stepKey) {
		return answers.getOrDefault(stepKey, StepAnswer.EMPTY);
	}

	/** A step's answer and the follow-up exchange, both graded with the step. */
	public record StepAnswer(String text, String followUpQuestion, String followUpReply) {

		public static final StepAnswer EMPTY = new StepAnswer("", null, null);

		/** The candidate's own words for this step: the answer, then the follow-up reply. */
		public String candidateText() {
			String reply = followUpReply == null ? "" : followUpReply;
			String body = text == null ? "" : text;
			return reply.isBlank() ? body : body + "\n\n" + reply;
		}

	}

}
