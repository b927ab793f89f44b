package com.designcoach.interview;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.designcoach.account.AccountService;
import com.designcoach.config.AppProperties;
import com.designcoach.grading.Feedback;
import com.designcoach.grading.GradingService;
import com.designcoach.judge.Interviewer;
import com.designcoach.rubric.Framework;
import com.designcoach.rubric.RubricService;
import com.designcoach.scenario.ScenarioService;
import com.designcoach.scenario.ScenarioSnapshot;
import com.designcoach.web.ApiException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A candidate's mock interviews: start, autosave per step with optimistic versions,
 * follow-ups, submit (which freezes the answers and queues grading), feedback, regrade.
 * Another user's interview does not exist as far as the caller can tell: 404 everywhere.
 */
@Service
public class InterviewService {

	private final InterviewRepository interviews;

	private final InterviewAnswerRepository answers;

	private final ScenarioService scenarios;

	private final RubricService rubric;

	private final AccountService accounts;

	private final GradingService grading;

	private final Interviewer interviewer;

	private final int maxAnswerChars;

	private final TransactionTemplate transactions;

	private final InterviewPages pages;

	private final FollowUpLimits followUpLimits;

	private final Clock clock;

	InterviewService(InterviewRepository interviews, InterviewAnswerRepository answers, ScenarioService scenarios,
			RubricService rubric, AccountService accounts, GradingService grading, Interviewer interviewer,
			AppProperties properties, PlatformTransactionManager transactionManager, InterviewPages pages,
			FollowUpLimits followUpLimits, Clock clock) {
		this.clock = clock;
		this.pages = pages;
		this.followUpLimits = followUpLimits;
		this.interviewer = interviewer;
		this.transactions = new TransactionTemplate(transactionManager);
		this.interviews = interviews;
		this.answers = answers;
		this.scenarios = scenarios;
		this.rubric = rubric;
		this.accounts = accounts;
		this.grading = grading;
		this.maxAnswerChars = properties.interview().maxAnswerChars();
	}

	/**
	 * A full interview, or with {@code drillSteps} a drill of those steps only: its answer rows
	 * are those steps, and its deadline is the sum of their suggested minutes.
	 */
	@Transactional
	InterviewDtos.InterviewView start(String username, String scenarioIdOrSlug, List<String> drillSteps) {
		Framework framework = rubric.framework();
		List<Framework.Step> steps = drillSteps == null ? framework.steps() : DrillSteps.of(drillSteps, framework);
		ScenarioSnapshot scenario = scenarios.current(scenarioIdOrSlug);
		Duration duration = drillSteps == null ? Duration.ofMinutes(scenario.document().durationMinutes())
				: Duration.ofMinutes(steps.stream().mapToInt(Framework.Step::suggestedMinutes).sum());
		Interview interview = interviews.saveAndFlush(new Interview(accounts.idOf(username), scenario.versionId(),
				drillSteps == null ? "full" : "drill", clock.instant(), duration));
		for (Framework.Step step : steps) {
			answers.save(new InterviewAnswer(interview.id(), step.key(), step.order()));
		}
		answers.flush();
		return pages.find(interview.id(), interview.userId()).orElseThrow();
	}

	@Transactional(readOnly = true)
	List<InterviewDtos.InterviewSummary> list(String username) {
		long userId = accounts.idOf(username);
		Map<Long, List<String>> stepKeys = answers.stepKeysOfUser(userId)
			.stream()
			.collect(Collectors.groupingBy(InterviewAnswerRepository.StepKeyRow::getInterviewId,
					Collectors.mapping(InterviewAnswerRepository.StepKeyRow::getStepKey, Collectors.toList())));
		return interviews.findAllByUserIdOrderByStartedAtDescIdDesc(userId).stream().map(interview -> {
			ScenarioSnapshot scenario = scenarios.version(interview.scenarioVersionId());
			return new InterviewDtos.InterviewSummary(interview.id(), interview.status(), interview.mode(),
					stepKeys.getOrDefault(interview.id(), List.of()),
					new InterviewDtos.ScenarioRef(scenario.scenarioId(), scenario.document().slug(),
							scenario.document().title()),
					interview.startedAt(), interview.submittedAt(), interview.overtime(), interview.overallScore(),
					interview.verdict());
		}).toList();
	}

	InterviewDtos.InterviewView get(String username, String id) {
		return pages.find(parse(id), accounts.idOf(username)).orElseThrow(() -> ApiException.notFound("Interview", id));
	}

	@Transactional
	InterviewDtos.SavedAnswer save(String username, String id, String stepKey, InterviewDtos.SaveAnswer request) {
		requireWithinLimit(request.text());
		Interview interview = lockedForWrite(username, id);
		requireOpen(interview);
		InterviewAnswer answer = answer(interview, stepKey);
		if (answer.version() != request.version()) {
			throw ApiException.conflict("This step was saved elsewhere since version " + request.version()
					+ " (it is now at version " + answer.version() + "); reload it before saving again");
		}
		answer.write(request.text());
		answers.flush();
		return new InterviewDtos.SavedAnswer(stepKey, answer.text(), answer.version());
	}

