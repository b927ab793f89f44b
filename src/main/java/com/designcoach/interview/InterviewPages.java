package com.designcoach.interview;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.designcoach.config.Timestamps;
import com.designcoach.rubric.Framework;
import com.designcoach.rubric.RubricService;
import com.designcoach.scenario.ScenarioService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The interview as its page shows it, read in one query. It is the most frequent read
 * (every reload, every open tab), and through JPA it cost a session, a transaction and
 * two queries. Inside a caller's transaction it sees that transaction's writes.
 */
@Component
class InterviewPages {

	private final JdbcClient jdbc;

	private final ScenarioService scenarios;

	private final RubricService rubric;

	InterviewPages(JdbcClient jdbc, ScenarioService scenarios, RubricService rubric) {
		this.jdbc = jdbc;
		this.scenarios = scenarios;
		this.rubric = rubric;
	}

	/** The interview, if it exists and belongs to this user. */
	Optional<InterviewView> find(long id, long userId) {
		List<Row> rows = jdbc
			.sql("""
					select i.id, i.status, i.mode, i.scenario_version_id, i.started_at, i.deadline, i.submitted_at, i.overtime,
					       i.overall_score, i.verdict, a.step_key, a.text, a.version, a.follow_up_question, a.follow_up_reply,
					       q.ids as question_ids, q.questions, q.answers, q.grounded, q.asked_at
					from interview i join interview_answer a on a.interview_id = i.id
					cross join lateral (
					    select array_agg(id order by id) as ids, array_agg(question order by id) as questions,
					           array_agg(answer order by id) as answers, array_agg(grounded order by id) as grounded,
					           array_agg(asked_at order by id) as asked_at
					    from interview_question where interview_id = i.id and answer is not null) q
					where i.id = :id and i.user_id = :userId
					order by a.step_order""")
			.param("id", id)
			.param("userId", userId)
			.query(InterviewPages::row)
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Framework framework = rubric.framework();
		List<StepView> stepViews = new ArrayList<>(rows.size());
		for (Row row : rows) {
			Framework.Step step = framework.step(row.stepKey()).orElseThrow();
			stepViews.add(new StepView(row.stepKey(), step.title(), step.suggestedMinutes(), row.text(), row.version(),
					row.followUpQuestion() == null ? null : new FollowUp(row.followUpQuestion(), row.followUpReply())));
		}
		Row first = rows.get(0);
		return Optional.of(new InterviewView(first.id(), first.status(), first.mode(),
				scenarios.version(first.scenarioVersionId()).view(), stepViews, first.startedAt(), first.deadline(),
				first.submittedAt(), first.overtime(), first.overallScore(), first.verdict(), first.questions()));
	}

	/**
	 * The interview's answered clarifying questions, in the order they were asked. The
	 * page reads them in its own query (above), so that a page is one round trip.
	 */
	List<AskedQuestion> questions(long interviewId) {
		return jdbc.sql("""
				select id, question, answer, grounded, asked_at from interview_question
				where interview_id = :id and answer is not null order by id""")
			.param("id", interviewId)
			.query((rs, n) -> new AskedQuestion(rs.getLong("id"), rs.getString("question"), rs.getString("answer"),
					rs.getBoolean("grounded"), Timestamps.instant(rs, "asked_at")))
			.list();
	}

	private record Row(long id, InterviewStatus status, String mode, long scenarioVersionId, Instant startedAt,
			Instant deadline, Instant submittedAt, boolean overtime, Integer overallScore, String verdict,
			String stepKey, String text, int version, String followUpQuestion, String followUpReply,
			List<AskedQuestion> questions) {
	}

	private static Row row(ResultSet rs, int rowNumber) throws SQLException {
		return new Row(rs.getLong("id"), InterviewStatus.valueOf(rs.getString("status")), rs.getString("mode"),
				rs.getLong("scenario_version_id"), Timestamps.instant(rs, "started_at"),
				Timestamps.instant(rs, "deadline"), Timestamps.instant(rs, "submitted_at"), rs.getBoolean("overtime"),
				rs.getObject("overall_score", Integer.class), rs.getString("verdict"), rs.getString("step_key"),
				rs.getString("text"), rs.getInt("version"), rs.getString("follow_up_question"),
				rs.getString("follow_up_reply"), rowNumber == 0 ? asked(rs) : List.of());
	}

	/**
	 * The aggregated questions, read once, from the first row: every row carries the
	 * same.
	 */
	private static List<AskedQuestion> asked(ResultSet rs) throws SQLException {
		Array ids = rs.getArray("question_ids");
		if (ids == null) {
			return List.of();
		}
		Long[] id = (Long[]) ids.getArray();
		String[] question = (String[]) rs.getArray("questions").getArray();
		String[] answer = (String[]) rs.getArray("answers").getArray();
		Boolean[] grounded = (Boolean[]) rs.getArray("grounded").getArray();
		Timestamp[] askedAt = (Timestamp[]) rs.getArray("asked_at").getArray();
		List<AskedQuestion> asked = new ArrayList<>(id.length);
		for (int i = 0; i < id.length; i++) {
			asked.add(new AskedQuestion(id[i], question[i], answer[i], grounded[i], Timestamps.instant(askedAt[i])));
		}
		return asked;
	}

}
