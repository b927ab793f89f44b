package com.designcoach.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.designcoach.config.AdvisoryLock;
import com.designcoach.web.ApiException;
import com.designcoach.web.FieldError;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scenarios arriving in bulk: an admin's import, and the shipped bank seeded on start.
 */
@Service
class ScenarioImport {

	private static final String SEED_LOCK = "scenario-seed";

	private final ScenarioRepository scenarios;

	private final ScenarioWriter writer;

	private final JdbcClient jdbc;

	ScenarioImport(ScenarioRepository scenarios, ScenarioWriter writer, JdbcClient jdbc) {
		this.scenarios = scenarios;
		this.writer = writer;
		this.jdbc = jdbc;
	}

	/**
	 * All or nothing: one bad document, or one taken slug without upsert, rejects the
	 * batch.
	 */
	@Transactional
	ImportResult importAll(List<ScenarioDocument> documents, boolean upsert, String actor) {
		if (documents == null || documents.isEmpty()) {
			throw ApiException.invalid("", "an array of at least one scenario document is required");
		}
		List<FieldError> errors = check(documents, upsert);
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		int created = 0;
		int updated = 0;
		for (ScenarioDocument document : documents) {
			var existing = scenarios.findBySlug(document.slug());
			if (existing.isPresent()) {
				writer.addVersion(existing.get(), document, actor);
				updated++;
			}
			else {
				writer.insert(document, actor);
				created++;
			}
		}
		return new ImportResult(created, updated);
	}

	/**
	 * Every problem of every document, each field prefixed by the document's index
	 * ({@code [2].slug}).
	 */
	private List<FieldError> check(List<ScenarioDocument> documents, boolean upsert) {
		List<FieldError> errors = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < documents.size(); i++) {
			String prefix = "[" + i + "]";
			ScenarioDocument document = documents.get(i);
			ScenarioValidator.validate(document).forEach(e -> errors.add(e.prefixed(prefix)));
			if (document == null || document.slug() == null) {
				continue;
			}
			Integer earlier = seen.putIfAbsent(document.slug(), i);
			if (earlier != null) {
				errors.add(new FieldError(prefix + ".slug", "repeats the slug of document [" + earlier + "]"));
			}
			else if (!upsert && scenarios.existsBySlug(document.slug())) {
				errors.add(new FieldError(prefix + ".slug", "is taken"));
			}
		}
		return errors;
	}

	/**
	 * Adds a shipped scenario unless its slug exists: restarts never duplicate nor
	 * overwrite.
	 */
	@Transactional
	boolean seedIfAbsent(ScenarioDocument document) {
		// Instances starting together on a fresh database take turns instead of
		// colliding.
		AdvisoryLock.holdForTransaction(jdbc, SEED_LOCK);
		ScenarioWriter.requireValid(document);
		if (scenarios.existsBySlug(document.slug())) {
			return false;
		}
		writer.insert(document, "system");
		return true;
	}

}
