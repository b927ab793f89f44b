package com.designcoach.scenario;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.designcoach.rubric.StepKeys;
import com.designcoach.web.ApiException;
import com.designcoach.web.FieldError;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a scenario's first version or a new one. Versions are immutable: an edit adds a
 * row and moves the scenario's current version, so interviews keep the version they
 * started with. Runs only inside the admin side's transactions, which decide what is
 * allowed.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ScenarioWriter {

	private final ScenarioRepository scenarios;

	private final ScenarioVersionRepository versions;

	private final JsonMapper json;

	private final ScenarioCache cache;

	ScenarioWriter(ScenarioRepository scenarios, ScenarioVersionRepository versions, JsonMapper json,
			ScenarioCache cache) {
		this.scenarios = scenarios;
		this.versions = versions;
		this.json = json;
		this.cache = cache;
	}

	ScenarioSaved insert(ScenarioDocument document, String actor) {
		cache.forgetOpenList();
		Scenario scenario = scenarios.saveAndFlush(new Scenario(normalized(document)));
		versions.save(new ScenarioVersion(scenario.id(), scenario.currentVersion(), write(document), actor));
		if (Boolean.TRUE.equals(document.archived())) {
			scenario.archive();
		}
		return new ScenarioSaved(scenario.id(), scenario.slug(), scenario.currentVersion(), Instant.now());
	}

	ScenarioSaved addVersion(Scenario scenario, ScenarioDocument document, String actor) {
		cache.forgetOpenList();
		int version = scenario.apply(normalized(document));
		versions.save(new ScenarioVersion(scenario.id(), version, write(document), actor));
		scenarios.flush(); // surfaces a concurrent edit (optimistic lock) inside this
							// request
		return new ScenarioSaved(scenario.id(), scenario.slug(), version, Instant.now());
	}

	static void requireValid(ScenarioDocument document) {
		List<FieldError> errors = ScenarioValidator.validate(document);
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
	}

	/**
	 * Steps in interview order, and no archived flag: that belongs to the scenario, not a
	 * version.
	 */
	private static ScenarioDocument normalized(ScenarioDocument document) {
		Map<String, ScenarioDocument.StepContent> steps = new LinkedHashMap<>();
		StepKeys.ALL.forEach(key -> steps.put(key, document.steps().get(key)));
		return new ScenarioDocument(document.slug(), document.title(), document.summary(), document.prompt(),
				document.category(), document.difficulty(), document.durationMinutes(),
				document.tags() == null ? List.of() : document.tags(), steps, null,
				document.facts() == null || document.facts().isEmpty() ? null : document.facts());
	}

	private String write(ScenarioDocument document) {
		return json.writeValueAsString(normalized(document));
	}

}
