package com.designcoach.interview;

import com.designcoach.account.AccountService;
import com.designcoach.judge.Interviewer;
import com.designcoach.scenario.ScenarioSnapshot;
import com.designcoach.scenario.ScenarioService;
import com.designcoach.web.ApiException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The interviewer's follow-up question on a step, and the candidate's reply to it. Apart
 * from the rest of an interview because asking may call a model, which must not happen
 * inside a transaction, and is counted against the follow-up limits.
 */
@Service
class InterviewFollowUps {

	private final CallerInterviews caller;

	private final InterviewAnswerRepository answers;

	private final ScenarioService scenarios;

	private final AccountService accounts;

	private final Interviewer interviewer;

	private final FollowUpLimits limits;

	private final TransactionTemplate transactions;

	InterviewFollowUps(CallerInterviews caller, InterviewAnswerRepository answers, ScenarioService scenarios,
			AccountService accounts, Interviewer interviewer, FollowUpLimits limits,
			PlatformTransactionManager transactionManager) {
		this.caller = caller;
		this.answers = answers;
		this.scenarios = scenarios;
		this.accounts = accounts;
		this.interviewer = interviewer;
		this.limits = limits;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Reads under a lock, asks the interviewer with no transaction open (a model may take
	 * seconds), then stores the question if the interview is still open. A question from
	 * a model is counted first, with the interview locked for update so that concurrent
	 * asks cannot pass the limits together.
	 */
	Question followUp(String username, String id, String stepKey) {
		long userId = accounts.idOf(username);
		boolean counted = interviewer.callsModel();
		FollowUpDraft draft = transactions.execute(status -> {
			Interview interview = counted ? caller.lockedForSubmit(CallerInterviews.parse(id), userId, id)
					: caller.lockedForWrite(CallerInterviews.parse(id), userId, id);
			CallerInterviews.requireOpen(interview);
			InterviewAnswer answer = caller.answer(interview, stepKey);
			boolean answered = answer.followUpQuestion() != null && answer.followUpReply() != null
					&& !answer.followUpReply().isBlank();
			if (counted && !answered) {
				limits.take(interview.id(), stepKey, userId);
			}
			return new FollowUpDraft(interview.id(), interview.scenarioVersionId(), answer.text(),
					answered ? answer.followUpQuestion() : null);
		});
		if (draft.answeredQuestion() != null) {
			return new Question(draft.answeredQuestion()); // answered: keep
															// the pair
															// together
		}
		ScenarioSnapshot scenario = scenarios.version(draft.scenarioVersionId());
		String question = interviewer.followUp(scenario.document(), stepKey, draft.answerText());
		transactions.executeWithoutResult(status -> {
			CallerInterviews.requireOpen(caller.lockedForWrite(draft.interviewId(), userId, id));
			answers.setFollowUpQuestion(draft.interviewId(), stepKey, question);
		});
		return new Question(question);
	}

	private record FollowUpDraft(long interviewId, long scenarioVersionId, String answerText, String answeredQuestion) {
	}

	@Transactional
	FollowUp reply(String username, String id, String stepKey, String text) {
		caller.requireWithinLimit(text);
		Interview interview = caller.lockedForWrite(username, id);
		CallerInterviews.requireOpen(interview);
		InterviewAnswer answer = caller.answer(interview, stepKey);
		if (answer.followUpQuestion() == null) {
			throw ApiException.conflict("Ask for a follow-up question on this step before replying to it");
		}
		answers.setFollowUpReply(interview.id(), stepKey, text);
		return new FollowUp(answer.followUpQuestion(), text);
	}

}
