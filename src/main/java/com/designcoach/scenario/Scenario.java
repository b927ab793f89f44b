package com.designcoach.scenario;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A scenario's searchable face. Its content lives in {@link ScenarioVersion}s that never
 * change.
 */
@Entity
@Table(name = "scenario")
class Scenario {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String summary;

	@Column(nullable = false)
	private String category;

	@Column(nullable = false)
	private String difficulty;

	@Column(name = "duration_minutes", nullable = false)
	private int durationMinutes;

	@Column(nullable = false)
	private String[] tags;

	@Column(name = "current_version", nullable = false)
	private int currentVersion;

	@Column(nullable = false)
	private boolean archived;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	@Column(name = "lock_version", nullable = false)
	private long lockVersion;

	protected Scenario() {
	}

	Scenario(ScenarioDocument document) {
		this.createdAt = Instant.now();
		this.currentVersion = 0;
		apply(document);
	}

	/** Copies the searchable fields of a new version; returns the new version number. */
	int apply(ScenarioDocument document) {
		this.slug = document.slug();
		this.title = document.title();
		this.summary = Summaries.of(document);
		this.category = document.category();
		this.difficulty = document.difficulty();
		this.durationMinutes = document.durationMinutes();
		this.tags = document.tags() == null ? new String[0] : document.tags().toArray(String[]::new);
		this.updatedAt = Instant.now();
		return ++currentVersion;
	}

	void archive() {
		this.archived = true;
		this.updatedAt = Instant.now();
	}

	void restore() {
		this.archived = false;
		this.updatedAt = Instant.now();
	}

	Long id() {
		return id;
	}

	String slug() {
		return slug;
	}

	boolean archived() {
		return archived;
	}

	int currentVersion() {
		return currentVersion;
	}

	ScenarioSummary toSummary() {
		return new ScenarioSummary(id, slug, title, category, difficulty, summary, durationMinutes, List.of(tags),
				archived ? Boolean.TRUE : null);
	}

}
