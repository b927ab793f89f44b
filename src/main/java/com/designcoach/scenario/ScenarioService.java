package com.designcoach.scenario;

import java.util.ArrayList;
import java.util.List;

import com.designcoach.web.ApiException;
import com.designcoach.web.FieldError;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scenario bank as the rest of the service reads it: the open list, a scenario for
 * practice, the version an interview started with, and documents for the judges. Wherever
 * an id is taken, the slug works too. Writes are the admin side's
 * ({@link ScenarioAdmin}).
 */
@Service
public class ScenarioService {

	private final ScenarioRepository scenarios;

	private final ScenarioStore store;

	private final ScenarioCache cache;

	ScenarioService(ScenarioRepository scenarios, ScenarioStore store, ScenarioCache cache) {
		this.scenarios = scenarios;
		this.store = store;
		this.cache = cache;
	}

	/**
	 * Not transactional: mostly served from memory, and a transaction costs database
	 * round trips.
	 */
	public List<ScenarioSummary> list(String query, String category, String difficulty) {
		List<FieldError> errors = new ArrayList<>();
		if (category != null && !ScenarioValidator.CATEGORIES.contains(category)) {
			errors.add(new FieldError("category", "is not a known category"));
		}
		if (difficulty != null && !ScenarioValidator.DIFFICULTIES.contains(difficulty)) {
			errors.add(new FieldError("difficulty", "must be one of easy, medium, hard"));
		}
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		return cache.openScenarios(this::readOpenScenarios)
			.stream()
			.filter(s -> s.matches(query, category, difficulty))
			.toList();
	}

	private List<ScenarioSummary> readOpenScenarios() {
		return scenarios.findAllByArchivedFalseOrderByTitleAsc().stream().map(Scenario::toSummary).toList();
	}

	@Transactional(readOnly = true)
	ScenarioView view(String idOrSlug) {
		return current(idOrSlug).view();
	}

	/** The current version of a scenario open for practice (not archived). */
	@Transactional(readOnly = true)
	public ScenarioSnapshot current(String idOrSlug) {
		Scenario scenario = store.find(idOrSlug);
		if (scenario.archived()) {
			throw ApiException.notFound("Scenario", idOrSlug);
		}
		return store.current(scenario);
	}

	/**
	 * A version an interview started with, whatever happened to the scenario since. Every
	 * interview page asks for it; a cache hit must not open a transaction (a connection,
	 * BEGIN and COMMIT), and a miss reads in the repository's own.
	 */
	public ScenarioSnapshot version(long versionId) {
		return cache.version(versionId, store::version);
	}

	/**
	 * The whole current document, archived or not, key points and references included.
	 */
	@Transactional(readOnly = true)
	public ScenarioDocument document(String idOrSlug) {
		Scenario scenario = store.find(idOrSlug);
		return store.current(scenario).document().withArchived(scenario.archived());
	}

	/** Every scenario, archived ones marked, in the import format. */
	@Transactional(readOnly = true)
	public List<ScenarioDocument> exportAll() {
		return scenarios.findAllByOrderByIdAsc()
			.stream()
			.map(s -> store.current(s).document().withArchived(s.archived() ? Boolean.TRUE : null))
			.toList();
	}

}
