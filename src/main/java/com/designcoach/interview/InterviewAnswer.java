package com.designcoach.interview;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One step's answer. Its version is the client's optimistic version: 0 until first saved.
 */
@Entity
@Table(name = "interview_answer")
class InterviewAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "interview_id", nullable = false)
	private long interviewId;

	@Column(name = "step_key", nullable = false)
	private String stepKey;

	@Column(name = "step_order", nullable = false)
	private int stepOrder;

	@Column(nullable = false)
	private String text;

	@Version
	@Column(nullable = false)
	private int version;

	@Column(name = "follow_up_question")
	private String followUpQuestion;

	@Column(name = "follow_up_reply")
	private String followUpReply;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected InterviewAnswer() {
	}

	InterviewAnswer(long interviewId, String stepKey, int stepOrder) {
		this.interviewId = interviewId;
		this.stepKey = stepKey;
		this.stepOrder = stepOrder;
		this.text = "";
	}

	void write(String newText) {
		this.text = newText;
		this.updatedAt = Instant.now();
	}

	String stepKey() {
		return stepKey;
	}

	String text() {
		return text;
	}

	int version() {
		return version;
	}

	String followUpQuestion() {
		return followUpQuestion;
	}

	String followUpReply() {
		return followUpReply;
	}

}
