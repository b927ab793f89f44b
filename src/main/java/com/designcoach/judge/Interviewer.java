package com.designcoach.judge;

import com.designcoach.scenario.ScenarioDocument;

/** Asks the candidate one probing follow-up question about a step's answer. */
public interface Interviewer {

	String followUp(ScenarioDocument scenario, String stepKey, String answer);

	/** Whether a follow-up costs a model call, and so counts against the caller's limits. */
	default boolean callsModel() {
		return false;
	}

	/** Without a model: the scenario's own follow-up aimed at the least-covered key point. */
	static Interviewer offline() {
		return (scenario, stepKey, answer) -> FollowUpPicker.pick(scenario.step(stepKey), answer);
	}

}
