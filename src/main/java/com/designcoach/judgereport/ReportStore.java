package com.designcoach.judgereport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.designcoach.config.Timestamps;
import com.designcoach.judge.JudgeInfo;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reports as durable jobs in PostgreSQL, the way gradings are: claimed with
 * {@code FOR UPDATE SKIP LOCKED} under a lease renewed as the grading goes, taken over
 * once the lease runs out; every write after the claim checks the claimant. A report is
 * RUNNING from the start (unclaimed until a worker takes it), and at most one is (a
 * unique index).
 */
@Repository
class ReportStore {

	private static final TypeReference<List<ReportPlan>> PLAN = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, GradedSample.Step>> STEPS = new TypeReference<>() {
	};

	private static final String SELECT = """
			select r.*, (select count(*) from judge_report_row w where w.report_id = r.id) as done
			from judge_report r""";

	/** A report of one judge, by the parameters {@link #judgeParams} names. */
	private static final String SAME_JUDGE = """
			(judge_kind = :%1$skind and judge_provider is not distinct from :%1$sprovider
			 and judge_model = :%1$smodel and prompt_version = :%1$sprompt)""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ReportStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Empty when another report is running. */
	Optional<Long> insert(JudgeInfo judge, List<ReportPlan> plan, int samples, String requestedBy) {
		return jdbc.sql("""
				insert into judge_report (status, judge_kind, judge_provider, judge_model, prompt_version, plan,
				                          samples, requested_by, started_at)
				values ('RUNNING', :kind, :provider, :model, :prompt, :plan, :samples, :by, now())
				on conflict do nothing
				returning id""")
			.param("kind", judge.kind())
			.param("provider", judge.provider())
			.param("model", judge.model())
			.param("prompt", judge.promptVersion())
			.param("plan", json.writeValueAsString(plan))
			.param("samples", samples)
			.param("by", requestedBy)
			.query(Long.class)
			.optional();
	}

	Optional<Long> running() {
		return jdbc.sql("select id from judge_report where status = 'RUNNING'").query(Long.class).optional();
	}

	/**
	 * Claims a report started with one of this instance's judges (the active one, or the
	 * offline baseline every instance has): one whose scores come from two judges would
	 * describe neither, so instances running another judge leave it alone.
	 */
	Optional<Job> claim(String instance, Duration lease, JudgeInfo active, JudgeInfo offline) {
		return jdbc.sql("""
				update judge_report set claimed_by = :instance, claims = claims + 1,
				       lease_until = now() + make_interval(secs => :lease)
				where id = (select id from judge_report
				            where status = 'RUNNING' and (lease_until is null or lease_until < now())
				              and (%s or %s)
				            order by id limit 1
				            for update skip locked)
				returning id, claims""".formatted(SAME_JUDGE.formatted(""), SAME_JUDGE.formatted("o")))
			.param("instance", instance)
			.params(judgeParams("", active))
			.params(judgeParams("o", offline))
			.param("lease", seconds(lease))
			.query((rs, row) -> new Job(rs.getLong("id"), rs.getInt("claims")))
			.optional();
	}

	/**
	 * Ends a running report that nobody holds and no instance can run any more: one of a
	 * judge other than the active one and the offline baseline (the active judge was
	 * changed before it finished); it would block every new report. Answers how many.
	 */
	int abandonOtherJudges(JudgeInfo active, JudgeInfo offline) {
		return jdbc.sql("""
				update judge_report set status = 'FAILED', finished_at = now(),
				       reason = 'Abandoned: the active judge changed before the report finished.'
				where status = 'RUNNING' and (lease_until is null or lease_until < now())
				  and not %s and not %s""".formatted(SAME_JUDGE.formatted(""), SAME_JUDGE.formatted("o")))
			.params(judgeParams("", active))
			.params(judgeParams("o", offline))
			.update();
	}

	private static Map<String, Object> judgeParams(String prefix, JudgeInfo judge) {
		Map<String, Object> params = new HashMap<>();
		params.put(prefix + "kind", judge.kind());
		params.put(prefix + "provider", judge.provider());
		params.put(prefix + "model", judge.model());
		params.put(prefix + "prompt", judge.promptVersion());
		return params;
	}

	/** Renews the lease; false when the report is no longer ours. */
	boolean renew(Job job, String instance, Duration lease) {
		return jdbc.sql("""
				update judge_report set lease_until = now() + make_interval(secs => :lease)
				where id = :id and claimed_by = :instance and status = 'RUNNING'""")
			.param("lease", seconds(lease))
			.param("id", job.id())
			.param("instance", instance)
			.update() == 1;
	}

	/**
	 * Saves one graded sample and renews the lease; false when the report is no longer
	 * ours.
	 */
	boolean save(Job job, String instance, Duration lease, GradedSample sample) {
		if (!renew(job, instance, lease)) {
			return false;
		}
		jdbc.sql("""
				insert into judge_report_row (report_id, scenario, variant, sample, overall_score, steps, graded_at)
				values (:id, :scenario, :variant, :sample, :overall, :steps, now())
				on conflict do nothing""")
			.param("id", job.id())
			.param("scenario", sample.scenario())
			.param("variant", sample.variant().apiName)
			.param("sample", sample.sample())
			.param("overall", sample.overallScore())
			.param("steps", json.writeValueAsString(sample.steps()))
			.update();
		return true;
	}

	boolean finish(Job job, String instance, String status, ReportFigures metrics, String reason) {
		return jdbc.sql("""
				update judge_report set status = :status, metrics = :metrics, reason = :reason, finished_at = now(),
				       claimed_by = null, lease_until = null
				where id = :id and claimed_by = :instance and status = 'RUNNING'""")
			.param("status", status)
			.param("metrics", metrics == null ? null : json.writeValueAsString(metrics))
			.param("reason", reason)
			.param("id", job.id())
			.param("instance", instance)
			.update() == 1;
	}

	/** Gives a report back after a failure another try may not repeat. */
	void release(Job job, String instance) {
		jdbc.sql("""
				update judge_report set claimed_by = null, lease_until = null
				where id = :id and claimed_by = :instance and status = 'RUNNING'""")
			.param("id", job.id())
			.param("instance", instance)
			.update();
	}

	Optional<StoredReport> find(long id) {
		return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(this::report).optional();
	}

	List<StoredReport> newestFirst(int limit) {
		return jdbc.sql(SELECT + " order by r.started_at desc, r.id desc limit :limit")
			.param("limit", limit)
			.query(this::report)
			.list();
	}

	List<GradedSample> samples(long reportId) {
		return jdbc.sql("""
				select scenario, variant, sample, overall_score, steps from judge_report_row
				where report_id = :id order by graded_at, scenario, variant, sample""")
			.param("id", reportId)
			.query((rs, row) -> new GradedSample(rs.getString("scenario"),
					Variant.of(rs.getString("variant")).orElseThrow(), rs.getInt("sample"), rs.getInt("overall_score"),
					json.readValue(rs.getString("steps"), STEPS)))
			.list();
	}

	private StoredReport report(ResultSet rs, int rowNum) throws SQLException {
		String metrics = rs.getString("metrics");
		return new StoredReport(rs.getLong("id"), rs.getString("status"), rs.getString("reason"),
				new JudgeInfo(rs.getString("judge_kind"), rs.getString("judge_provider"), rs.getString("judge_model"),
						rs.getString("prompt_version")),
				rs.getString("requested_by"), Timestamps.instant(rs, "started_at"),
				Timestamps.instant(rs, "finished_at"), rs.getInt("samples"), json.readValue(rs.getString("plan"), PLAN),
				metrics == null ? null : json.readValue(metrics, ReportFigures.class), rs.getInt("done"));
	}

	private static double seconds(Duration duration) {
		return (double) duration.toMillis() / 1000;
	}

	record Job(long id, int claims) {
	}

	record StoredReport(long id, String status, String reason, JudgeInfo judge, String requestedBy, Instant startedAt,
			Instant finishedAt, int samples, List<ReportPlan> plan, ReportFigures metrics, int gradedSamples) {

		int totalSamples() {
			return plan.size() * Variant.values().length * samples;
		}

	}

}
