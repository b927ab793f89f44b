package com.designcoach.interview;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.designcoach.account.AccountService;
import com.designcoach.grading.Feedback;
import com.designcoach.grading.GradingService;
import com.designcoach.rubric.Framework;
import com.designcoach.rubric.RubricService;
import com.designcoach.scenario.ScenarioService;
import com.designcoach.scenario.ScenarioSnapshot;
import com.designcoach.web.ApiException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate's mock interviews: start, autosave per step with optimistic versions,
 * submit (which freezes the answers and queues grading), feedback, regrade. Follow-ups
 * are {@link InterviewFollowUps}; finding the caller's own interview is
 * {@link CallerInterviews}.
 */
@Service
class InterviewService {

	private final InterviewRepository interviews;

	private final InterviewAnswerRepository answers;

	private final CallerInterviews caller;

	private final ScenarioService scenarios;

	private final RubricService rubric;

	private final AccountService accounts;

	private final GradingService grading;

	private final InterviewPages pages;

	private final Clock clock;

	InterviewService(InterviewRepository interviews, InterviewAnswerRepository answers, CallerInterviews caller,
			ScenarioService scenarios, RubricService rubric, AccountService accounts, GradingService grading,
			InterviewPages pages, Clock clock) {
		this.interviews = interviews;
		this.answers = answers;
		this.caller = caller;
		this.scenarios = scenarios;
		this.rubric = rubric;
		this.accounts = accounts;
		this.grading = grading;
		this.pages = pages;
		this.clock = clock;
	}

	/**
	 * A full interview, or with {@code drillSteps} a drill of those steps only: its
	 * answer rows are those steps, and its deadline is the sum of their suggested
	 * minutes.
	 */
	@Transactional
	InterviewView start(String username, String scenarioIdOrSlug, List<String> drillSteps) {
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
	List<InterviewSummary> list(String username) {
		long userId = accounts.idOf(username);
		Map<Long, List<String>> stepKeys = answers.stepKeysOfUser(userId)
			.stream()
			.collect(Collectors.groupingBy(InterviewAnswerRepository.StepKeyRow::getInterviewId,
					Collectors.mapping(InterviewAnswerRepository.StepKeyRow::getStepKey, Collectors.toList())));
		return interviews.findAllByUserIdOrderByStartedAtDescIdDesc(userId).stream().map(interview -> {
			ScenarioSnapshot scenario = scenarios.version(interview.scenarioVersionId());
			return new InterviewSummary(interview.id(), interview.status(), interview.mode(),
					stepKeys.getOrDefault(interview.id(), List.of()),
					new ScenarioRef(scenario.scenarioId(), scenario.document().slug(), scenario.document().title()),
					interview.startedAt(), interview.submittedAt(), interview.overtime(), interview.overallScore(),
					interview.verdict());
		}).toList();
	}

	InterviewView get(String username, String id) {
		return pages.find(CallerInterviews.parse(id), accounts.idOf(username))
			.orElseThrow(() -> ApiException.notFound("Interview", id));
	}

	@Transactional
	SavedAnswer save(String username, String id, String stepKey, SaveAnswer request) {
		caller.requireWithinLimit(request.text());
		Interview interview = caller.lockedForWrite(username, id);
		CallerInterviews.requireOpen(interview);
		InterviewAnswer answer = caller.answer(interview, stepKey);
		if (answer.version() != request.version()) {
			throw ApiException.conflict("This step was saved elsewhere since version " + request.version()
					+ " (it is now at version " + answer.version() + "); reload it before saving again");
		}
		answer.write(request.text());
		answers.flush();
		return new SavedAnswer(stepKey, answer.text(), answer.version());
	}

	@Transactional
	Submitted submit(String username, String id) {
		Interview interview = caller.lockedForSubmit(username, id);
		CallerInterviews.requireOpen(interview);
		interview.submit(clock.instant());
		grading.enqueue(interview.id(), interview.userId(), (int) answers.countByInterviewId(interview.id()));
		return new Submitted(interview.status());
	}

	@Transactional
	Submitted regrade(String username, String id) {
		Interview interview = caller.lockedForSubmit(username, id);
		if (interview.status() != InterviewStatus.GRADED && interview.status() != InterviewStatus.FAILED) {
			throw ApiException
				.conflict("Only a graded or failed interview can be regraded; this one is " + interview.status());
		}
		interview.regrade();
		grading.enqueue(interview.id(), interview.userId(), (int) answers.countByInterviewId(interview.id()));
		return new Submitted(interview.status());
	}

	@Transactional
	void delete(String username, String id) {
		Interview interview = caller.lockedForSubmit(username, id);
		if (interview.status() != InterviewStatus.IN_PROGRESS) {
			throw ApiException.conflict("A submitted interview is kept; only unsubmitted ones can be discarded");
		}
		interviews.delete(interview);
	}

	@Transactional(readOnly = true)
	Feedback feedback(String username, String id) {
		Interview interview = caller.owned(username, id);
		CallerInterviews.requireSubmitted(interview);
		return grading.feedback(interview.id()).withMode(interview.mode());
	}

	@Transactional(readOnly = true)
	List<Feedback.Attempt> gradings(String username, String id) {
		return grading.history(submitted(username, id));
	}

	/**
	 * The id of the caller's own interview once submitted; 404 for others', 409 before
	 * submission.
	 */
	@Transactional(readOnly = true)
	long submitted(String username, String id) {
		Interview interview = caller.owned(username, id);
		CallerInterviews.requireSubmitted(interview);
		return interview.id();
	}

}
