package com.designcoach.scenario;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One immutable edit of a scenario; interviews point at the version they started with.
 */
@Entity
@Table(name = "scenario_version")
class ScenarioVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "scenario_id", nullable = false)
	private Long scenarioId;

	@Column(nullable = false)
	private int version;

	/** The scenario document as JSON, exactly in the import format. */
	@Column(nullable = false)
	private String document;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ScenarioVersion() {
	}

	ScenarioVersion(Long scenarioId, int version, String document, String createdBy) {
		this.scenarioId = scenarioId;
		this.version = version;
		this.document = document;
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
	}

	Long id() {
		return id;
	}

	Long scenarioId() {
		return scenarioId;
	}

	int version() {
		return version;
	}

	String document() {
		return document;
	}

	String createdBy() {
		return createdBy;
	}

	Instant createdAt() {
		return createdAt;
	}

}
