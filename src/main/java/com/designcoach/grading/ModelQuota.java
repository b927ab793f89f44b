package com.designcoach.grading;

import com.designcoach.config.AppProperties;
import com.designcoach.rubric.StepKeys;
import com.designcoach.web.ApiException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A candidate's daily allowance of model calls (UTC days):
 * {@code app.grading.daily-quota} gradings, each costing one call per step, and a
 * follow-up from the model one call. It is taken in the caller's transaction with a
 * single upsert that refuses to pass the limit, so concurrent submits serialise on the
 * user's row instead of all reading the same count.
 */
@Component
public class ModelQuota {

	/** A grading costs one model call per step of the framework. */
	public static final int GRADING_COST = StepKeys.ALL.size();

	public static final int FOLLOW_UP_COST = 1;

	private final JdbcClient jdbc;

	private final int dailyQuota;

	ModelQuota(JdbcClient jdbc, AppProperties properties) {
		this.jdbc = jdbc;
		this.dailyQuota = properties.grading().dailyQuota();
	}

	/** Takes one grading from today's allowance, or answers 429 and takes nothing. */
	public void takeGrading(long userId) {
		if (!take(userId, GRADING_COST, 1, 0)) {
			throw ApiException.tooManyRequests("You have used today's allowance of " + dailyQuota
					+ " LLM gradings (a follow-up question from the model costs a seventh of one); it renews at "
					+ "midnight UTC. Your answers are kept.");
		}
	}

	/**
	 * Takes one follow-up question from today's allowance, or answers 429 and takes
	 * nothing.
	 */
	public void takeFollowUp(long userId) {
		if (!take(userId, FOLLOW_UP_COST, 0, 1)) {
			throw ApiException.tooManyRequests("You have used today's allowance of model calls (" + dailyQuota
					+ " gradings' worth); follow-up questions and gradings renew at midnight UTC.");
		}
	}

	/**
	 * Takes one clarifying question answered by the model, like a follow-up (one call,
	 * counted with the follow-ups), or answers 429 and takes nothing.
	 */
	public void takeQuestion(long userId) {
		if (!take(userId, FOLLOW_UP_COST, 0, 1)) {
			throw ApiException.tooManyRequests("You have used today's allowance of model calls (" + dailyQuota
					+ " gradings' worth); questions to the interviewer renew at midnight UTC. State your assumption "
					+ "and move on.");
		}
	}

	private boolean take(long userId, int cost, int gradings, int followUps) {
		return !jdbc.sql("""
				insert into model_usage as u (user_id, day, cost, gradings, follow_ups)
				select :user, (now() at time zone 'UTC')::date, :cost, :gradings, :followUps where :cost <= :limit
				on conflict (user_id, day) do update
				    set cost = u.cost + excluded.cost, gradings = u.gradings + excluded.gradings,
				        follow_ups = u.follow_ups + excluded.follow_ups
				    where u.cost + excluded.cost <= :limit
				returning u.cost""")
			.param("user", userId)
			.param("cost", cost)
			.param("gradings", gradings)
			.param("followUps", followUps)
			.param("limit", dailyQuota * GRADING_COST)
			.query(Integer.class)
			.list()
			.isEmpty();
	}

}
