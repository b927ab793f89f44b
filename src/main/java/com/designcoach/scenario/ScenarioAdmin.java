package com.designcoach.scenario;

import java.util.List;

import com.designcoach.web.ApiException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's edits of one scenario. Every edit makes a new immutable version; archiving
 * hides a scenario without losing anything, and its slug stays taken.
 */
@Service
class ScenarioAdmin {

	private final ScenarioRepository scenarios;

	private final ScenarioVersionRepository versions;

	private final ScenarioStore store;

	private final ScenarioWriter writer;

	private final ScenarioCache cache;

	ScenarioAdmin(ScenarioRepository scenarios, ScenarioVersionRepository versions, ScenarioStore store,
			ScenarioWriter writer, ScenarioCache cache) {
		this.scenarios = scenarios;
		this.versions = versions;
		this.store = store;
		this.writer = writer;
		this.cache = cache;
	}

	/** Archived ones included, unlike the practice list. */
	@Transactional(readOnly = true)
	List<ScenarioSummary> listAll() {
		return scenarios.findAllByOrderByIdAsc().stream().map(Scenario::toSummary).toList();
	}

	@Transactional(readOnly = true)
	List<VersionInfo> versions(String idOrSlug) {
		Scenario scenario = store.find(idOrSlug);
		return versions.findAllByScenarioIdOrderByVersionDesc(scenario.id())
			.stream()
			.map(v -> new VersionInfo(v.version(), v.createdAt(), v.createdBy()))
			.toList();
	}

	@Transactional
	ScenarioSaved create(ScenarioDocument document, String actor) {
		ScenarioWriter.requireValid(document);
		if (scenarios.existsBySlug(document.slug())) {
			throw ApiException.conflict("The slug " + document.slug() + " is taken");
		}
		return writer.insert(document, actor);
	}

	/**
	 * A non-null {@code expectedVersion} refuses the edit when someone saved in between.
	 */
	@Transactional
	ScenarioSaved update(String idOrSlug, ScenarioDocument document, Integer expectedVersion, String actor) {
		Scenario scenario = store.find(idOrSlug);
		ScenarioWriter.requireValid(document);
		if (expectedVersion != null && expectedVersion != scenario.currentVersion()) {
			throw ApiException.conflict("The scenario was edited since version " + expectedVersion
					+ "; it is now at version " + scenario.currentVersion());
		}
		if (!scenario.slug().equals(document.slug()) && scenarios.existsBySlug(document.slug())) {
			throw ApiException.conflict("The slug " + document.slug() + " is taken");
		}
		return writer.addVersion(scenario, document, actor);
	}

	@Transactional
	ScenarioSummary archive(String idOrSlug) {
		Scenario scenario = store.find(idOrSlug);
		cache.forgetOpenList();
		scenario.archive();
		return scenario.toSummary();
	}

	@Transactional
	ScenarioSummary restore(String idOrSlug) {
		Scenario scenario = store.find(idOrSlug);
		cache.forgetOpenList();
		scenario.restore();
		return scenario.toSummary();
	}

}
