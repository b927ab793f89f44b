package com.designcoach.scenario;

import com.designcoach.web.ApiException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Finds scenarios and reads the documents of their versions, for the read side and the
 * admin side alike. Callers bring the transaction.
 */
@Component
class ScenarioStore {

	private final ScenarioRepository scenarios;

	private final ScenarioVersionRepository versions;

	private final JsonMapper json;

	ScenarioStore(ScenarioRepository scenarios, ScenarioVersionRepository versions, JsonMapper json) {
		this.scenarios = scenarios;
		this.versions = versions;
		this.json = json;
	}

	/** Archived scenarios too: whether they may be shown is the caller's call. */
	Scenario find(String idOrSlug) {
		ScenarioKey key = ScenarioKey.parse(idOrSlug);
		var found = key.isId() ? scenarios.findById(key.id()) : scenarios.findBySlug(key.text());
		return found.orElseThrow(() -> ApiException.notFound("Scenario", idOrSlug));
	}

	ScenarioSnapshot current(Scenario scenario) {
		int version = scenario.currentVersion();
		ScenarioVersion stored = versions.findByScenarioIdAndVersion(scenario.id(), version)
			.orElseThrow(() -> new IllegalStateException("Scenario " + scenario.id() + " lacks version " + version));
		return snapshot(stored);
	}

	ScenarioSnapshot version(long versionId) {
		return snapshot(
				versions.findById(versionId).orElseThrow(() -> ApiException.notFound("Scenario version", versionId)));
	}

	private ScenarioSnapshot snapshot(ScenarioVersion stored) {
		return new ScenarioSnapshot(stored.scenarioId(), stored.id(), stored.version(),
				json.readValue(stored.document(), ScenarioDocument.class));
	}

}
