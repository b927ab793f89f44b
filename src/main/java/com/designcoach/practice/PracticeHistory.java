package com.designcoach.practice;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.designcoach.config.Timestamps;
import com.designcoach.judge.StepVerdict;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A user's grading history as the plan reads it. A read model over the interview and
 * grading tables, kept here rather than widening those features' public surface for one
 * query: the latest graded attempt of each interview counts (a regrade replaces the one
 * before), dated by the submission, when the candidate practised.
 */
@Component
class PracticeHistory {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PracticeHistory(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Every graded step of the user, oldest submission first. */
	List<GradedStep> gradedSteps(long userId) {
		return jdbc.sql("""
				select i.id, i.scenario_version_id, i.submitted_at, s.step_key, s.score, s.result
				from interview i
				join lateral (select g.id from grading g where g.interview_id = i.id and g.status = 'GRADED'
				              order by g.attempt desc limit 1) g on true
				join step_grade s on s.grading_id = g.id
				where i.user_id = :userId and i.submitted_at is not null
				order by i.submitted_at, i.id""")
			.param("userId", userId)
			.query((rs, n) -> new GradedStep(rs.getLong("id"), rs.getLong("scenario_version_id"),
					Timestamps.instant(rs, "submitted_at"), rs.getString("step_key"), rs.getInt("score"),
					missed(rs.getString("result"))))
			.list();
	}

	/** When the user last started an interview of each scenario (by scenario id). */
	Map<Long, Instant> lastPractised(long userId) {
		return jdbc.sql("""
				select v.scenario_id, max(i.started_at) as last
				from interview i join scenario_version v on v.id = i.scenario_version_id
				where i.user_id = :userId group by v.scenario_id""")
			.param("userId", userId)
			.query((rs, n) -> Map.entry(rs.getLong("scenario_id"), Timestamps.instant(rs, "last")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private List<String> missed(String result) {
		List<String> missed = json.readValue(result, StepVerdict.class).missedKeyPoints();
		return missed == null ? List.of() : missed;
	}

}
