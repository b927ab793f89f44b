package com.designcoach.judge;

import com.designcoach.scenario.ScenarioDocument;

/** Asks the candidate one probing follow-up question about a step's answer. */
public interface Interviewer {

	String followUp(ScenarioDocument scenario, String stepKey, String answer);

	/**
	 * Answers a candidate's clarifying question from the scenario's facts only; without a
	 * model, the best-matching fact or "not specified".
	 */
	default ClarifyingAnswer answer(ScenarioDocument scenario, String question) {
		return FactMatcher.answer(scenario.factList(), question);
	}

	/**
	 * Whether a follow-up costs a model call, and so counts against the caller's limits.
	 */
	default boolean callsModel() {
		return false;
	}

	/**
	 * Without a model: the scenario's own follow-up aimed at the least-covered key point.
	 */
	static Interviewer offline() {
		return (scenario, stepKey, answer) -> FollowUpPicker.pick(scenario.step(stepKey), answer);
	}

}
