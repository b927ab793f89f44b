package com.designcoach.grading;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.designcoach.config.Timestamps;
import com.designcoach.judge.JudgeInfo;
import com.designcoach.rubric.Verdict;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Gradings as a durable job queue in PostgreSQL. A job is claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so two instances never take the same one, and held
 * under a lease that each graded step renews; a job whose instance died is claimed again
 * once its lease runs out. Every write after the claim checks the claimant, so a job
 * taken over by another instance is not written by the one that lost it.
 */
@Repository
class GradingQueue {

	private final JdbcClient jdbc;

	GradingQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long enqueue(long interviewId, JudgeInfo judge, int stepsTotal) {
		return jdbc.sql("""
				insert into grading (interview_id, attempt, status, judge_kind, judge_provider, judge_model,
				                     prompt_version, steps_total, requested_at)
				values (:interview, (select coalesce(max(attempt), 0) + 1 from grading where interview_id = :interview),
				        'QUEUED', :kind, :provider, :model, :prompt, :total, now())
				returning id""")
			.param("interview", interviewId)
			.param("kind", judge.kind())
			.param("provider", judge.provider())
			.param("model", judge.model())
			.param("prompt", judge.promptVersion())
			.param("total", stepsTotal)
			.query(Long.class)
			.single();
	}

	Optional<Job> claim(String instance, Duration lease) {
		return jdbc.sql("""
				update grading set status = 'RUNNING', claimed_by = :instance, claims = claims + 1,
				       lease_until = now() + make_interval(secs => :lease), started_at = coalesce(started_at, now())
				where id = (select id from grading
				            where status = 'QUEUED' or (status = 'RUNNING' and lease_until < now())
				            order by requested_at, id
				            limit 1
				            for update skip locked)
				returning id, interview_id, claims""")
			.param("instance", instance)
			.param("lease", (double) lease.toMillis() / 1000)
			.query((rs, row) -> new Job(rs.getLong("id"), rs.getLong("interview_id"), rs.getInt("claims")))
			.optional();
	}

	/**
	 * Stores one step's verdict and renews the lease; false when the job is no longer
	 * ours.
	 */
	boolean saveStep(Job job, String instance, Duration lease, String stepKey, int score, String resultJson) {
		int renewed = jdbc.sql("""
				update grading set lease_until = now() + make_interval(secs => :lease)
				where id = :id and claimed_by = :instance and status = 'RUNNING'""")
			.param("lease", (double) lease.toMillis() / 1000)
			.param("id", job.id())
			.param("instance", instance)
			.update();
		if (renewed == 0) {
			return false;
		}
		jdbc.sql("""
				insert into step_grade (grading_id, step_key, score, result, graded_at)
				values (:id, :step, :score, :result, now())
				on conflict (grading_id, step_key) do nothing""")
			.param("id", job.id())
			.param("step", stepKey)
			.param("score", score)
			.param("result", resultJson)
			.update();
		return true;
	}

	boolean finish(Job job, String instance, GradingStatus status, Integer overallScore, Verdict verdict,
			List<String> flags, String reason, GradingWorker.Totals totals) {
		return jdbc
			.sql("""
					update grading set status = :status, overall_score = :score, verdict = :verdict,
					       flags = string_to_array(:flags, ','), reason = :reason, finished_at = now(),
					       graded_by = claimed_by, claimed_by = null, lease_until = null, tokens_in = :in, tokens_out = :out,
					       latency_ms = :latency, dropped_quotes = :dropped
					where id = :id and claimed_by = :instance and status = 'RUNNING'""")
			.param("in", totals.inputTokens)
			.param("out", totals.outputTokens)
			.param("latency", totals.latencyMillis)
			.param("dropped", totals.droppedQuotes)
			.param("status", status.name())
			.param("score", overallScore)
			.param("verdict", verdict == null ? null : verdict.name())
			.param("flags", String.join(",", flags))
			.param("reason", reason)
			.param("id", job.id())
			.param("instance", instance)
			.update() == 1;
	}

	/** Gives a job back to the queue after a failure that another try may not repeat. */
	void release(Job job, String instance) {
		jdbc.sql("""
				update grading set status = 'QUEUED', claimed_by = null, lease_until = null
				where id = :id and claimed_by = :instance and status = 'RUNNING'""")
			.param("id", job.id())
			.param("instance", instance)
			.update();
	}

	List<StepRow> steps(long gradingId) {
		return jdbc.sql("select step_key, score, result from step_grade where grading_id = :id order by graded_at, id")
			.param("id", gradingId)
			.query((rs, row) -> new StepRow(rs.getString("step_key"), rs.getInt("score"), rs.getString("result")))
			.list();
	}

	Optional<GradingRow> latest(long interviewId) {
		return jdbc.sql("select * from grading where interview_id = :id order by attempt desc limit 1")
			.param("id", interviewId)
			.query(GradingQueue::row)
			.optional();
	}

	List<GradingRow> all(long interviewId) {
		return jdbc.sql("select * from grading where interview_id = :id order by attempt desc")
			.param("id", interviewId)
			.query(GradingQueue::row)
			.list();
	}

	/**
	 * LLM gradings (regrades included) this user has asked for since the given instant.
	 */
	double oldestOpenAgeSeconds() {
		// coalesce: an empty queue has no oldest job, and single() refuses a null
		return jdbc.sql("""
				select coalesce(extract(epoch from now() - min(requested_at)), 0) from grading
				where status in ('QUEUED', 'RUNNING')""").query(Double.class).single();
	}

	int open() {
		return jdbc.sql("select count(*) from grading where status in ('QUEUED', 'RUNNING')")
			.query(Integer.class)
			.single();
	}

	private static GradingRow row(ResultSet rs, int rowNum) throws SQLException {
		Array flags = rs.getArray("flags");
		return new GradingRow(rs.getLong("id"), rs.getLong("interview_id"), rs.getInt("attempt"),
				GradingStatus.valueOf(rs.getString("status")),
				new JudgeInfo(rs.getString("judge_kind"), rs.getString("judge_provider"), rs.getString("judge_model"),
						rs.getString("prompt_version")),
				rs.getInt("steps_total"), (Integer) rs.getObject("overall_score"), rs.getString("verdict"),
				flags == null ? List.of() : Arrays.asList((String[]) flags.getArray()), rs.getString("reason"),
				Timestamps.instant(rs, "requested_at"), Timestamps.instant(rs, "finished_at"), rs.getLong("tokens_in"),
				rs.getLong("tokens_out"), rs.getLong("latency_ms"), rs.getInt("dropped_quotes"));
	}

	record Job(long id, long interviewId, int claims) {
	}

	record StepRow(String stepKey, int score, String resultJson) {
	}

	record GradingRow(long id, long interviewId, int attempt, GradingStatus status, JudgeInfo judge, int stepsTotal,
			Integer overallScore, String verdict, List<String> flags, String reason, Instant requestedAt,
			Instant finishedAt, long tokensIn, long tokensOut, long latencyMillis, int droppedQuotes) {
	}

}
