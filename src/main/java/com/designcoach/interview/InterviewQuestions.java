package com.designcoach.interview;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.designcoach.account.AccountService;
import com.designcoach.config.AppProperties;
import com.designcoach.config.Timestamps;
import com.designcoach.grading.ModelQuota;
import com.designcoach.judge.ClarifyingAnswer;
import com.designcoach.judge.Interviewer;
import com.designcoach.scenario.ScenarioService;
import com.designcoach.web.ApiException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Clarifying questions to the interviewer, answered from the scenario's facts. The
 * question is taken (counted, and charged to the model allowance when a model answers)
 * with the interview locked for update, so concurrent asks cannot pass the limit
 * together; it is answered with no transaction open, since a model may take seconds.
 */
@Service
class InterviewQuestions {

	static final int MAX_QUESTION_CHARS = 1_000;

	/** The step the questions belong to; a drill without it takes none. */
	private static final String CLARIFYING = "clarifying-requirements";

	private final CallerInterviews caller;

	private final AccountService accounts;

	private final ScenarioService scenarios;

	private final Interviewer interviewer;

	private final ModelQuota quota;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final int perInterview;

	InterviewQuestions(CallerInterviews caller, AccountService accounts, ScenarioService scenarios,
			Interviewer interviewer, ModelQuota quota, JdbcClient jdbc, PlatformTransactionManager transactionManager,
			AppProperties properties) {
		this.caller = caller;
		this.accounts = accounts;
		this.scenarios = scenarios;
		this.interviewer = interviewer;
		this.quota = quota;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.perInterview = properties.interview().questionsPerInterview();
	}

	AskedQuestion ask(String username, String id, String question) {
		String asked = valid(question);
		long userId = accounts.idOf(username);
		long interviewId = CallerInterviews.parse(id);
		Instant askedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Taken taken = transactions.execute(status -> {
			Interview interview = caller.lockedForSubmit(interviewId, userId, id);
			requireOpen(interview);
			requireClarifyingStep(interviewId);
			int count = jdbc.sql("select count(*) from interview_question where interview_id = :id")
				.param("id", interviewId)
				.query(Integer.class)
				.single();
			if (count >= perInterview) {
				throw ApiException.tooManyRequests("This interview has had its " + perInterview
						+ " questions to the interviewer; state your assumptions and move on.");
			}
			if (interviewer.callsModel()) {
				quota.takeQuestion(userId);
			}
			long questionId = jdbc.sql("""
					insert into interview_question (interview_id, question, asked_at)
					values (:id, :question, :askedAt) returning id""")
				.param("id", interviewId)
				.param("question", asked)
				.param("askedAt", Timestamps.from(askedAt))
				.query(Long.class)
				.single();
			return new Taken(questionId, interview.scenarioVersionId());
		});
		ClarifyingAnswer answer = interviewer.answer(scenarios.version(taken.scenarioVersionId()).document(), asked);
		Boolean stored = transactions.execute(status -> {
			Interview interview = caller.lockedForWrite(interviewId, userId, id);
			if (interview.status() != InterviewStatus.IN_PROGRESS) {
				jdbc.sql("delete from interview_question where id = :id").param("id", taken.questionId()).update();
				return false;
			}
			jdbc.sql("update interview_question set answer = :answer, grounded = :grounded where id = :id")
				.param("answer", answer.answer())
				.param("grounded", answer.grounded())
				.param("id", taken.questionId())
				.update();
			return true;
		});
		if (!Boolean.TRUE.equals(stored)) {
			throw submitted();
		}
		return new AskedQuestion(taken.questionId(), asked, answer.answer(), answer.grounded(), askedAt);
	}

	private record Taken(long questionId, long scenarioVersionId) {
	}

	private static String valid(String question) {
		if (question == null || question.isBlank()) {
			throw ApiException.invalid("question", "is required");
		}
		String stripped = question.strip();
		if (stripped.codePointCount(0, stripped.length()) > MAX_QUESTION_CHARS) {
			throw ApiException.invalid("question", "must be at most " + MAX_QUESTION_CHARS + " characters");
		}
		return stripped;
	}

	private static void requireOpen(Interview interview) {
		if (interview.status() != InterviewStatus.IN_PROGRESS) {
			throw submitted();
		}
	}

	private void requireClarifyingStep(long interviewId) {
		int steps = jdbc.sql("select count(*) from interview_answer where interview_id = :id and step_key = :step")
			.param("id", interviewId)
			.param("step", CLARIFYING)
			.query(Integer.class)
			.single();
		if (steps == 0) {
			throw ApiException.conflict("This drill does not include the " + CLARIFYING
					+ " step; questions to the interviewer belong to that step, so none are taken");
		}
	}

	private static ApiException submitted() {
		return ApiException.conflict("The interview was submitted; questions to the interviewer are closed");
	}

}
