package com.designcoach.judge;

import java.util.List;

import com.designcoach.scenario.ScenarioDocument;

/**
 * The scenarios an answer is compared with to tell which system it is about. The list may
 * be cached by the implementation; a judge rebuilds what it derives when a different list
 * comes.
 */
@FunctionalInterface
interface ScenarioBank {

	List<ScenarioDocument> scenarios();

	static ScenarioBank of(List<ScenarioDocument> scenarios) {
		List<ScenarioDocument> fixed = List.copyOf(scenarios);
		return () -> fixed;
	}

}
