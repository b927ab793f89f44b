package com.designcoach.interview;

import com.designcoach.config.AppProperties;
import com.designcoach.grading.ModelQuota;
import com.designcoach.web.ApiException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bounds the follow-up questions a candidate may ask of the model: so many per step, so
 * many per interview, and each one taken from the daily allowance of model calls. The
 * caller holds the interview row locked for update, so checking and counting cannot
 * interleave.
 */
@Component
class FollowUpLimits {

	private final JdbcClient jdbc;

	private final ModelQuota quota;

	private final int perStep;

	private final int perInterview;

	FollowUpLimits(JdbcClient jdbc, ModelQuota quota, AppProperties properties) {
		this.jdbc = jdbc;
		this.quota = quota;
		this.perStep = properties.interview().followUpsPerStep();
		this.perInterview = properties.interview().followUpsPerInterview();
	}

	/** Counts one follow-up asked of the model, or answers 429 and counts nothing. */
	void take(long interviewId, String stepKey, long userId) {
		int onStep = jdbc
			.sql("select follow_ups_asked from interview_answer where interview_id = :id and step_key = :step")
			.param("id", interviewId)
			.param("step", stepKey)
			.query(Integer.class)
			.single();
		if (onStep >= perStep) {
			throw ApiException.tooManyRequests("This step has had its " + perStep
					+ " follow-up questions; reply to the last one (the reply counts in grading) or move on.");
		}
		int onInterview = jdbc.sql("select follow_ups_asked from interview where id = :id")
			.param("id", interviewId)
			.query(Integer.class)
			.single();
		if (onInterview >= perInterview) {
			throw ApiException.tooManyRequests("This interview has had its " + perInterview
					+ " follow-up questions; the answers you have are what will be graded.");
		}
		quota.takeFollowUp(userId);
		jdbc.sql("update interview set follow_ups_asked = follow_ups_asked + 1 where id = :id")
			.param("id", interviewId)
			.update();
		jdbc.sql("update interview_answer set follow_ups_asked = follow_ups_asked + 1 "
				+ "where interview_id = :id and step_key = :step")
			.param("id", interviewId)
			.param("step", stepKey)
			.update();
	}

}
