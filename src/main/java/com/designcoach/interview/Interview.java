package com.designcoach.interview;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "interview")
class Interview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private long userId;

	@Column(name = "scenario_version_id", nullable = false)
	private long scenarioVersionId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InterviewStatus status;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(nullable = false)
	private Instant deadline;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(nullable = false)
	private boolean overtime;

	/** {@code full} or {@code drill}. */
	@Column(nullable = false)
	private String mode;

	@Column(name = "overall_score")
	private Integer overallScore;

	private String verdict;

	@Version
	@Column(name = "lock_version", nullable = false)
	private long lockVersion;

	protected Interview() {
	}

	Interview(long userId, long scenarioVersionId, String mode, Instant startedAt, Duration duration) {
		this.userId = userId;
		this.scenarioVersionId = scenarioVersionId;
		this.mode = mode;
		this.status = InterviewStatus.IN_PROGRESS;
		this.startedAt = startedAt;
		this.deadline = startedAt.plus(duration);
	}

	void submit(Instant now) {
		this.status = InterviewStatus.GRADING;
		this.submittedAt = now;
		this.overtime = now.isAfter(deadline);
	}

	void regrade() {
		this.status = InterviewStatus.GRADING;
	}

	Long id() {
		return id;
	}

	long userId() {
		return userId;
	}

	long scenarioVersionId() {
		return scenarioVersionId;
	}

	InterviewStatus status() {
		return status;
	}

	Instant startedAt() {
		return startedAt;
	}

	Instant deadline() {
		return deadline;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	boolean overtime() {
		return overtime;
	}

	String mode() {
		return mode;
	}

	Integer overallScore() {
		return overallScore;
	}

	String verdict() {
		return verdict;
	}

}
