package com.designcoach.scenario;

/**
 * One version of a scenario, whole: what an interview keeps and a judge grades against.
 */
public record ScenarioSnapshot(long scenarioId, long versionId, int version, ScenarioDocument document) {

	public ScenarioView view() {
		return ScenarioView.of(scenarioId, version, document);
	}

}