	/**
	 * Reads under a lock, asks the interviewer with no transaction open (a model may take
	 * seconds), then stores the question if the interview is still open. A question from a
	 * model is counted first, with the interview locked for update so that concurrent asks
	 * cannot pass the limits together.
	 */
	InterviewDtos.Question followUp(String username, String id, String stepKey) {
		long userId = accounts.idOf(username);
		boolean counted = interviewer.callsModel();
		FollowUpDraft draft = transactions.execute(status -> {
			Interview interview = (counted ? interviews.findForSubmit(parse(id), userId)
					: interviews.findForWrite(parse(id), userId))
				.orElseThrow(() -> ApiException.notFound("Interview", id));
			requireOpen(interview);
			InterviewAnswer answer = answer(interview, stepKey);
			boolean answered = answer.followUpQuestion() != null && answer.followUpReply() != null
					&& !answer.followUpReply().isBlank();
			if (counted && !answered) {
				followUpLimits.take(interview.id(), stepKey, userId);
			}
			return new FollowUpDraft(interview.id(), interview.scenarioVersionId(), answer.text(),
					answered ? answer.followUpQuestion() : null);
		});
		if (draft.answeredQuestion() != null) {
			return new InterviewDtos.Question(draft.answeredQuestion()); // answered: keep the pair together
		}
		ScenarioSnapshot scenario = scenarios.version(draft.scenarioVersionId());
		String question = interviewer.followUp(scenario.document(), stepKey, draft.answerText());
		transactions.executeWithoutResult(status -> {
			Interview interview = interviews.findForWrite(draft.interviewId(), userId)
				.orElseThrow(() -> ApiException.notFound("Interview", id));
			requireOpen(interview);
			answers.setFollowUpQuestion(draft.interviewId(), stepKey, question);
		});
		return new InterviewDtos.Question(question);
	}

	private record FollowUpDraft(long interviewId, long scenarioVersionId, String answerText, String answeredQuestion) {
	}

	@Transactional
	InterviewDtos.FollowUp reply(String username, String id, String stepKey, String text) {
		requireWithinLimit(text);
		Interview interview = lockedForWrite(username, id);
		requireOpen(interview);
		InterviewAnswer answer = answer(interview, stepKey);
		if (answer.followUpQuestion() == null) {
			throw ApiException.conflict("Ask for a follow-up question on this step before replying to it");
		}
		answers.setFollowUpReply(interview.id(), stepKey, text);
		return new InterviewDtos.FollowUp(answer.followUpQuestion(), text);
	}

	@Transactional
	InterviewDtos.Submitted submit(String username, String id) {
		Interview interview = lockedForSubmit(username, id);
		requireOpen(interview);
		interview.submit(clock.instant());
		grading.enqueue(interview.id(), interview.userId(), (int) answers.countByInterviewId(interview.id()));
		return new InterviewDtos.Submitted(interview.status());
	}

	@Transactional
	InterviewDtos.Submitted regrade(String username, String id) {
		Interview interview = lockedForSubmit(username, id);
		if (interview.status() != InterviewStatus.GRADED && interview.status() != InterviewStatus.FAILED) {
			throw ApiException.conflict("Only a graded or failed interview can be regraded; this one is "
					+ interview.status());
		}
		interview.regrade();
		grading.enqueue(interview.id(), interview.userId(), (int) answers.countByInterviewId(interview.id()));
		return new InterviewDtos.Submitted(interview.status());
	}

	@Transactional
	void delete(String username, String id) {
		Interview interview = lockedForSubmit(username, id);
		if (interview.status() != InterviewStatus.IN_PROGRESS) {
			throw ApiException.conflict("A submitted interview is kept; only unsubmitted ones can be discarded");
		}
		interviews.delete(interview);
	}

	@Transactional(readOnly = true)
	Feedback feedback(String username, String id) {
		Interview interview = owned(username, id);
		requireSubmitted(interview);
		return grading.feedback(interview.id()).withMode(interview.mode());
	}

	@Transactional(readOnly = true)
	List<Feedback.Attempt> gradings(String username, String id) {
		return grading.history(submitted(username, id));
	}

	/** The id of the caller's own interview once submitted; 404 for others', 409 before submission. */
	@Transactional(readOnly = true)
	long submitted(String username, String id) {
		Interview interview = owned(username, id);
		requireSubmitted(interview);
		return interview.id();
	}

	private static void requireSubmitted(Interview interview) {
		if (interview.status() == InterviewStatus.IN_PROGRESS) {
			throw ApiException.conflict("The interview has not been submitted yet");
		}
	}

	/** The caller's interview, share-locked so a submit cannot slip in between check and write. */
	private Interview lockedForWrite(String username, String id) {
		return interviews.findForWrite(parse(id), accounts.idOf(username))
			.orElseThrow(() -> ApiException.notFound("Interview", id));
	}

	/** The caller's interview, locked against every other writer while its status changes. */
	private Interview lockedForSubmit(String username, String id) {
		return interviews.findForSubmit(parse(id), accounts.idOf(username))
			.orElseThrow(() -> ApiException.notFound("Interview", id));
	}

	private Interview owned(String username, String id) {
		return interviews.findByIdAndUserId(parse(id), accounts.idOf(username))
			.orElseThrow(() -> ApiException.notFound("Interview", id));
	}

	private InterviewAnswer answer(Interview interview, String stepKey) {
		return answers.findByInterviewIdAndStepKey(interview.id(), stepKey)
			.orElseThrow(() -> ApiException.notFound("Step", stepKey));
	}

	private void requireWithinLimit(String text) {
		if (text != null && text.codePointCount(0, text.length()) > maxAnswerChars) {
			throw ApiException.payloadTooLarge(
					"An answer may hold at most " + maxAnswerChars + " characters; nothing was saved");
		}
	}

	private static void requireOpen(Interview interview) {
		if (interview.status() != InterviewStatus.IN_PROGRESS) {
			throw ApiException.conflict("The interview was submitted; its answers are frozen");
		}
	}

	private static long parse(String id) {
		if (id == null || !id.matches("\\d{1,18}")) {
			throw ApiException.notFound("Interview", id);
		}
		return Long.parseLong(id);
	}

}
