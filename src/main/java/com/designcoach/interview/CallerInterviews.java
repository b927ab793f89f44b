package com.designcoach.interview;

import com.designcoach.account.AccountService;
import com.designcoach.config.AppProperties;
import com.designcoach.web.ApiException;

import org.springframework.stereotype.Component;

/**
 * The caller's own interview, under the lock a change needs, and the checks every writer
 * makes. Another user's interview does not exist as far as the caller can tell: 404, as
 * for an id that was never issued. Runs in the caller's transaction.
 */
@Component
class CallerInterviews {

	private final InterviewRepository interviews;

	private final InterviewAnswerRepository answers;

	private final AccountService accounts;

	private final int maxAnswerChars;

	CallerInterviews(InterviewRepository interviews, InterviewAnswerRepository answers, AccountService accounts,
			AppProperties properties) {
		this.interviews = interviews;
		this.answers = answers;
		this.accounts = accounts;
		this.maxAnswerChars = properties.interview().maxAnswerChars();
	}

	/** Share-locked, so a submit cannot slip in between check and write. */
	Interview lockedForWrite(String username, String id) {
		return lockedForWrite(parse(id), accounts.idOf(username), id);
	}

	Interview lockedForWrite(long interviewId, long userId, String id) {
		return interviews.findForWrite(interviewId, userId).orElseThrow(() -> ApiException.notFound("Interview", id));
	}

	/** Locked against every other writer, while its status changes. */
	Interview lockedForSubmit(String username, String id) {
		return lockedForSubmit(parse(id), accounts.idOf(username), id);
	}

	Interview lockedForSubmit(long interviewId, long userId, String id) {
		return interviews.findForSubmit(interviewId, userId).orElseThrow(() -> ApiException.notFound("Interview", id));
	}

	/** Read without a lock. */
	Interview owned(String username, String id) {
		return interviews.findByIdAndUserId(parse(id), accounts.idOf(username))
			.orElseThrow(() -> ApiException.notFound("Interview", id));
	}

	InterviewAnswer answer(Interview interview, String stepKey) {
		return answers.findByInterviewIdAndStepKey(interview.id(), stepKey)
			.orElseThrow(() -> ApiException.notFound("Step", stepKey));
	}

	void requireWithinLimit(String text) {
		if (text != null && text.codePointCount(0, text.length()) > maxAnswerChars) {
			throw ApiException
				.payloadTooLarge("An answer may hold at most " + maxAnswerChars + " characters; nothing was saved");
		}
	}

	static void requireOpen(Interview interview) {
		if (interview.status() != InterviewStatus.IN_PROGRESS) {
			throw ApiException.conflict("The interview was submitted; its answers are frozen");
		}
	}

	static void requireSubmitted(Interview interview) {
		if (interview.status() == InterviewStatus.IN_PROGRESS) {
			throw ApiException.conflict("The interview has not been submitted yet");
		}
	}

	/** An id that cannot be one is as unknown as any other. */
	static long parse(String id) {
		if (id == null || !id.matches("\\d{1,18}")) {
			throw ApiException.notFound("Interview", id);
		}
		return Long.parseLong(id);
	}

}
