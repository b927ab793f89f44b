package com.designcoach.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.designcoach.config.AdvisoryLock;
import com.designcoach.rubric.StepKeys;
import com.designcoach.web.ApiException;
import com.designcoach.web.FieldError;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scenario bank. Every edit makes a new immutable version; archiving hides a scenario
 * without losing anything. Wherever an id is taken, the slug works too.
 */
@Service
public class ScenarioService {

	private final ScenarioRepository scenarios;

	private final ScenarioVersionRepository versions;

	private final JsonMapper json;

	private static final String SEED_LOCK = "scenario-seed";

	private static final long LIST_TTL_NANOS = 1_000_000_000L;

	private volatile OpenList openList;

	private final Map<Long, ScenarioSnapshot> parsedVersions = new java.util.concurrent.ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	ScenarioService(ScenarioRepository scenarios, ScenarioVersionRepository versions, JsonMapper json,
			JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.scenarios = scenarios;
		this.versions = versions;
		this.json = json;
	}

	/** Not transactional: mostly served from memory, and a transaction costs database round trips. */
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
		return openScenarios().stream().filter(s -> s.matches(query, category, difficulty)).toList();
	}

	/**
	 * The open scenarios, read at most once a second: the list is the most read thing in the
	 * service and changes only when an admin edits; another instance's edit shows within a
	 * second.
	 */
	private List<ScenarioSummary> openScenarios() {
		OpenList cached = openList;
		long now = System.nanoTime();
		if (cached != null && now - cached.readAt() < LIST_TTL_NANOS) {
			return cached.scenarios();
		}
		List<ScenarioSummary> fresh = scenarios.findAllByArchivedFalseOrderByTitleAsc()
			.stream()
			.map(Scenario::toSummary)
			.toList();
		openList = new OpenList(fresh, now);
		return fresh;
	}

	private record OpenList(List<ScenarioSummary> scenarios, long readAt) {
	}

	@Transactional(readOnly = true)
	public List<ScenarioSummary> listAll() {
		return scenarios.findAllByOrderByIdAsc().stream().map(Scenario::toSummary).toList();
	}

	@Transactional(readOnly = true)
	public ScenarioView view(String idOrSlug) {
		return current(idOrSlug).view();
	}

	/** The current version of a scenario open for practice (not archived). */
	@Transactional(readOnly = true)
	public ScenarioSnapshot current(String idOrSlug) {
		Scenario scenario = find(idOrSlug);
		if (scenario.archived()) {
			throw ApiException.notFound("Scenario", idOrSlug);
		}
		return snapshot(scenario, scenario.currentVersion());
	}

	/**
	 * A version an interview started with, whatever happened to the scenario since. Versions
	 * never change, so parsed ones are kept (a few hundred at most) instead of re-reading the
	 * document on every interview read.
	 */
	@Transactional(readOnly = true)
	public ScenarioSnapshot version(long versionId) {
		ScenarioSnapshot cached = parsedVersions.get(versionId);
		if (cached != null) {
			return cached;
		}
		ScenarioVersion version = versions.findById(versionId)
			.orElseThrow(() -> ApiException.notFound("Scenario version", versionId));
		ScenarioSnapshot snapshot = new ScenarioSnapshot(version.scenarioId(), version.id(), version.version(),
				parse(version));
		if (parsedVersions.size() > 512) {
			parsedVersions.clear();
		}
		parsedVersions.put(versionId, snapshot);
		return snapshot;
	}

	@Transactional(readOnly = true)
	public ScenarioDocument document(String idOrSlug) {
		Scenario scenario = find(idOrSlug);
		return snapshot(scenario, scenario.currentVersion()).document().withArchived(scenario.archived());
	}

	@Transactional(readOnly = true)
	public List<VersionInfo> versions(String idOrSlug) {
		Scenario scenario = find(idOrSlug);
		return versions.findAllByScenarioIdOrderByVersionDesc(scenario.id())
			.stream()
			.map(v -> new VersionInfo(v.version(), v.createdAt(), v.createdBy()))
			.toList();
	}

	@Transactional
	public ScenarioSaved create(ScenarioDocument document, String actor) {
		requireValid(document);
		if (scenarios.existsBySlug(document.slug())) {
			throw ApiException.conflict("The slug " + document.slug() + " is taken");
		}
		return insert(document, actor);
	}

	@Transactional
	public ScenarioSaved update(String idOrSlug, ScenarioDocument document, Integer expectedVersion, String actor) {
		Scenario scenario = find(idOrSlug);
		requireValid(document);
		if (expectedVersion != null && expectedVersion != scenario.currentVersion()) {
			throw ApiException.conflict("The scenario was edited since version " + expectedVersion
					+ "; it is now at version " + scenario.currentVersion());
		}
		if (!scenario.slug().equals(document.slug()) && scenarios.existsBySlug(document.slug())) {
			throw ApiException.conflict("The slug " + document.slug() + " is taken");
		}
		return addVersion(scenario, document, actor);
	}

	@Transactional
	public ScenarioSummary archive(String idOrSlug) {
		Scenario scenario = find(idOrSlug);
		openList = null;
		scenario.archive();
		return scenario.toSummary();
	}

	@Transactional
	public ScenarioSummary restore(String idOrSlug) {
		Scenario scenario = find(idOrSlug);
		openList = null;
		scenario.restore();
		return scenario.toSummary();
	}

	/** All or nothing: one bad document, or one taken slug without upsert, rejects the batch. */
	@Transactional
	public ImportResult importAll(List<ScenarioDocument> documents, boolean upsert, String actor) {
		if (documents == null || documents.isEmpty()) {
			throw ApiException.invalid("", "an array of at least one scenario document is required");
		}
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
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
		int created = 0;
		int updated = 0;
		for (ScenarioDocument document : documents) {
			var existing = scenarios.findBySlug(document.slug());
			if (existing.isPresent()) {
				addVersion(existing.get(), document, actor);
				updated++;
			}
			else {
				insert(document, actor);
				created++;
			}
		}
		return new ImportResult(created, updated);
	}

	@Transactional(readOnly = true)
	public List<ScenarioDocument> exportAll() {
		return scenarios.findAllByOrderByIdAsc()
			.stream()
			.map(s -> snapshot(s, s.currentVersion()).document().withArchived(s.archived() ? Boolean.TRUE : null))
			.toList();
	}

	/** Adds a shipped scenario unless its slug exists: restarts never duplicate nor overwrite. */
	@Transactional
	boolean seedIfAbsent(ScenarioDocument document) {
		// Instances starting together on a fresh database take turns instead of colliding.
		AdvisoryLock.holdForTransaction(jdbc, SEED_LOCK);
		requireValid(document);
		if (scenarios.existsBySlug(document.slug())) {
			return false;
		}
		insert(document, "system");
		return true;
	}

	private ScenarioSaved insert(ScenarioDocument document, String actor) {
		openList = null;
		Scenario scenario = scenarios.saveAndFlush(new Scenario(normalized(document)));
		versions.save(new ScenarioVersion(scenario.id(), scenario.currentVersion(), write(document), actor));
		if (Boolean.TRUE.equals(document.archived())) {
			scenario.archive();
		}
		return new ScenarioSaved(scenario.id(), scenario.slug(), scenario.currentVersion(), Instant.now());
	}

	private ScenarioSaved addVersion(Scenario scenario, ScenarioDocument document, String actor) {
		openList = null;
		int version = scenario.apply(normalized(document));
		versions.save(new ScenarioVersion(scenario.id(), version, write(document), actor));
		scenarios.flush(); // surfaces a concurrent edit (optimistic lock) inside this request
		return new ScenarioSaved(scenario.id(), scenario.slug(), version, Instant.now());
	}

	private Scenario find(String idOrSlug) {
		ScenarioKey key = ScenarioKey.parse(idOrSlug);
		var found = key.isId() ? scenarios.findById(key.id()) : scenarios.findBySlug(key.text());
		return found.orElseThrow(() -> ApiException.notFound("Scenario", idOrSlug));
	}

	private ScenarioSnapshot snapshot(Scenario scenario, int version) {
		ScenarioVersion stored = versions.findByScenarioIdAndVersion(scenario.id(), version)
			.orElseThrow(() -> new IllegalStateException("Scenario " + scenario.id() + " lacks version " + version));
		return new ScenarioSnapshot(scenario.id(), stored.id(), stored.version(), parse(stored));
	}

	private static void requireValid(ScenarioDocument document) {
		List<FieldError> errors = ScenarioValidator.validate(document);
		if (!errors.isEmpty()) {
			throw ApiException.invalid(errors);
		}
	}

	/** Steps in interview order, and no archived flag: that belongs to the scenario, not a version. */
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

	private ScenarioDocument parse(ScenarioVersion version) {
		return json.readValue(version.document(), ScenarioDocument.class);
	}

}
